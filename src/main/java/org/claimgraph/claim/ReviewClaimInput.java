package org.claimgraph.claim;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ReviewClaimInput")
@Description("A person's verdict on a machine-extracted claim. Give at least one of `reviewStatus`, `rank` and `note`.")
public class ReviewClaimInput {

    @NonNull
    @Id
    @Description("The claim reviewed.")
    public String claim;

    @NonNull
    @Size(min = 1, max = 100)
    @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    @Description("Who reviewed it: a name or handle, kept with the claim.")
    public String reviewer;

    @Description("CONFIRMED (the claim is right as extracted) or REJECTED (it is wrong: misattributed, misquoted, "
            + "not a claim); a rejected claim is DEPRECATED and drops out of default results.")
    public ReviewStatus reviewStatus;

    @Description("A new rank: PREFERRED for the best-sourced version of a claim reported several times, DEPRECATED for "
            + "one known wrong or superseded.")
    public Rank rank;

    @Size(max = 2000)
    @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
    @Description("Why, in a sentence or two; replaces the claim's note. An empty string clears it.")
    public String note;
}
