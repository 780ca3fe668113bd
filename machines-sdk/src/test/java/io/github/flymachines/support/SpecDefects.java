package io.github.flymachines.support;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The places where the official spec disagrees with the live API (see
 * {@code ../shared/reference/machines-api.md}), each with its reason. A validation message is
 * forgiven only when it matches one of these entries; everything else fails the test.
 * {@link #used()} records which entries were needed, so a test can check none is stale.
 */
public final class SpecDefects {
    /** Which side of an interaction a defect is about. */
    public enum Side {
        /** Something the SDK sends. */
        REQUEST,
        /** Something the API answers. */
        RESPONSE
    }

    /**
     * One documented defect.
     *
     * @param id a short name
     * @param side request or response
     * @param method the HTTP method, or "*"
     * @param path a regex over the raw path
     * @param messageKey the validator's message key
     * @param messageContains text the message must contain, or "" (prefixed "re:", a regex to find in it)
     * @param reason why the live API differs from the spec, with its source
     * @param allowedNames for additionalProperties messages: the property names forgiven (all the
     *        names in the message must be among them); empty for other messages
     */
    public record Defect(String id, Side side, String method, Pattern path, String messageKey, String messageContains,
            String reason, Set<String> allowedNames) {
        Defect(String id, Side side, String method, Pattern path, String messageKey, String messageContains,
                String reason) {
            this(id, side, method, path, messageKey, messageContains, reason, Set.of());
        }
    }

    static final String M = "/v1/apps/[^/]+/machines/[^/]+";

    /** Every documented defect. */
    public static final List<Defect> ALL = List.of(
            new Defect("lease-ttl-query", Side.REQUEST, "POST", Pattern.compile(M + "/lease"),
                    "validation.request.parameter.query.unexpected", "ttl",
                    "fly-go sends the lease TTL as ?ttl=N (reference §5); the SDK sends it in the query and the "
                            + "body, as the spec has it, so both API versions get it"),
            new Defect("metadata-filter", Side.REQUEST, "GET", Pattern.compile("/v1/apps/[^/]+/machines"),
                    "validation.request.parameter.query.unexpected", "metadata.",
                    "the metadata.<key>=<value> list filter exists in the newer spec (SPEC+, reference §2) but not "
                            + "in this copy; the SDK re-applies it client-side"),
            new Defect("include-leases", Side.REQUEST, "GET", Pattern.compile("/v1/apps/[^/]+/machines(/[^/]+)?"),
                    "validation.request.parameter.query.unexpected", "include_leases",
                    "include_leases is in the newer spec (SPEC+, reference §2)"),
            new Defect("restart-force-stop", Side.REQUEST, "POST", Pattern.compile(M + "/restart"),
                    "validation.request.parameter.query.unexpected", "force_stop",
                    "fly-go sends force_stop on restart (reference §2); the spec omits it"),
            new Defect("app-create-newer-fields", Side.REQUEST, "POST", Pattern.compile("/v1/apps"),
                    "validation.request.body.schema.additionalProperties", "",
                    "idempotency_key is in the newer spec (SPEC+, reference §2, §11.3); app_role_id is sent by "
                            + "fly-go CreateApp (reference §2); this spec copy has neither",
                    Set.of("idempotency_key", "app_role_id")),
            new Defect("wait-multiple-states", Side.REQUEST, "GET", Pattern.compile(M + "/wait"),
                    "validation.request.parameter.collection.invalid", "'state'",
                    "the spec's own description says state 'supports repeated or comma-separated values' but its "
                            + "schema is a single enum string; the SDK repeats state= as fly-go does (WithWaitStates)"),
            new Defect("config-fields-newer-than-spec", Side.REQUEST, "POST",
                    Pattern.compile("/v1/apps/[^/]+/machines(/[^/]+)?"),
                    "validation.request.body.schema.additionalProperties", "[Path '/config",
                    "spot, guest.required_host_features and mounts' add_size_percent/min_add_size_gb are in the newer "
                            + "spec (SPEC+), volumes and containers[].mounts in fly-go (reference §3); "
                            + "future_top_level_setting is the round-trip fixture's deliberately unknown field, which "
                            + "the SDK must write back unchanged on update and clone",
                    Set.of("spot", "volumes", "mounts", "required_host_features", "add_size_percent", "min_add_size_gb",
                            "future_top_level_setting")),
            new Defect("http-response-header-values", Side.REQUEST, "POST",
                    Pattern.compile("/v1/apps/[^/]+/machines(/[^/]+)?"),
                    "validation.request.body.schema.type", "/http_options/response/headers/",
                    "the spec types each response header value as an object; fly-go's HTTPResponseOptions.Headers "
                            + "is map[string]any and the proxy takes strings, lists or false"),
            new Defect("secretkey-bytes-base64", Side.REQUEST, "POST",
                    Pattern.compile("/v1/apps/[^/]+/secretkeys/[^/]+(/(generate|encrypt|decrypt|sign|verify))?"),
                    "validation.request.body.schema.type", "(string) does not match any allowed primitive type (allowed: [\"array\"])",
                    "the spec types the secret-key byte fields (value, plaintext, ciphertext, associated_data, "
                            + "signature) as arrays of integers, a swaggo artefact of Go []byte; the live API and fly-go "
                            + "put []byte on the wire as base64 strings (reference §2). The SDK writes base64 and reads both"),
            new Defect("secretkey-bytes-base64-response", Side.RESPONSE, "*",
                    Pattern.compile("/v1/apps/[^/]+/secretkeys(/[^/]+(/(generate|encrypt|decrypt|sign|verify))?)?"),
                    "validation.response.body.schema.type", "(string) does not match any allowed primitive type (allowed: [\"array\"])",
                    "the answers' byte fields (public_key, ciphertext, plaintext, signature) are Go []byte, which "
                            + "encoding/json writes as base64 strings (reference §2); the spec's arrays of integers are "
                            + "a swaggo artefact. The fake answers base64, the SDK's Bytes reads both"),
            new Defect("token-bytes-base64", Side.RESPONSE, "POST", Pattern.compile("/v1/tokens/(authenticate|authorize)"),
                    "validation.response.body.schema.type", "(string) does not match any allowed primitive type (allowed: [\"array\"])",
                    "VerifiedToken.permission_token and the macaroon nonce's kid/rnd are Go []byte (reference §2, "
                            + "fly-go/macaroon types), written by encoding/json as base64 strings; the spec types them "
                            + "as arrays of integers. The fake answers base64, the SDK reads both"),
            new Defect("wait-comma-separated-states", Side.REQUEST, "GET", Pattern.compile(M + "/wait"),
                    "validation.request.parameter.schema.enum", "re:Instance value \\(\"[a-z]+(,[a-z]+)+\"\\)",
                    "the spec's description says state supports comma-separated values (reference §4) but its "
                            + "schema is a single enum string; only lists of words are forgiven"),
            new Defect("machine-fields-newer-than-spec", Side.RESPONSE, "*",
                    Pattern.compile("/v1/apps/[^/]+/machines(/[^/]+)?"),
                    "validation.response.body.schema.additionalProperties", "",
                    "Machine.cordoned and Machine.lease are in the newer spec (SPEC+, reference §3); the fake "
                            + "answers like the live API",
                    Set.of("cordoned", "lease")),
            new Defect("start-response-body", Side.RESPONSE, "POST", Pattern.compile(M + "/start"),
                    "validation.response.body.unexpected", "",
                    "the spec declares no body for start; the docs show {previous_state, migrated, new_host} "
                            + "(reference §2, DOCS) and the SDK's StartResult reads it"),
            new Defect("destroy-response-body", Side.RESPONSE, "DELETE", Pattern.compile(M),
                    "validation.response.body.unexpected", "",
                    "the spec declares no body for machine delete; the API answers 200 {\"ok\":true} "
                            + "(reference §2)"),
            new Defect("app-create-response-body", Side.RESPONSE, "POST", Pattern.compile("/v1/apps"),
                    "validation.response.body.unexpected", "",
                    "the spec declares no body for app create; the docs and the newer spec answer 201 "
                            + "{id, created_at} (reference §2, SPEC+ CreateAppResponse)"),
            new Defect("name-taken-status", Side.RESPONSE, "POST", Pattern.compile("/v1/apps"),
                    "validation.response.body.schema.enum", "name_taken",
                    "main.statusCode gains name_taken in the newer spec (SPEC+); app create answers 422 "
                            + "status:name_taken (reference §2, §6)"),
            new Defect("secrets-unset-null", Side.REQUEST, "POST", Pattern.compile("/v1/apps/[^/]+/secrets"),
                    "validation.request.body.schema.type", "(null) does not match any allowed primitive type",
                    "a null value in {values:{NAME:null}} unsets the secret (reference §2, fly-go UpdateAppSecrets); "
                            + "the spec types the values as plain strings"),
            new Defect("lease-envelope", Side.RESPONSE, "*", Pattern.compile(M + "/lease"),
                    "validation.response.body.schema.additionalProperties", "",
                    "the live API wraps leases in {status, data} (reference §3, §5); the spec shows a flat Lease"),
            new Defect("autostop-bool", Side.RESPONSE, "*", Pattern.compile("/v1/apps/.*"),
                    "validation.response.body.schema.type", "autostop",
                    "the API answers autostop as a boolean for off/stop (spec's own description, reference §3)"),
            new Defect("autostop-bool-enum", Side.RESPONSE, "*", Pattern.compile("/v1/apps/.*"),
                    "validation.response.body.schema.enum", "autostop",
                    "the API answers autostop as a boolean for off/stop; where the spec's schema is the string "
                            + "enum, a boolean fails the enum check instead of the type check (reference §3)"),
            new Defect("regions-casing", Side.RESPONSE, "GET", Pattern.compile("/v1/platform/regions"),
                    "validation.response.body.schema.additionalProperties", "",
                    "the live API answers {Regions, Nearest} with capital letters (reference §2)"),
            new Defect("undeclared-status", Side.RESPONSE, "*", Pattern.compile("/v1/.*"),
                    "validation.response.status.unknown", "",
                    "the spec declares few error statuses; the API also answers 401, 403, 404, 408, 409, 412, 422, "
                            + "429 and 5xx (reference §6)"));

    private static final Set<String> USED = ConcurrentHashMap.newKeySet();

    /**
     * The one defect that stops the validator from loading the spec at all: PUT and PATCH
     * {@code /metadata} share the operationId {@code Machines_update_metadata}, which OpenAPI
     * forbids. The PATCH copy is renamed in memory; nothing else is changed.
     *
     * @param spec the spec text
     * @return the spec with unique operation ids
     */
    public static String patchSpecDocument(String spec) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) om.readTree(spec);
            com.fasterxml.jackson.databind.node.ObjectNode patchOp = (com.fasterxml.jackson.databind.node.ObjectNode)
                    root.path("paths").path("/apps/{app_name}/machines/{machine_id}/metadata").path("patch");
            if ("Machines_update_metadata".equals(patchOp.path("operationId").asText())) {
                patchOp.put("operationId", "Machines_patch_metadata");
                USED.add("duplicate-operation-id");
            }
            return om.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private SpecDefects() {
    }

    /**
     * Returns the messages of a report that no documented defect explains.
     *
     * @param method the method
     * @param path the raw path
     * @param report the report
     * @param side request or response
     * @return the unexplained messages, rendered
     */
    public static List<String> filter(String method, String path, ValidationReport report, Side side) {
        List<String> out = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            if (!forgiven(method, path, m, side)) {
                out.add(method + " " + path + ": [" + m.getKey() + "] " + m.getMessage() + nested(m, "    "));
            }
        }
        return out;
    }

    /** A message is forgiven when a defect explains it, or when it only wraps messages that are forgiven. */
    private static boolean forgiven(String method, String path, ValidationReport.Message m, Side side) {
        Defect d = match(method, path, m, side);
        if (d != null) {
            USED.add(d.id());
            return true;
        }
        List<ValidationReport.Message> nested = m.getNestedMessages();
        if (nested.isEmpty()) {
            return false;
        }
        for (ValidationReport.Message n : nested) {
            if (!forgiven(method, path, n, side)) {
                return false;
            }
        }
        return true;
    }

    private static String nested(ValidationReport.Message m, String indent) {
        StringBuilder sb = new StringBuilder();
        for (ValidationReport.Message n : m.getNestedMessages()) {
            sb.append('\n').append(indent).append('[').append(n.getKey()).append("] ").append(n.getMessage());
            sb.append(nested(n, indent + "  "));
        }
        for (String info : m.getAdditionalInfo()) {
            sb.append('\n').append(indent).append(info);
        }
        return sb.toString();
    }

    private static Defect match(String method, String path, ValidationReport.Message m, Side side) {
        for (Defect d : ALL) {
            if (d.side() != side) {
                continue;
            }
            if (!d.method().equals("*") && !d.method().equalsIgnoreCase(method)) {
                continue;
            }
            if (!d.path().matcher(path).matches()) {
                continue;
            }
            if (!m.getKey().equals(d.messageKey())) {
                continue;
            }
            String text = m.getMessage() + " " + String.join(" ", m.getAdditionalInfo());
            if (d.messageContains().startsWith("re:")) {
                if (!Pattern.compile(d.messageContains().substring(3)).matcher(text).find()) {
                    continue;
                }
            } else if (!d.messageContains().isEmpty() && !text.contains(d.messageContains())) {
                continue;
            }
            if (!d.allowedNames().isEmpty()) {
                java.util.regex.Matcher names = Pattern.compile("\\[(\"[^\\]]*\")\\]").matcher(m.getMessage());
                if (!names.find()) {
                    continue;
                }
                boolean all = true;
                for (String n : names.group(1).split(",")) {
                    all &= d.allowedNames().contains(n.trim().replace("\"", ""));
                }
                if (!all) {
                    continue;
                }
            }
            return d;
        }
        return null;
    }

    /** @return the ids of the defects needed so far in this JVM */
    public static Set<String> used() {
        return Set.copyOf(USED);
    }
}
