package org.claimgraph.actor;

import org.claimgraph.graphql.NameOrId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorFilter")
@Description("Which actors to include; the fields given must all hold.")
public class ActorFilter {

    @NameOrId
    @Description("Any name the actor goes by — canonical name, alias, or a misspelling of one (trigram similarity). "
            + "Results are ranked by how well they match, best first.")
    public String name;

    @Description("Only actors of this kind.")
    public ActorKind kind;
}
