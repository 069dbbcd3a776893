package org.claimgraph.actor;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorFilter")
@Description("Which actors to include; the fields given must all hold.")
public class ActorFilter {

    @Size(min = 1, max = 200)
    @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    @Description("Any name the actor goes by — canonical name, alias, or a misspelling of one (trigram similarity). "
            + "Results are ranked by how well they match, best first.")
    public String name;

    @Description("Only actors of this kind.")
    public ActorKind kind;
}
