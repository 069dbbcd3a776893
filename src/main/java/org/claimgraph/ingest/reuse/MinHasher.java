package org.claimgraph.ingest.reuse;

import java.util.Arrays;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * Computes {@link MinHashSignature}s. Deterministic: the same seed gives the same hash functions in every JVM
 * and on every machine, so signatures stored in a database stay comparable with new ones. (Nothing here uses
 * {@link String#hashCode()}'s 32 bits or identity hashes.)
 */
public final class MinHasher {

    private final long[] seeds;
    private final int rowsPerBand;

    public MinHasher(int bands, int rowsPerBand, long seed) {
        if (bands < 1 || rowsPerBand < 1) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
        SplittableRandom random = new SplittableRandom(seed);
        seeds = new long[bands * rowsPerBand];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong();
        }
        this.rowsPerBand = rowsPerBand;
    }

    /** The signature of a non-empty set of strings. */
    public MinHashSignature sign(Collection<String> elements) {
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("no elements to sign");
        }
        long[] minima = new long[seeds.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (String element : elements) {
            long base = hash(element);
            for (int i = 0; i < seeds.length; i++) {
                minima[i] = Math.min(minima[i], mix(base ^ seeds[i]));
            }
        }
        return new MinHashSignature(minima, rowsPerBand);
    }

    /** 64-bit FNV-1a over the UTF-16 chars, then mixed. */
    static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(hash);
    }

    /** The SplitMix64 finaliser: every input bit affects every output bit, so XOR-seeded values act as independent hashes. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
