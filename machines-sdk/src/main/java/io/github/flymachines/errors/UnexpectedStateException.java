package io.github.flymachines.errors;

import io.github.flymachines.model.MachineState;

/**
 * While waiting for one state the machine reached another that rules it out (for example
 * {@code destroyed} while waiting for {@code started}).
 *
 * @serial exclude
 */
public class UnexpectedStateException extends FlyException {
    private static final long serialVersionUID = 1L;
    private final String machineId;
    private final transient MachineState reached;
    private final String wanted;

    /**
     * Creates an exception.
     *
     * @param machineId the machine
     * @param reached the state reached
     * @param wanted what was awaited, for the message
     */
    public UnexpectedStateException(String machineId, MachineState reached, String wanted) {
        super("machine " + machineId + " reached " + reached.value() + " while waiting for " + wanted);
        this.machineId = machineId;
        this.reached = reached;
        this.wanted = wanted;
    }

    /** @return the machine id */
    public String machineId() {
        return machineId;
    }

    /** @return the state reached */
    public MachineState reached() {
        return reached;
    }

    /** @return what was awaited */
    public String wanted() {
        return wanted;
    }
}
