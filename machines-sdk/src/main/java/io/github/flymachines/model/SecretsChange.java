package io.github.flymachines.model;

import java.util.List;

/**
 * The outcome of a write to an app's secrets: the secrets written (values never printed) and the
 * app secrets version the write produced. Pass {@link #version()} as {@code min_secrets_version}
 * on machine create or update so the machine is guaranteed to see the change (or let
 * {@code SecretsClient.applyTo(...)} do it).
 *
 * @param secrets the secrets as the API describes them after the write (empty for deletes)
 * @param version the app secrets version after the write
 */
public record SecretsChange(List<AppSecret> secrets, long version) implements SecretsChangeBuilder.With {

    /** {@return an empty builder} */
    public static SecretsChangeBuilder builder() {
        return new SecretsChangeBuilder();
    }

    @Override
    public String toString() {
        return SecretsChangeBuilder.render(this);
    }
}
