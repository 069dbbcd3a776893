package org.claimgraph.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import org.claimgraph.graphql.NameOrId;
import jakarta.validation.constraints.Size;
import org.claimgraph.source.SourceKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

@Input("ClaimFilter")
@Description("Which claims to include. Every field is optional; the fields given must all hold (AND). "
        + "Deprecated claims are left out unless `includeDeprecated` is true.")
public class ClaimFilter {

    @NameOrId
    @Description("An actor the claim is about: its id, or any of its names or aliases — misspellings are tolerated "
            + "(trigram similarity). An unknown name is a NOT_FOUND error.")
    public String about;

    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a topic slug such as `payments`")
    @Description("A topic slug, e.g. `payments`. An unknown slug is a NOT_FOUND error.")
    public String topic;

    @Id
    @Description("A source the claim is attributed to, at any position of its attribution chain.")
    public String source;

    @Description("The kind of the claim's immediate source (who said it).")
    public SourceKind sourceKind;

    @NameOrId
    @Description("The outlet that published the claim's article: its actor id or any of its names.")
    public String outlet;

    @Id
    @Description("The article the claim is reported in.")
    public String article;

    @Description("Any of these stances; an empty list is no condition.")
    public List<@NonNull Stance> stance;

    @Description("Claims referring to this date or later: their reference date or period ends on or after it. A claim "
            + "dated only to a month or a year covers all of it (\"September 2021\" matches from 2021-09-10).")
    public LocalDate from;

    @Description("Claims referring to this date or earlier: their reference date or period starts on or before it.")
    public LocalDate to;

    @Size(min = 1, max = 500)
    @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
    @Description("Full-text condition on the statement and quote (web-search syntax: words, \"a phrase\", -excluded, or).")
    public String text;

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    @Description("Only claims whose confidence is at least this (0 to 1).")
    public Double minConfidence;

    @Description("Only curated or only extracted claims.")
    public Provenance provenance;

    @Description("Only claims with this review status.")
    public ReviewStatus reviewStatus;

    @Valid
    @Description("A number the claim states: its kind, unit and range (`{}`: any number).")
    public QuantityFilter quantity;

    @Description("Include claims ranked DEPRECATED (left out by default).")
    public Boolean includeDeprecated;

    public static ClaimFilter none() {
        return new ClaimFilter();
    }

    public static ClaimFilter includingDeprecated(Boolean include) {
        ClaimFilter filter = new ClaimFilter();
        filter.includeDeprecated = include;
        return filter;
    }
}
