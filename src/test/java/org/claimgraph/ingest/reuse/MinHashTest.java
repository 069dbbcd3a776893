package org.claimgraph.ingest.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final Set<String> STEMS = Set.of("presi", "russi", "param", "absol", "irrec", "frenc", "troop", "drian");

    @Test
    void signaturesAreDeterministicAndSeeded() {
        MinHashSignature signature = new MinHasher(12, 3, 42).sign(STEMS);

        assertEquals(signature, new MinHasher(12, 3, 42).sign(new ArrayList<>(STEMS)));
        assertNotEquals(signature, new MinHasher(12, 3, 43).sign(STEMS));
        assertEquals(12, signature.bands());
        assertEquals(36, signature.values().length);
        // Pinned: a stored key must keep matching in later versions and other JVMs.
        assertEquals("0:" + Long.toHexString(bandHash(signature, 0)), signature.bandKeys().get(0));
        assertEquals(signature.bandKeys(), new MinHasher(12, 3, 42).sign(STEMS).bandKeys());
    }

    private static long bandHash(MinHashSignature signature, int band) {
        long hash = band;
        for (int row = 0; row < 3; row++) {
            hash = MinHasher.mix(hash ^ signature.values()[band * 3 + row]);
        }
        return hash;
    }

    @Test
    void bandKeysAreShardedByBand() {
        List<String> keys = new MinHasher(12, 3, 1).sign(STEMS).bandKeys();

        assertEquals(12, new HashSet<>(keys).size());
        for (int band = 0; band < 12; band++) {
            assertTrue(keys.get(band).startsWith(band + ":"));
        }
    }

    @Test
    void similarSetsShareBandsAndDissimilarOnesRarelyDo() {
        MinHasher hasher = new MinHasher(12, 3, 7);
        int similarHits = 0;
        int dissimilarHits = 0;
        for (int trial = 0; trial < 200; trial++) {
            Set<String> base = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                base.add("w" + trial + "_" + i);
            }
            Set<String> similar = new HashSet<>(base);
            similar.remove("w" + trial + "_0");
            similar.add("x" + trial);
            Set<String> other = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                other.add("z" + trial + "_" + i);
            }
            other.add("w" + trial + "_1");
            similarHits += shareAKey(hasher, base, similar) ? 1 : 0;
            dissimilarHits += shareAKey(hasher, base, other) ? 1 : 0;
        }
        // Jaccard 11/13 ≈ 0.85: 1 - (1 - 0.85³)¹² ≈ 0.9999. Jaccard 1/24: ≈ 0.001.
        assertTrue(similarHits >= 195, "similar " + similarHits);
        assertTrue(dissimilarHits <= 5, "dissimilar " + dissimilarHits);
    }

    private static boolean shareAKey(MinHasher hasher, Set<String> a, Set<String> b) {
        Set<String> keys = new HashSet<>(hasher.sign(a).bandKeys());
        return hasher.sign(b).bandKeys().stream().anyMatch(keys::contains);
    }

    @Test
    void rejectsEmptySetsAndRaggedBands() {
        assertThrows(IllegalArgumentException.class, () -> new MinHasher(4, 2, 1).sign(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new MinHashSignature(new long[5], 2));
    }

    @Test
    void theIndexCountsSharedKeysPerArticle() {
        LshIndex index = new LshIndex();
        index.add(1, List.of("0:a", "1:b", "2:c"));
        index.add(2, List.of("0:a", "1:x", "1:x"));

        assertEquals(Map.of(1L, 2, 2L, 1), index.candidates(List.of("0:a", "1:b", "0:a")));
        assertEquals(Map.of(), index.candidates(List.of("9:z")));
    }
}
