package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a claim record itself comes from.")
public enum Provenance {
    @Description("Annotated by a person (see curator).") CURATED,
    @Description("Extracted by the ingest pipeline (see pipelineVersion).") EXTRACTED
}
