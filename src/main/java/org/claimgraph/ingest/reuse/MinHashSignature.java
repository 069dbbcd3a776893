package org.claimgraph.ingest.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of one passage, cut into LSH bands. Two passages whose sets have Jaccard similarity
 * {@code s} agree on a whole band with probability {@code s^rows}, so they share at least one band key with
 * probability {@code 1 - (1 - s^rows)^bands}.
 *
 * @param values      one minimum per hash function, {@code bands × rowsPerBand} of them
 * @param rowsPerBand how many consecutive values make one band
 */
public record MinHashSignature(long[] values, int rowsPerBand) {

    public MinHashSignature {
        if (rowsPerBand < 1 || values.length == 0 || values.length % rowsPerBand != 0) {
            throw new IllegalArgumentException(values.length + " values do not make bands of " + rowsPerBand);
        }
        values = values.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    public int bands() {
        return values.length / rowsPerBand;
    }

    /**
     * One key per band: the band's number and a hash of its values, e.g. {@code "7:3fa2c19b0e4d5a61"}. Passages
     * that share a key are candidates. Keys are plain strings so that a database can store them in an indexed
     * column and find candidates with {@code WHERE band_key IN (...)}.
     */
    public List<String> bandKeys() {
        List<String> keys = new ArrayList<>(bands());
        for (int band = 0; band < bands(); band++) {
            long hash = band;
            for (int row = 0; row < rowsPerBand; row++) {
                hash = MinHasher.mix(hash ^ values[band * rowsPerBand + row]);
            }
            keys.add(band + ":" + Long.toHexString(hash));
        }
        return keys;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinHashSignature that && rowsPerBand == that.rowsPerBand && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + rowsPerBand;
    }

    @Override
    public String toString() {
        return "MinHashSignature[" + bands() + " bands × " + rowsPerBand + " rows]";
    }
}
