package org.claimgraph.ingest.extract;

/** The identity of the extraction pipeline, recorded on every claim it makes. */
public final class Extraction {

    /**
     * Stored as a machine claim's provenance. Bump it whenever a rule change can change what is extracted, so that
     * claims from different rule sets can be told apart and re-run.
     */
    public static final String PIPELINE_VERSION = "claimgraph-extract/1.0";

    private Extraction() {
    }
}
