package org.claimgraph.actor;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of participant an actor is.")
public enum ActorKind {
    @Description("A named individual.") PERSON,
    @Description("A non-governmental organisation, association or coalition.") ORGANISATION,
    @Description("A ministry, presidency, press office, army or other part of a state.") GOVERNMENT_BODY,
    @Description("A country acting as a state.") STATE,
    @Description("A militia, rebel movement, private military company or insurgent group.") ARMED_GROUP,
    @Description("A commercial company.") COMPANY,
    @Description("A newspaper, broadcaster, website or news agency.") MEDIA_OUTLET,
    @Description("A named military operation or force.") MILITARY_OPERATION,
    @Description("A political party.") POLITICAL_PARTY,
    @Description("An intergovernmental body such as the UN or the EU.") INTERNATIONAL_ORGANISATION,
    @Description("A named event such as a summit or forum.") EVENT,
    @Description("Not classified yet: a name the ingest pipeline found, could not resolve, and could not tell the kind of from its last word (an unreviewed candidate).") UNKNOWN
}
