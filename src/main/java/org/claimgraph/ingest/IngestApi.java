package org.claimgraph.ingest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import org.claimgraph.actor.Actor;
import org.claimgraph.article.Article;
import org.claimgraph.graphql.OwnSession;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@GraphQLApi
@OwnSession
public class IngestApi {

    @Inject
    Ingestor ingestor;

    @Mutation("ingestArticle")
    @Description("Stores a new article and what the pipeline finds in it: cleaned text, metadata the text states, "
            + "mentions of known actors (and unknown names as unreviewed candidate actors), candidate claims as "
            + "unreviewed EXTRACTED claims with sources, stances and quantities (from English text; see `warnings`), links "
            + "to articles it shares passages with, and REPEATS links from its claims to theirs that quote the same words. The same article "
            + "again (the same cleaned text, at its URL or without one) returns the stored one, unchanged; other text at a stored article's URL is a CONFLICT error. Invalid input (empty, "
            + "over 1,000,000 characters, binary) is a BAD_USER_INPUT error. After an error nothing is stored.")
    public @NonNull IngestPayload ingestArticle(
            @NonNull @Valid @Name("input") @Description("The article.") IngestInput input) {
        Ingestor.Outcome outcome = ingestor.ingest(input);
        return new IngestPayload(outcome.article(), outcome.created(), outcome.claims(), outcome.candidates(), outcome.reuses(),
                outcome.repeatedClaims(), outcome.warnings());
    }

    @Description("What ingestArticle stored.")
    public record IngestPayload(
            @NonNull @Description("The article (with its claims, mentions and reuses as fields).") Article article,
            @Description("False when the article was already stored: nothing new was written.") boolean created,
            @Description("How many claims the pipeline extracted (0 when the article was already stored).") int claimsExtracted,
            @NonNull @Description("Names in the text that matched no known actor, stored as unreviewed candidate actors.")
            List<@NonNull Actor> candidateActors,
            @Description("How many stored articles it shares passages with.") int reusedArticles,
            @Description("How many of its claims quote the same words as a claim of those articles, each linked to it as "
                    + "REPEATS (see Claim.relations).") int repeatedClaims,
            @NonNull @Description("What the pipeline did not do for this article, and why: claims are only extracted from "
                    + "English text (or text of no known language), so an article in another language is stored with its "
                    + "mentions and reuses but no claims. Empty when everything ran.") List<@NonNull String> warnings) {
    }
}
