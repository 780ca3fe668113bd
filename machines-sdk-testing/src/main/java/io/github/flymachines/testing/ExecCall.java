package io.github.flymachines.testing;

import java.util.List;

/**
 * One {@code exec} request the fake received, as given to {@link FakeFly#onExec}.
 *
 * @param app the app name
 * @param machineId the machine id
 * @param command the command and its arguments
 * @param stdin the standard input, or null
 * @param container the container name, or null
 */
public record ExecCall(String app, String machineId, List<String> command, String stdin, String container) {
    /**
     * Copies the command.
     *
     * @param app as in the record header
     * @param machineId as in the record header
     * @param command as in the record header
     * @param stdin as in the record header
     * @param container as in the record header
     */
    public ExecCall {
        command = List.copyOf(command);
    }

    @Override
    public String toString() {
        // stdin may carry secrets: never printed
        return "ExecCall[" + app + "/" + machineId + " " + command.size() + " args]";
    }
}
