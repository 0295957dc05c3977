package org.npswatch.extract.telegram;

import java.util.Arrays;

/**
 * MinHash signature of a text's character shingles: the share of equal positions of two
 * signatures estimates the Jaccard similarity of their shingle sets.
 */
final class MinHashSignature {
    static final int SIZE = 64;
    static final int SHINGLE = 5;
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        // fixed odd multipliers: signatures must be comparable across runs and machines
        java.util.SplittableRandom r = new java.util.SplittableRandom(0x6e707377L);
        for (int i = 0; i < SIZE; i++) {
            A[i] = r.nextLong() | 1L;
            B[i] = r.nextLong();
        }
    }

    private final int[] mins;

    private MinHashSignature(int[] mins) {
        this.mins = mins;
    }

    /** Signature of an already normalised text (see {@link AdText#normalise}). */
    static MinHashSignature of(String normalised) {
        int[] mins = new int[SIZE];
        Arrays.fill(mins, Integer.MAX_VALUE);
        String s = normalised.length() < SHINGLE ? (normalised + "     ").substring(0, SHINGLE) : normalised;
        for (int i = 0; i + SHINGLE <= s.length(); i++) {
            long h = shingleHash(s, i);
            for (int k = 0; k < SIZE; k++) {
                int v = (int) ((A[k] * h + B[k]) >>> 33);
                if (v < mins[k]) {
                    mins[k] = v;
                }
            }
        }
        return new MinHashSignature(mins);
    }

    private static long shingleHash(String s, int from) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + SHINGLE; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    double similarity(MinHashSignature other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (mins[i] == other.mins[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** Hash of band {@code band} (rows {@code rows} wide) for locality-sensitive bucketing. */
    long bandKey(int band, int rows) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = (h ^ mins[i]) * 0xff51afd7ed558ccdL;
        }
        return h;
    }
}
