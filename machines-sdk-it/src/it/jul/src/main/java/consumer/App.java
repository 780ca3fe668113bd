package consumer;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.Machine;
import java.util.List;

/** A user's application code: lists the machines of an app. */
public final class App {
    private App() {
    }

    /**
     * The machines of one app.
     *
     * @param fly the client
     * @param app the app name
     * @return its machines
     */
    public static List<Machine> machines(FlyMachines fly, String app) {
        return fly.app(app).machines().list();
    }
}
