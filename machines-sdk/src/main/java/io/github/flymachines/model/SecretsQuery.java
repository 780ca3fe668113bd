package io.github.flymachines.model;

/**
 * Options for reading app secrets.
 *
 * @param minVersion answer only once the secrets store has reached this version (read your own
 *        writes); null for no wait (JSON query {@code min_version})
 * @param showSecrets include the values (JSON query {@code show_secrets}); they are still never
 *        printed by {@link AppSecret#toString()}
 */
public record SecretsQuery(Long minVersion, Boolean showSecrets) implements SecretsQueryBuilder.With {

    /** {@return an empty builder} */
    public static SecretsQueryBuilder builder() {
        return new SecretsQueryBuilder();
    }

    /** Names and digests only, no version wait. */
    public static final SecretsQuery DEFAULT = new SecretsQueryBuilder().build();

    @Override
    public String toString() {
        return SecretsQueryBuilder.render(this);
    }
}
