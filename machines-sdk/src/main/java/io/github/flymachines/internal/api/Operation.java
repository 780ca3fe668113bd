package io.github.flymachines.internal.api;

/**
 * Every operation of the Machines API, with what the retry and rate-limit layers must know about
 * it. The names are the spec's {@code operationId}s; the test suite checks that this list and the
 * spec agree.
 */
public enum Operation {
    // Apps
    APPS_LIST("Apps_list", "GET", "/apps", Safety.IDEMPOTENT, Limit.NONE, false),
    APPS_CREATE("Apps_create", "POST", "/apps", Safety.NON_IDEMPOTENT, Limit.NONE, false),
    APPS_SHOW("Apps_show", "GET", "/apps/{app_name}", Safety.IDEMPOTENT, Limit.NONE, false),
    APPS_DELETE("Apps_delete", "DELETE", "/apps/{app_name}", Safety.IDEMPOTENT, Limit.APP, false),
    APP_CREATE_DEPLOY_TOKEN("App_create_deploy_token", "POST", "/apps/{app_name}/deploy_token", Safety.NON_IDEMPOTENT,
            Limit.NONE, false),
    APP_IP_ASSIGNMENTS_LIST("App_IPAssignments_list", "GET", "/apps/{app_name}/ip_assignments", Safety.IDEMPOTENT,
            Limit.NONE, false),
    APP_IP_ASSIGNMENTS_CREATE("App_IPAssignments_create", "POST", "/apps/{app_name}/ip_assignments",
            Safety.NON_IDEMPOTENT, Limit.NONE, false),
    APP_IP_ASSIGNMENTS_DELETE("App_IPAssignments_delete", "DELETE", "/apps/{app_name}/ip_assignments/{ip}",
            Safety.IDEMPOTENT, Limit.NONE, false),

    // Certificates
    CERTIFICATES_LIST("App_Certificates_list", "GET", "/apps/{app_name}/certificates", Safety.IDEMPOTENT,
            Limit.NONE, false),
    CERTIFICATES_ACME_CREATE("App_Certificates_acme_create", "POST", "/apps/{app_name}/certificates/acme",
            Safety.NON_IDEMPOTENT, Limit.NONE, false),
    CERTIFICATES_CUSTOM_CREATE("App_Certificates_custom_create", "POST", "/apps/{app_name}/certificates/custom",
            Safety.NON_IDEMPOTENT, Limit.NONE, false),
    CERTIFICATES_SHOW("App_Certificates_show", "GET", "/apps/{app_name}/certificates/{hostname}", Safety.IDEMPOTENT,
            Limit.NONE, false),
    CERTIFICATES_DELETE("App_Certificates_delete", "DELETE", "/apps/{app_name}/certificates/{hostname}",
            Safety.IDEMPOTENT, Limit.NONE, false),
    CERTIFICATES_ACME_DELETE("App_Certificates_acme_delete", "DELETE",
            "/apps/{app_name}/certificates/{hostname}/acme", Safety.IDEMPOTENT, Limit.NONE, false),
    CERTIFICATES_CHECK("App_Certificates_check", "POST", "/apps/{app_name}/certificates/{hostname}/check",
            Safety.IDEMPOTENT, Limit.NONE, false),
    CERTIFICATES_CUSTOM_DELETE("App_Certificates_custom_delete", "DELETE",
            "/apps/{app_name}/certificates/{hostname}/custom", Safety.IDEMPOTENT, Limit.NONE, false),

