package io.github.flymachines.pool;

/**
 * A snapshot of a pool's machines by what they are doing.
 *
 * @param ready stopped or suspended machines of the current config, ready to be started
 * @param stale ready machines of an earlier config, waiting to be replaced
 * @param inUse machines handed out to callers (or being started for one)
 * @param creating machines being created
 * @param releasing machines being stopped after a release
 * @param destroying machines being destroyed
 * @param waiting callers waiting for a machine
 */
public record PoolStats(int ready, int stale, int inUse, int creating, int releasing, int destroying, int waiting) {
    /** @return every machine the pool tracks (ready, stale, in use, being created, released or destroyed) */
    public int total() {
        return ready + stale + inUse + creating + releasing + destroying;
    }
}
