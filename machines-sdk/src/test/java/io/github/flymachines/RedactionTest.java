package io.github.flymachines;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.flymachines.support.TestMachine.APP;
import static io.github.flymachines.support.TestMachine.ID;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.FlyServiceException;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.model.ContainerConfig;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Lease;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.ProcessConfig;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.LogCapture;
import io.github.flymachines.support.WireMockApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With logging at TRACE, the token, lease nonces and env values appear in no log line, no
 * {@code toString} and no exception message. {@code System.Logger} goes to java.util.logging here
 * (no other provider on the test classpath), so a JUL handler captures every record.
 */
class RedactionTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static final String TOKEN = "fm2_TOKENSECRETmacaroon0123456789";
    static final String ENV_VALUE = "ENVSECRET-hunter2";
    static final String PROC_ENV_VALUE = "PROCENVSECRET-42";
    static final String CONTAINER_ENV_VALUE = "CTRENVSECRET-77";
    static final String CREATE_NONCE = "CREATENONCESECRET-1";
    static final String LEASE_NONCE = "LEASENONCESECRET-2";
    static final String STDIN = "STDINSECRET-3";
    static final List<String> SECRETS = List.of("TOKENSECRET", "ENVSECRET", "PROCENVSECRET", "CTRENVSECRET",
            "CREATENONCESECRET", "LEASENONCESECRET", "STDINSECRET");

    LogCapture log;
    List<LogRecord> records;

    @BeforeEach
    void captureLogs() {
        log = LogCapture.start("io.github.flymachines");
        records = log.records();
    }

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    static String machineJson(String nonce) {
        return "{\"id\":\"" + ID + "\",\"name\":\"web\",\"state\":\"created\",\"region\":\"ord\","
                + "\"instance_id\":\"01HZX6Q1J5B0Y3W2ZK3W9G8F7E\",\"nonce\":\"" + nonce + "\","
                + "\"config\":{\"image\":\"nginx\",\"env\":{\"DB_PASSWORD\":\"" + ENV_VALUE + "\"},"
                + "\"processes\":[{\"cmd\":[\"run\"],\"env\":{\"P\":\"" + PROC_ENV_VALUE + "\"}}],"
                + "\"containers\":[{\"name\":\"c\",\"image\":\"busybox\",\"env\":{\"C\":\"" + CONTAINER_ENV_VALUE
                + "\"}}]}}";
    }

    static MachineConfig config() {
        return MachineConfig.builder().image("nginx").guest(Guest.shared(1, 256))
                .putEnv("DB_PASSWORD", ENV_VALUE)
                .processes(ProcessConfig.builder().cmd(List.of("run")).env(java.util.Map.of("P", PROC_ENV_VALUE))
                        .build())
                .containers(ContainerConfig.builder().name("c").image("busybox")
                        .env(java.util.Map.of("C", CONTAINER_ENV_VALUE)).build())
                .build();
    }

    static void assertClean(String where, String text) {
        for (String s : SECRETS) {
            assertFalse(text.contains(s), () -> where + " leaks " + s + ": " + text);
        }
    }

    static String render(LogRecord r) {
        StringBuilder sb = new StringBuilder(new SimpleFormatter().formatMessage(r));
        if (r.getParameters() != null) {
            for (Object p : r.getParameters()) {
                sb.append(" | ").append(p);
            }
        }
        for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t);
        }
        return sb.toString();
    }

    @Test
    void noSecretInAnyLogLineToStringOrExceptionMessage() {
        api.skipSpecValidation(); // processes/containers with env are the point here, not the schema
        WireMockServer wm = api.server();
        wm.stubFor(post(urlEqualTo("/v1/apps/my-app/machines")).willReturn(okJson(machineJson(CREATE_NONCE))
                .withHeader("fly-request-id", "req-create")));
        // an update refused with a message echoing the env values it was sent
        wm.stubFor(post(urlEqualTo(M)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json").withHeader("fly-request-id", "req-update")
                .withBody("{\"error\":\"invalid env: DB_PASSWORD=" + ENV_VALUE + ", P=" + PROC_ENV_VALUE + ", C="
                        + CONTAINER_ENV_VALUE + "\",\"config\":{\"env\":{\"DB_PASSWORD\":\"" + ENV_VALUE + "\"}}}")));
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"success\",\"data\":{\"nonce\":\"" + LEASE_NONCE + "\",\"expires_at\":1,"
                        + "\"owner\":\"me\",\"version\":\"v\"}}")));
        wm.stubFor(post(urlEqualTo(M + "/stop")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withHeader("fly-request-id", "req-stop")
                .withBody("{\"error\":\"bad request: nonce " + LEASE_NONCE
                        + " auth FlyV1 " + TOKEN + "\",\"env\":{\"DB_PASSWORD\":\"" + ENV_VALUE + "\"},"
                        + "\"nonce\":\"" + LEASE_NONCE + "\"}")));
        wm.stubFor(post(urlEqualTo(M + "/exec")).willReturn(okJson("{\"exit_code\":0,\"stdout\":\"ok\"}")));
        wm.stubFor(get(urlEqualTo(M)).willReturn(aResponse().withStatus(500)
                .withBody("upstream said: {\"env\":{\"DB_PASSWORD\":\"" + ENV_VALUE + "\"}, Authorization: FlyV1 "
                        + TOKEN)));

        List<String> rendered = new ArrayList<>();
        try (FlyMachines fly = api.clientBuilder().token("FlyV1 " + TOKEN).retry(RetryPolicy.none()).build()) {
            MachineClient machine = fly.app(APP).machines().withId(ID);
            CreateMachineRequest create = CreateMachineRequest.builder().config(config()).region("ord").leaseTtl(Duration.ofSeconds(30))
                    .build();
            Machine created = fly.app(APP).machines().create(create);
            FlyServiceException updateError = assertThrows(FlyServiceException.class,
                    () -> machine.update(UpdateMachineRequest.of(config())));
            Lease lease = machine.leases().acquire(Duration.ofSeconds(30), "deploy");
            FlyServiceException stopError = assertThrows(FlyServiceException.class, machine::stop);
            ExecRequest exec = ExecRequest.builder().command("cat").stdin(STDIN).build();
            machine.exec(exec);
            FlyException getError = assertThrows(FlyException.class, machine::get);

            wm.verify(postRequestedFor(urlEqualTo(M + "/stop")).withHeader("fly-machine-lease-nonce",
                    equalTo(LEASE_NONCE)));
            assertTrue(Json.writeString(created).contains(ENV_VALUE), "the model itself keeps the value");
            assertTrue(updateError.getMessage().contains("invalid env: DB_PASSWORD=<redacted>"),
                    updateError.getMessage());

            for (Object o : List.of(fly, machine, machine.withLeaseNonce(LEASE_NONCE), create, created,
                    lease, exec, config(), created.config(), created.config().processes().get(0),
                    created.config().containers().get(0), UpdateMachineRequest.of(config()), FlyToken.of(TOKEN))) {
                rendered.add("toString of " + o.getClass().getSimpleName() + ": " + o);
            }
            for (FlyException e : List.of(updateError, stopError, getError)) {
                rendered.add("exception " + e.getClass().getSimpleName() + ": " + e.getMessage() + " / " + e);
                if (e instanceof FlyServiceException se) {
                    rendered.add("details: " + se.details());
                }
            }
        }
        boolean sawTraceBody = false;
        boolean sawDebugLine = false;
        for (LogRecord r : records) {
            String line = render(r);
            rendered.add("log " + r.getLevel() + " " + r.getLoggerName() + ": " + line);
            sawTraceBody |= r.getLevel().intValue() <= Level.FINER.intValue() && line.contains("request body")
                    && line.contains("DB_PASSWORD");
            sawDebugLine |= line.contains("POST " + M + "/stop -> 400") && line.contains("req-stop");
        }
        assertTrue(sawTraceBody, "no TRACE body line was logged: " + rendered);
        assertTrue(sawDebugLine, "no DEBUG line with method, path, status and request id: " + rendered);
        for (String s : rendered) {
            assertClean(s.substring(0, Math.min(60, s.length())), s);
        }
    }

    @Test
    void aBareTokenEchoedInAnErrorMessageIsMasked() {
        String bare = "oauthTOKENSECRET-abcdef0123456789";
        api.server().stubFor(get(urlEqualTo(M)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"token " + bare + " is not valid\"}")));
        try (FlyMachines fly = api.clientBuilder().token(bare).retry(RetryPolicy.none()).build()) {
            FlyServiceException e = assertThrows(FlyServiceException.class,
                    () -> fly.app(APP).machines().withId(ID).get());
            assertClean("error", e.getMessage() + " " + e.details());
            assertTrue(e.getMessage().contains("is not valid"), e.getMessage());
        }
        for (LogRecord r : records) {
            assertClean("log", render(r));
        }
    }

    @Test
    void headersWithSecretsAreNotAllowListed() {
        api.server().stubFor(get(urlEqualTo(M)).willReturn(aResponse().withStatus(403)
                .withHeader("Set-Cookie", "fly_flaps_affinity=" + ENV_VALUE)
                .withHeader("X-Echo-Authorization", "FlyV1 " + TOKEN)
                .withHeader("fly-request-id", "r")));
        try (FlyMachines fly = api.clientBuilder().token(TOKEN).retry(RetryPolicy.none()).build()) {
            FlyServiceException e = assertThrows(FlyServiceException.class,
                    () -> fly.app(APP).machines().withId(ID).get());
            assertClean("error details", e.details().toString() + e.getMessage());
        }
        for (LogRecord r : records) {
            assertClean("log", render(r));
        }
    }
}
