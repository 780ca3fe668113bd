package io.github.flymachines.testing.internal;

import java.time.Instant;
import java.util.SplittableRandom;

/** Generates ids shaped like Fly's, from a seeded random source (reproducible runs). */
public final class Ids {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final SplittableRandom random;
    private String lastUlid = "";

    /**
     * Creates a generator.
     *
     * @param seed the seed
     */
    public Ids(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return a 14-hex-character machine id */
    public synchronized String machineId() {
        return pick(HEX, 14);
    }

    /** @return a {@code vol_} id */
    public synchronized String volumeId() {
        return "vol_" + pick(ALNUM, 16);
    }

    /** @return a {@code vs_} snapshot id */
    public synchronized String snapshotId() {
        return "vs_" + pick(ALNUM, 16);
    }

    /** @return a lease nonce */
    public synchronized String nonce() {
        return pick(HEX, 12);
    }

    /** @return a 4-hex zone name */
    public synchronized String zone() {
        return pick(HEX, 4);
    }

    /** @return an app id */
    public synchronized String appId() {
        return pick(ALNUM, 16);
    }

    /** @return a 6PN address */
    public synchronized String privateIp() {
        return "fdaa:0:1:a7b:" + pick(HEX, 4) + ":" + pick(HEX, 4) + ":" + pick(HEX, 4) + ":2";
    }

    /**
     * Returns a 26-character ULID for the instant; ids made later sort after earlier ones.
     *
     * @param at the time
     * @return the ULID
     */
    public synchronized String ulid(Instant at) {
        long ms = at.toEpochMilli();
        char[] c = new char[26];
        for (int i = 9; i >= 0; i--) {
            c[i] = CROCKFORD[(int) (ms & 31)];
            ms >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            c[i] = CROCKFORD[random.nextInt(32)];
        }
        String id = new String(c);
        if (id.compareTo(lastUlid) <= 0) {
            id = increment(lastUlid);
        }
        lastUlid = id;
        return id;
    }

    private static String increment(String ulid) {
        char[] c = ulid.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            int v = new String(CROCKFORD).indexOf(c[i]);
            if (v < 31) {
                c[i] = CROCKFORD[v + 1];
                return new String(c);
            }
            c[i] = CROCKFORD[0];
        }
        return new String(c);
    }

    private String pick(char[] alphabet, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(c);
    }
}
