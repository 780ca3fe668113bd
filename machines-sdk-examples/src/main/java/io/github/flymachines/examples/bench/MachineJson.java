package io.github.flymachines.examples.bench;

import java.nio.charset.StandardCharsets;

/**
 * A realistic {@code Machine} answer of about 3 KB, built from the fields of the spec's
 * {@code Machine} schema: config with guest, services (ports, concurrency, checks), checks, env,
 * metadata, mounts, restart, init, stop_config; image_ref; events; check statuses.
 */
final class MachineJson {
    private MachineJson() {
    }

    /**
     * Renders a machine.
     *
     * @param id the machine id
     * @param state the state
     * @param instanceId the version
     * @return UTF-8 JSON
     */
    static byte[] render(String id, String state, String instanceId) {
        return TEMPLATE.replace("@ID@", id).replace("@STATE@", state).replace("@VERSION@", instanceId)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static final String TEMPLATE = """
            {"id":"@ID@","name":"bench-web-@ID@","state":"@STATE@","region":"ams",\
            "instance_id":"@VERSION@","private_ip":"fdaa:0:3b99:a7b:1f9:5c7a:2e51:2",\
            "created_at":"2026-11-28T09:14:03Z","updated_at":"2026-11-28T09:14:09Z",\
            "config":{"image":"registry.fly.io/bench-web:deployment-01JDK3Q9ZK6M1S0V8XG4R2T7YB",\
            "env":{"FLY_PROCESS_GROUP":"app","PRIMARY_REGION":"ams","LOG_LEVEL":"info",\
            "DATABASE_POOL_SIZE":"10","JAVA_TOOL_OPTIONS":"-XX:MaxRAMPercentage=75"},\
            "init":{"cmd":["java","-jar","/app/app.jar"],"tty":false},\
            "guest":{"cpu_kind":"shared","cpus":2,"memory_mb":1024},\
            "metadata":{"fly_flyctl_version":"0.3.40","fly_platform_version":"v2","fly_process_group":"app",\
            "fly_release_id":"Zb4kq8M1vJ0","fly_release_version":"42","machines_sdk_request_id":"bench-0001"},\
            "mounts":[{"volume":"vol_4y5nqg8m2x1r7w3v","path":"/data","name":"data","size_gb":10,\
            "encrypted":true,"extend_threshold_percent":80,"add_size_gb":5,"size_gb_limit":50}],\
            "services":[{"protocol":"tcp","internal_port":8080,"autostop":"stop","autostart":true,\
            "min_machines_running":1,"ports":[{"port":80,"handlers":["http"],"force_https":true},\
            {"port":443,"handlers":["tls","http"],"tls_options":{"alpn":["h2","http/1.1"],\
            "versions":["TLSv1.2","TLSv1.3"]}}],"concurrency":{"type":"requests","hard_limit":250,\
            "soft_limit":200},"checks":[{"type":"http","port":8080,"method":"GET","path":"/healthz",\
            "protocol":"http","interval":"15s","timeout":"2s","grace_period":"10s",\
            "headers":[{"name":"X-Health","values":["fly"]}]}]}],\
            "checks":{"alive":{"type":"tcp","port":8080,"interval":"15s","timeout":"2s","grace_period":"5s"},\
            "ready":{"type":"http","port":8080,"method":"GET","path":"/ready","protocol":"http",\
            "interval":"10s","timeout":"2s"}},\
            "restart":{"policy":"on-failure","max_retries":10},\
            "stop_config":{"timeout":"30s","signal":"SIGTERM"}},\
            "image_ref":{"registry":"registry.fly.io","repository":"bench-web",\
            "tag":"deployment-01JDK3Q9ZK6M1S0V8XG4R2T7YB",\
            "digest":"sha256:7c4f2b1e9a8d3c6f5e4b2a1d0c9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e",\
            "labels":{"fly.pg-version":"","org.opencontainers.image.source":"https://github.com/example/bench-web"}},\
            "events":[{"id":"01JDK3RA2B7X9M4N6P8Q0R2S4T","type":"start","status":"started","source":"flyd",\
            "timestamp":1764321249000},{"id":"01JDK3R9YV5W7X9Z1B3C5D7F9G","type":"launch","status":"created",\
            "source":"user","timestamp":1764321243000,"request":{"config":null}},\
            {"id":"01JDK3R8QH2J4K6L8M0N2P4Q6R","type":"update","status":"replacing","source":"user",\
            "timestamp":1764321240000},{"id":"01JDK3R7MC9D1F3G5H7J9K1L3M","type":"exit","status":"stopped",\
            "source":"flyd","timestamp":1764321239000,"request":{"exit_event":{"exit_code":0,"oom_killed":false,\
            "requested_stop":true,"restarting":false,"signal":-1}}}],\
            "checks":[{"name":"servicecheck-00-http-8080","status":"passing","output":"HTTP GET /healthz: 200 OK \
            Output: \\"ok\\"","updated_at":"2026-11-28T09:14:20Z"},{"name":"alive","status":"passing",\
            "output":"Success","updated_at":"2026-11-28T09:14:18Z"},{"name":"ready","status":"passing",\
            "output":"HTTP GET /ready: 200 OK","updated_at":"2026-11-28T09:14:19Z"}],\
            "nonce":"","host_status":"ok"}""";
}
