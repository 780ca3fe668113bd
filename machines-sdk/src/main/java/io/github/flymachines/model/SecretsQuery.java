package io.github.flymachines.model;

/**
 * Options for reading app secrets.
 *
 * @param minVersion answer only once the secrets store has reached this version (read your own
 *        writes); null for no wait (JSON query {@code min_version})
 * @param showSecrets include the values (JSON query {@code show_secrets}); they are still never
 *        printed by {@link AppSecret#toString()}
 */
public record SecretsQuery(Long minVersion, Boolean showSecrets) {
    /** Names and digests only, no version wait. */
    public static final SecretsQuery DEFAULT = new SecretsQuery(null, null);

    /**
     * Returns a copy waiting for a version.
     *
     * @param value the version, or null
     * @return the copy
     */
    public SecretsQuery withMinVersion(Long value) {
        return new SecretsQuery(value, showSecrets);
    }

    /**
     * Returns a copy that includes the values or not.
     *
     * @param value whether to include them
     * @return the copy
     */
    public SecretsQuery withShowSecrets(Boolean value) {
        return new SecretsQuery(minVersion, value);
    }
}
