package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("What a quantity measures.")
public enum QuantityKind {
    @Description("An amount of money; unit is an ISO 4217 currency code.") MONEY,
    @Description("A count of people or things; unit names them (mercenaries, soldiers, …).") COUNT
}
