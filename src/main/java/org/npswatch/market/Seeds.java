package org.npswatch.market;

import java.util.Random;

/**
 * Independent random streams from (seed, parts). {@code new Random(seed + week)} for neighbouring
 * seeds gives correlated first draws; mixing the parts through SplitMix64's finaliser first
 * makes the weekly counts of different weeks and sources independent.
 */
final class Seeds {
    private Seeds() {}

    static Random random(long seed, long... parts) {
        long h = mix(seed);
        for (long p : parts) {
            h = mix(h ^ (p + 0x9E3779B97F4A7C15L));
        }
        return new Random(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
