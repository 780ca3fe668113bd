package io.github.flymachines.examples;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.lifecycle.Transition;
import io.github.flymachines.model.Autostop;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineService;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.Protocol;
import io.github.flymachines.model.ServicePort;
import java.util.ArrayList;
import java.util.List;

/**
 * Wake on network: a machine whose service has {@code autostop} and {@code autostart}. Fly's proxy
 * stops such a machine when it has had no traffic for a while and starts it again when the next
 * request arrives, so an idle app costs (almost) nothing and the first request pays a start of a
 * few hundred milliseconds.
 *
 * <p>On the fake, which has no proxy, the example plays the proxy's part with the same API calls it
 * makes (stop when idle, start on a request) and shows the states. On the real API it creates the
 * machine, explains what will happen and destroys it (waiting minutes for the proxy is no demo).
 */
public final class WakeOnNetworkExample implements Example<WakeOnNetworkExample.Result> {
    /**
     * What the example did.
     *
     * @param machineId the machine
     * @param service the service as the API stored it
     * @param states the states the machine went through, in order
     */
    public record Result(String machineId, MachineService service, List<MachineState> states) {
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new WakeOnNetworkExample(), args));
    }

    @Override
    public String name() {
        return "wake";
    }

    @Override
    public String summary() {
        return "wake on network: a service with autostop/autostart, stopped when idle, started by a request";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        MachinesClient machines = env.machines();
        MachineService http = MachineService.builder()
                .protocol(Protocol.TCP)
                .internalPort(80)
                .ports(ServicePort.of(80, "http"), ServicePort.of(443, "tls", "http"))
                .autostop(Autostop.STOP)
                .autostart(true)
                .minMachinesRunning(0)
                .build();
        MachineConfig config = env.baseConfig().withServices(List.of(http));
        List<MachineState> states = new ArrayList<>();
        try (Cleanup cleanup = new Cleanup(machines, out)) {
            Machine m = out.step("Start a machine serving port 80/443 with autostop=stop, autostart=true",
                    () -> machines.run(CreateMachineRequest.of(config).withRegion(env.regions().get(0))),
                    c -> "machine " + c.id() + " is " + c.state());
            cleanup.track(m.id());
            states.add(m.state());
            MachineClient machine = machines.withId(m.id());
            MachineService stored = machine.get().configOrEmpty().services().get(0);
            out.say("   What Fly does with this service:");
            out.say("   - Fly's proxy routes https://" + env.appName() + ".fly.dev to port " + stored.internalPort()
                    + " of the app's machines.");
            out.say("   - autostop=" + stored.autostop() + ": when the machine has served no request for a few"
                    + " minutes, the proxy stops it (billing for CPU and RAM stops too).");
            out.say("   - autostart=" + stored.autostart() + ": the next request makes the proxy start it again;"
                    + " the request waits for the start (typically well under a second) and is then served.");
            out.say("   - min_machines_running=" + stored.minMachinesRunning() + ": the proxy may stop every machine.");

            if (env.isFake()) {
                out.say("   The fake has no proxy: the example makes the proxy's calls itself.");
                Transition idle = out.step("Idle for a while: the proxy stops the machine",
                        () -> machine.stopAndWait(TourExample.WAIT), t -> "state: " + t.state());
                states.add(idle.state());
                Transition woke = out.step("A request arrives: the proxy starts the machine and then forwards it",
                        () -> machine.startAndWait(TourExample.WAIT), t -> "state: " + t.state());
                states.add(woke.state());
            } else {
                out.say("   On the real API the proxy does this on its own schedule; this example does not wait"
                        + " for it. Try it with a public IP on the app: `curl https://" + env.appName()
                        + ".fly.dev` after a few idle minutes, and watch `fly machines list`.");
                states.add(out.step("Read its state now", () -> machine.get().state(), s -> "state: " + s));
            }

            Transition gone = out.step("Destroy " + m.id(), () -> machine.destroyAndWait(TourExample.WAIT),
                    t -> "state: " + t.state());
            cleanup.destroyed(m.id());
            states.add(gone.state());
            return new Result(m.id(), stored, List.copyOf(states));
        }
    }
}
