package io.github.flymachines.examples.env;

import io.github.flymachines.model.Guest;
import io.github.flymachines.model.MachineConfig;

/** The small machine config both environments give the examples ({@link ExampleEnvironment#baseConfig()}). */
final class BaseConfig {
    private BaseConfig() {
    }

    /**
     * Returns the image on 1 shared CPU and 256 MB, marked as made by the examples.
     *
     * @param image the image
     * @return the config
     */
    static MachineConfig of(String image) {
        return MachineConfig.builder().image(image).guest(Guest.shared(1, 256))
                .putMetadata("created_by", "machines-sdk-examples").build();
    }
}