    // Machines
    MACHINES_LIST("Machines_list", "GET", "/apps/{app_name}/machines", Safety.IDEMPOTENT, Limit.APP, false),
    MACHINES_CREATE("Machines_create", "POST", "/apps/{app_name}/machines", Safety.CREATE_MACHINE, Limit.APP, false),
    MACHINES_SHOW("Machines_show", "GET", "/apps/{app_name}/machines/{machine_id}", Safety.IDEMPOTENT,
            Limit.MACHINE_GET, false),
    MACHINES_UPDATE("Machines_update", "POST", "/apps/{app_name}/machines/{machine_id}", Safety.IDEMPOTENT_IF_LEASED,
            Limit.MACHINE, true),
    MACHINES_DELETE("Machines_delete", "DELETE", "/apps/{app_name}/machines/{machine_id}", Safety.IDEMPOTENT,
            Limit.MACHINE, true),
    MACHINES_CORDON("Machines_cordon", "POST", "/apps/{app_name}/machines/{machine_id}/cordon", Safety.IDEMPOTENT,
            Limit.MACHINE, true),
    MACHINES_LIST_EVENTS("Machines_list_events", "GET", "/apps/{app_name}/machines/{machine_id}/events",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_EXEC("Machines_exec", "POST", "/apps/{app_name}/machines/{machine_id}/exec", Safety.NON_IDEMPOTENT,
            Limit.MACHINE, true),
    MACHINES_SHOW_LEASE("Machines_show_lease", "GET", "/apps/{app_name}/machines/{machine_id}/lease",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_CREATE_LEASE("Machines_create_lease", "POST", "/apps/{app_name}/machines/{machine_id}/lease",
            Safety.NON_IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_RELEASE_LEASE("Machines_release_lease", "DELETE", "/apps/{app_name}/machines/{machine_id}/lease",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_GET_MEMORY("Machines_get_memory", "GET", "/apps/{app_name}/machines/{machine_id}/memory",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_SET_MEMORY_LIMIT("Machines_set_memory_limit", "PUT", "/apps/{app_name}/machines/{machine_id}/memory",
            Safety.IDEMPOTENT, Limit.MACHINE, true),
    MACHINES_RECLAIM_MEMORY("Machines_reclaim_memory", "POST",
            "/apps/{app_name}/machines/{machine_id}/memory/reclaim", Safety.NON_IDEMPOTENT, Limit.MACHINE, true),
    MACHINES_SHOW_METADATA("Machines_show_metadata", "GET", "/apps/{app_name}/machines/{machine_id}/metadata",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_REPLACE_METADATA("Machines_update_metadata", "PUT", "/apps/{app_name}/machines/{machine_id}/metadata",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_PATCH_METADATA("Machines_update_metadata", "PATCH", "/apps/{app_name}/machines/{machine_id}/metadata",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_GET_METADATA_KEY("Machines_get_metadata_key", "GET",
            "/apps/{app_name}/machines/{machine_id}/metadata/{key}", Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_UPSERT_METADATA("Machines_upsert_metadata", "POST",
            "/apps/{app_name}/machines/{machine_id}/metadata/{key}", Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_DELETE_METADATA("Machines_delete_metadata", "DELETE",
            "/apps/{app_name}/machines/{machine_id}/metadata/{key}", Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_LIST_PROCESSES("Machines_list_processes", "GET", "/apps/{app_name}/machines/{machine_id}/ps",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_RESTART("Machines_restart", "POST", "/apps/{app_name}/machines/{machine_id}/restart",
            Safety.NON_IDEMPOTENT, Limit.MACHINE, true),
    MACHINES_SIGNAL("Machines_signal", "POST", "/apps/{app_name}/machines/{machine_id}/signal", Safety.NON_IDEMPOTENT,
            Limit.MACHINE, true),
    MACHINES_START("Machines_start", "POST", "/apps/{app_name}/machines/{machine_id}/start", Safety.IDEMPOTENT,
            Limit.MACHINE, true),
    MACHINES_STOP("Machines_stop", "POST", "/apps/{app_name}/machines/{machine_id}/stop", Safety.IDEMPOTENT,
            Limit.MACHINE, true),
    MACHINES_SUSPEND("Machines_suspend", "POST", "/apps/{app_name}/machines/{machine_id}/suspend", Safety.IDEMPOTENT,
            Limit.MACHINE, true),
    MACHINES_UNCORDON("Machines_uncordon", "POST", "/apps/{app_name}/machines/{machine_id}/uncordon",
            Safety.IDEMPOTENT, Limit.MACHINE, true),
    MACHINES_LIST_VERSIONS("Machines_list_versions", "GET", "/apps/{app_name}/machines/{machine_id}/versions",
            Safety.IDEMPOTENT, Limit.MACHINE, false),
    MACHINES_WAIT("Machines_wait", "GET", "/apps/{app_name}/machines/{machine_id}/wait", Safety.IDEMPOTENT,
            Limit.NONE, false),

    // Secret keys
    SECRETKEYS_LIST("Secretkeys_list", "GET", "/apps/{app_name}/secretkeys", Safety.IDEMPOTENT, Limit.NONE, false),
    SECRETKEY_GET("Secretkey_get", "GET", "/apps/{app_name}/secretkeys/{secret_name}", Safety.IDEMPOTENT, Limit.NONE,
            false),
    SECRETKEY_SET("Secretkey_set", "POST", "/apps/{app_name}/secretkeys/{secret_name}", Safety.IDEMPOTENT, Limit.NONE,
            false),
    SECRETKEY_DELETE("Secretkey_delete", "DELETE", "/apps/{app_name}/secretkeys/{secret_name}", Safety.IDEMPOTENT,
            Limit.NONE, false),
    SECRETKEY_DECRYPT("Secretkey_decrypt", "POST", "/apps/{app_name}/secretkeys/{secret_name}/decrypt",
            Safety.IDEMPOTENT, Limit.NONE, false),
    SECRETKEY_ENCRYPT("Secretkey_encrypt", "POST", "/apps/{app_name}/secretkeys/{secret_name}/encrypt",
            Safety.IDEMPOTENT, Limit.NONE, false),
    SECRETKEY_GENERATE("Secretkey_generate", "POST", "/apps/{app_name}/secretkeys/{secret_name}/generate",
            Safety.NON_IDEMPOTENT, Limit.NONE, false),
    SECRETKEY_SIGN("Secretkey_sign", "POST", "/apps/{app_name}/secretkeys/{secret_name}/sign", Safety.IDEMPOTENT,
            Limit.NONE, false),
    SECRETKEY_VERIFY("Secretkey_verify", "POST", "/apps/{app_name}/secretkeys/{secret_name}/verify",
            Safety.IDEMPOTENT, Limit.NONE, false),

    // Secrets
    SECRETS_LIST("Secrets_list", "GET", "/apps/{app_name}/secrets", Safety.IDEMPOTENT, Limit.NONE, false),
    SECRETS_UPDATE("Secrets_update", "POST", "/apps/{app_name}/secrets", Safety.IDEMPOTENT, Limit.NONE, false),
    SECRET_GET("Secret_get", "GET", "/apps/{app_name}/secrets/{secret_name}", Safety.IDEMPOTENT, Limit.NONE, false),
    SECRET_CREATE("Secret_create", "POST", "/apps/{app_name}/secrets/{secret_name}", Safety.IDEMPOTENT, Limit.NONE,
            false),
    SECRET_DELETE("Secret_delete", "DELETE", "/apps/{app_name}/secrets/{secret_name}", Safety.IDEMPOTENT, Limit.NONE,
            false),

    // Volumes
    VOLUMES_LIST("Volumes_list", "GET", "/apps/{app_name}/volumes", Safety.IDEMPOTENT, Limit.NONE, false),
    VOLUMES_CREATE("Volumes_create", "POST", "/apps/{app_name}/volumes", Safety.NON_IDEMPOTENT, Limit.APP, false),
    VOLUMES_GET("Volumes_get_by_id", "GET", "/apps/{app_name}/volumes/{volume_id}", Safety.IDEMPOTENT, Limit.NONE,
            false),
    VOLUMES_UPDATE("Volumes_update", "PUT", "/apps/{app_name}/volumes/{volume_id}", Safety.IDEMPOTENT, Limit.NONE,
            false),
    VOLUMES_DELETE("Volume_delete", "DELETE", "/apps/{app_name}/volumes/{volume_id}", Safety.IDEMPOTENT, Limit.NONE,
            false),
    VOLUMES_EXTEND("Volumes_extend", "PUT", "/apps/{app_name}/volumes/{volume_id}/extend", Safety.IDEMPOTENT,
            Limit.NONE, false),
    VOLUMES_LIST_SNAPSHOTS("Volumes_list_snapshots", "GET", "/apps/{app_name}/volumes/{volume_id}/snapshots",
            Safety.IDEMPOTENT, Limit.NONE, false),
    VOLUMES_CREATE_SNAPSHOT("createVolumeSnapshot", "POST", "/apps/{app_name}/volumes/{volume_id}/snapshots",
            Safety.NON_IDEMPOTENT, Limit.NONE, false),

    // Organizations
    ORG_MACHINES_LIST("Machines_org_list", "GET", "/orgs/{org_slug}/machines", Safety.IDEMPOTENT, Limit.NONE, false),
    ORG_VOLUMES_LIST("Volumes_org_list", "GET", "/orgs/{org_slug}/volumes", Safety.IDEMPOTENT, Limit.NONE, false),

    // Platform
    PLATFORM_PLACEMENTS("Platform_placements_post", "POST", "/platform/placements", Safety.IDEMPOTENT, Limit.NONE,
            false),
    PLATFORM_REGIONS("Platform_regions_get", "GET", "/platform/regions", Safety.IDEMPOTENT, Limit.NONE, false),

    // Tokens
    TOKENS_AUTHENTICATE("Tokens_authenticate", "POST", "/tokens/authenticate", Safety.IDEMPOTENT, Limit.NONE, false),
    TOKENS_AUTHORIZE("Tokens_authorize", "POST", "/tokens/authorize", Safety.IDEMPOTENT, Limit.NONE, false),
    TOKENS_CURRENT("CurrentToken_show", "GET", "/tokens/current", Safety.IDEMPOTENT, Limit.NONE, false),
    TOKENS_KMS("Tokens_request_Kms", "POST", "/tokens/kms", Safety.NON_IDEMPOTENT, Limit.NONE, false),
    TOKENS_OIDC("Tokens_request_OIDC", "POST", "/tokens/oidc", Safety.NON_IDEMPOTENT, Limit.NONE, false);

    /** Whether retrying the operation after an ambiguous failure is safe. */
    public enum Safety {
        /** Repeating it has the same effect as doing it once: retried on any transient fault. */
        IDEMPOTENT,
        /** Only retried after a definite refusal (capacity, 429, a 4xx that says nothing was done). */
        NON_IDEMPOTENT,
        /**
         * Machine create: retried after an ambiguous fault only after looking the machine up by the
         * client request id the SDK wrote into its metadata, and adopting it when found.
         */
        CREATE_MACHINE,
        /**
         * Machine update: idempotent when it names the version it replaces ({@code current_version})
         * or runs under a lease nonce; otherwise only retried after a definite refusal.
         */
        IDEMPOTENT_IF_LEASED
    }

    /** How the API rate-limits the operation (per action, per identifier). */
    public enum Limit {
        /** No documented per-identifier limit. */
        NONE,
        /** Per action per machine: 1 request/s, bursts of 3. */
        MACHINE,
        /** Get machine: 5 requests/s, bursts of 10, per machine. */
        MACHINE_GET,
        /** Per action per app (create machine, create volume, delete app). */
        APP
    }

    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final Safety safety;
    private final Limit limit;
    private final boolean leaseGuarded;

    Operation(String operationId, String method, String pathTemplate, Safety safety, Limit limit,
            boolean leaseGuarded) {
        this.operationId = operationId;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.safety = safety;
        this.limit = limit;
        this.leaseGuarded = leaseGuarded;
    }

    /** @return the spec's operationId */
    public String operationId() {
        return operationId;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the path template as in the spec (without {@code /v1}) */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** @return the retry safety class */
    public Safety safety() {
        return safety;
    }

    /** @return the rate-limit class */
    public Limit limit() {
        return limit;
    }

    /** @return whether a held lease's nonce must be sent */
    public boolean leaseGuarded() {
        return leaseGuarded;
    }
}
