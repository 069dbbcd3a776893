package org.claimgraph.ingest;

import org.eclipse.microprofile.graphql.Description;

@Description("How an ingested text is written.")
public enum IngestFormat {
    @Description("Detect: HTML when it starts like an HTML page or uses HTML tags, else plain text.") AUTO,
    @Description("Plain text.") TEXT,
    @Description("An HTML page: converted to text first (scripts, navigation, headers and footers dropped).") HTML
}
