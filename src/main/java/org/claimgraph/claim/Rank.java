package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("Wikibase-style rank of a claim record. Deprecated claims drop out of default results.")
public enum Rank {
    @Description("The best-sourced version of a claim that is reported several times.") PREFERRED,
    @Description("The default rank.") NORMAL,
    @Description("Known wrong or superseded; hidden unless asked for.") DEPRECATED
}
