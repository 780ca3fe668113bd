package io.github.flymachines.errors;

import io.github.flymachines.model.MachineState;

/** The machine reached {@code failed} while the SDK waited for something else. */
public class MachineFailedException extends UnexpectedStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param machineId the machine
     * @param wanted what was awaited
     */
    public MachineFailedException(String machineId, String wanted) {
        super(machineId, MachineState.FAILED, wanted);
    }
}
