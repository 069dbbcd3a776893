package org.claimgraph.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import org.claimgraph.actor.Actor;
import org.claimgraph.article.Article;
import org.claimgraph.database.ArrayHas;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Ids;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import org.claimgraph.source.Source;
import org.claimgraph.topic.Topic;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@GraphQLApi
@OwnSession
public class ClaimApi {

    @Query("claim")
    @Description("One claim by id; null when there is none.")
    public Claim claim(@NonNull @Id @Name("id") @Description("The claim's id.") String id) {
        return Ids.parse(id).map(key -> Claim.<Claim>findById(key)).orElse(null);
    }

    @Query("claims")
    @Description("Claims matching a filter (all claims without one), in the order asked for; deprecated claims are "
            + "left out unless the filter includes them.")
    public @NonNull ClaimConnection claims(
            @Name("filter") @Valid @Description("Which claims to include.") ClaimFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after (pageInfo.endCursor of the previous page, same order).") String after,
            @Name("orderBy") @DefaultValue("STORED") @Description("The order of the list.") ClaimOrder orderBy) {
        ClaimOrder order = orderBy == null ? ClaimOrder.STORED : orderBy;
        return ClaimLists.pages(ClaimLists.ALL.orderedBy(order.key(), order.sortKey(), order.descending()), List.of(0L),
                Page.of(first, after), ClaimConditions.of(filter)).get(0);
    }

    @Mutation("reviewClaim")
    @Transactional
    @Description("Records a person's review of a machine-extracted claim: its review status, rank and note, with who "
            + "reviewed it and when. Curated claims are reviewed in the annotations they come from, so reviewing one is a "
            + "BAD_USER_INPUT error; an unknown id is NOT_FOUND.")
    public @NonNull Claim reviewClaim(@NonNull @Valid @Name("input") @Description("The review.") ReviewClaimInput input) {
        Claim claim = Ids.parse(input.claim).map(key -> Claim.<Claim>findById(key)).orElseThrow(() ->
                ApiError.notFound("no claim has the id \"" + input.claim + "\""));
        if (claim.provenance == Provenance.CURATED) {
            throw ApiError.badInput("claim " + claim.id + " is curated (" + claim.key + "): review it in the corpus annotations");
        }
        if (input.reviewStatus == null && input.rank == null && input.note == null) {
            throw ApiError.badInput("give at least one of `reviewStatus`, `rank` and `note`");
        }
        if (input.reviewStatus == ReviewStatus.UNREVIEWED) {
            throw ApiError.badInput("a review is CONFIRMED or REJECTED; UNREVIEWED is what the pipeline records");
        }
        ReviewStatus status = input.reviewStatus != null ? input.reviewStatus : claim.reviewStatus;
        Rank rank = input.rank != null ? input.rank : status == ReviewStatus.REJECTED ? Rank.DEPRECATED : claim.rank;
        if (status == ReviewStatus.REJECTED && rank != Rank.DEPRECATED) {
            throw ApiError.badInput("a REJECTED claim is known wrong, so its rank is DEPRECATED, not " + rank);
        }
        claim.reviewStatus = status;
        claim.rank = rank;
        if (input.note != null) {
            claim.note = input.note.isBlank() ? null : input.note.strip();
        }
        claim.reviewedBy = input.reviewer.strip();
        claim.reviewedAt = Instant.now();
        return claim;
    }

    @Name("article")
    @Description("The article the claim is reported in.")
    public List<@NonNull Article> article(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        return ById.resolve(Article.class, claims, claim -> claim.article.id);
    }

    @Name("sources")
    @Description("The attribution chain: the immediate source first (who said it), then whoever relayed it "
            + "(e.g. anonymous sources, then the news agency that reported them).")
    public List<@NonNull List<@NonNull Source>> sources(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        Map<Long, List<Source>> chains = new LinkedHashMap<>();
        for (Object[] link : ClaimSource.chains(ids(claims))) {
            chains.computeIfAbsent((Long) link[0], key -> new ArrayList<>()).add((Source) link[1]);
        }
        return claims.stream().map(claim -> chains.getOrDefault(claim.id, List.of())).toList();
    }

    @Name("subjects")
    @Description("The actors the claim is about.")
    public List<@NonNull List<@NonNull Actor>> subjects(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        Map<Long, List<Actor>> byClaim = new LinkedHashMap<>();
        for (Object[] row : Panache.getEntityManager()
                .createQuery("select c.id, a from Claim c join c.subjects a where array_has(?1, c.id) order by c.id, a.name, a.id", Object[].class)
                .setParameter(1, ArrayHas.of(ids(claims))).getResultList()) {
            byClaim.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((Actor) row[1]);
        }
        return claims.stream().map(claim -> byClaim.getOrDefault(claim.id, List.of())).toList();
    }

    @Name("topics")
    @Description("Slugs of the topics the claim is filed under (see `topicDetails` for names).")
    public List<@NonNull List<@NonNull String>> topics(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        return topicDetails(claims).stream().map(topics -> topics.stream().map(topic -> topic.slug).toList()).toList();
    }

    @Name("topicDetails")
    @Description("The topics the claim is filed under.")
    public List<@NonNull List<@NonNull Topic>> topicDetails(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        Map<Long, List<Topic>> byClaim = new LinkedHashMap<>();
        for (Object[] row : Panache.getEntityManager()
                .createQuery("select c.id, t from Claim c join c.topics t where array_has(?1, c.id) order by c.id, t.slug", Object[].class)
                .setParameter(1, ArrayHas.of(ids(claims))).getResultList()) {
            byClaim.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((Topic) row[1]);
        }
        return claims.stream().map(claim -> byClaim.getOrDefault(claim.id, List.of())).toList();
    }

    @Name("quantities")
    @Description("Every number the claim states, in the order of the text.")
    public List<@NonNull List<@NonNull Quantity>> quantities(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        Map<Long, List<Quantity>> byClaim = Quantity.forClaims(ids(claims)).stream()
                .collect(Collectors.groupingBy(quantity -> quantity.claim.id));
        return claims.stream().map(claim -> byClaim.getOrDefault(claim.id, List.of())).toList();
    }

    @Name("quantity")
    @Description("The claim's main quantity (its first), or null when it states none.")
    public List<Quantity> quantity(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        return quantities(claims).stream().map(list -> list.isEmpty() ? null : list.get(0)).toList();
    }

    @Name("relations")
    @Description("Links between this claim and others (repeats, corroborates, contradicts), in either direction.")
    public List<@NonNull List<@NonNull ClaimRelation>> relations(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        Map<Long, List<ClaimRelation>> byClaim = new LinkedHashMap<>();
        for (ClaimRelation relation : ClaimRelation.touching(ids(claims))) {
            byClaim.computeIfAbsent(relation.from.id, key -> new ArrayList<>()).add(relation);
            if (!relation.to.id.equals(relation.from.id)) {
                byClaim.computeIfAbsent(relation.to.id, key -> new ArrayList<>()).add(relation);
            }
        }
        return claims.stream().map(claim -> byClaim.getOrDefault(claim.id, List.of())).toList();
    }

    private static List<Long> ids(List<Claim> claims) {
        return claims.stream().map(claim -> claim.id).toList();
    }
}
