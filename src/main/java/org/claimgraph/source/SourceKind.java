package org.claimgraph.source;

import org.eclipse.microprofile.graphql.Description;

@Description("What a claim is attributed to.")
public enum SourceKind {
    @Description("A news agency such as Reuters or AFP.") NEWS_AGENCY,
    @Description("A newspaper, broadcaster or website, or unnamed \"press reports\".") OUTLET,
    @Description("A named official speaking in office.") OFFICIAL,
    @Description("A spokesperson or press office.") SPOKESPERSON,
    @Description("A ministry, government or organisation speaking as a body.") INSTITUTION,
    @Description("An academic, analyst or other expert.") EXPERT,
    @Description("A document, report or publication.") DOCUMENT,
    @Description("Unnamed sources; see anonymousCount and description.") ANONYMOUS,
    @Description("The article's own voice: the outlet or writer asserting it without attribution.") AUTHOR
}
