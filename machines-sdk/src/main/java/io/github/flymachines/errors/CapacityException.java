package io.github.flymachines.errors;

import java.util.Optional;

/**
 * Fly could not place the machine (or volume): no capacity in the region, on the host that holds
 * its volume, or over the organization's quota. The API reports this with several statuses
 * (400, 403, 409, 412) and texts; the SDK recognises them all as this one type.
 *
 * <p>Create calls are retried, in the next region when several were given; see {@link #scope()} for
 * whether moving to another region can help.
 *
 * @serial exclude
 */
public class CapacityException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /** Where capacity ran out. */
    public enum Scope {
        /** The region has no room for this size; another region may. */
        REGION,
        /** The specific host is full or closed to deploys; another host or region may help. */
        HOST,
        /** The host that holds the machine's volume is full: moving regions does not help. */
        VOLUME_HOST,
        /** The organization is over its quota: no region helps until the quota is raised. */
        ORG_QUOTA
    }

    private final Scope scope;
    private final String region;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     * @param scope where capacity ran out
     * @param region the region that was asked for, or null
     */
    public CapacityException(ErrorDetails details, Scope scope, String region) {
        super(details);
        this.scope = scope;
        this.region = region;
    }

    /**
     * The API's message, with the region asked for and the scope when they are known
     * ({@code ... -> HTTP 412: ... [region ord, scope REGION]}).
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        String m = super.getMessage();
        return region == null ? m + " [scope " + scope + "]" : m + " [region " + region + ", scope " + scope + "]";
    }

    /**
     * Returns where capacity ran out.
     *
     * @return the scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * Returns the region the request asked for, when the SDK knows it.
     *
     * @return the region
     */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /**
     * Tells whether trying another region can help.
     *
     * @return true for region and host scopes
     */
    public boolean isRetryableElsewhere() {
        return scope == Scope.REGION || scope == Scope.HOST;
    }

    /**
     * Returns a copy that records the region the request was sent to.
     *
     * @param region the region
     * @return a new exception with the same details
     */
    public CapacityException withRegion(String region) {
        CapacityException e = new CapacityException(details(), scope, region);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
