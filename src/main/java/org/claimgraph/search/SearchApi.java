package org.claimgraph.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimgraph.actor.ActorAlias;
import org.claimgraph.actor.ActorLookup;
import org.claimgraph.article.Article;
import org.claimgraph.claim.Claim;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Cursor;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over articles and claims with PostgreSQL's english configuration, ranked by
 * ts_rank_cd, with ts_headline snippets. When the query as a whole resembles an actor's name,
 * the actor's names are added to the query and the claims about the actor are hits too: a
 * misspelt name still finds what is written under the right spelling.
 */
@GraphQLApi
@OwnSession
public class SearchApi {

    /** Cursors of search hits: a position in the ranking. */
    private static final String HITS = "search";

    /** How close the query must be to an actor's name for the name to be added (ActorLookup score). */
    static final double EXPANSION_SCORE = 0.5;
    static final int MAX_EXPANDED_ACTORS = 3;
    /** Words only: no phrase quotes or other operators of web-search syntax. */
    private static final java.util.regex.Pattern PLAIN_WORDS = java.util.regex.Pattern.compile("[\\p{L}\\p{N}\\s'’.,-]+");
    private static final java.util.regex.Pattern OR_WORD = java.util.regex.Pattern.compile("(?i)(?:^|\\s)or(?:\\s|$)");
    /** web-search syntax's exclusion: a minus at the start of a word ("-wagner"), not inside one ("Jean-Yves"). */
    private static final java.util.regex.Pattern EXCLUDED_WORD = java.util.regex.Pattern.compile("(?:^|\\s)-[^\\s-]");
    // ts_headline marks matches with these two private-use characters, and the snippet is
    // HTML-escaped before they become <mark> tags: the text between tags passes through ts_headline
    // untouched, so an article that contains "<img src=x onerror=…>" would otherwise put it in the
    // snippet of a frontend that renders snippets as HTML to show the marks.
    private static final char MATCH_START = '\uE000';
    private static final char MATCH_END = '\uE001';
    private static final String HEADLINE_OPTIONS = "StartSel=" + MATCH_START + ", StopSel=" + MATCH_END
            + ", MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    @Query("search")
    @Description("Articles and claims matching a full-text query, best first.")
    public @NonNull SearchHitConnection search(
            @NonNull @Size(min = 1, max = 500) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") @Name("query")
            @Description("Words to find (web-search syntax: words, \"a phrase\", -excluded, or). English stemming applies.") String query,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        if (query.isBlank()) {
            throw ApiError.badInput("`query` is empty");
        }
        Page page = Page.of(first, after);
        int offset = page.offset(HITS);

        // A query that excludes words is no name, and adding names to it with OR would bring back what it
        // excludes: "-wagner" found 45 hits about Wagner.
        List<Long> actors = EXCLUDED_WORD.matcher(query).find() ? List.of()
                : ActorLookup.resembledBy(query, MAX_EXPANDED_ACTORS).stream()
                .filter(match -> match.score() >= EXPANSION_SCORE).map(ActorLookup.Match::actorId).toList();
        List<String> names = actors.isEmpty() ? List.of()
                : ActorAlias.forActors(actors).stream().map(alias -> alias.alias).distinct().toList();

        List<NamedTopic> topics = namedTopics(query);

        StringBuilder tsquery = new StringBuilder("websearch_to_tsquery('english', :q)");
        for (int i = 0; i < names.size(); i++) {
            tsquery.append(" || phraseto_tsquery('english', :n").append(i).append(')');
        }
        // Text matches and matches by subject are separate branches, so the text branch can use the
        // full-text index (an OR with the subject condition would make PostgreSQL read every claim).
        String subjectHits = actors.isEmpty() ? ""
                : " UNION SELECT 'CLAIM', c.id, c.article_id, ts_rank_cd(c.search, q.tsq) FROM claim c, q"
                + " WHERE c.rank <> 'DEPRECATED' AND c.id IN (SELECT s.claim_id FROM claim_subject s WHERE s.actor_id IN (:actors))";
        // A claim filed under a topic the query names matches without the topic's word in its text ("Wagner
        // payments": claims on payments that mention Wagner, though none says "payment"). Those the text matches
        // are hits already; the others rank 0, after every hit with all the words — computing a rank for each
        // claim of a topic would cost a second at a million claims.
        StringBuilder topicHits = new StringBuilder();
        for (int i = 0; i < topics.size(); i++) {
            topicHits.append(" UNION SELECT 'CLAIM', c.id, c.article_id, 0::real FROM claim c, q")
                    .append(" WHERE c.rank <> 'DEPRECATED' AND c.id IN (SELECT ct.claim_id FROM claim_topic ct WHERE ct.topic_id = :t")
                    .append(i).append(") AND NOT c.search @@ q.tsq").append(topics.get(i).otherWords().isEmpty() ? ""
                            : " AND c.search @@ plainto_tsquery('simple', :w" + i + ")");
        }
        String hits = "WITH q AS (SELECT " + tsquery + " AS tsq), hits AS ("
                + " SELECT 'ARTICLE' AS kind, a.id, a.id AS article_id, ts_rank_cd(a.search, q.tsq) AS rank"
                + " FROM article a, q WHERE a.search @@ q.tsq"
                + " UNION ALL"
                + " (SELECT 'CLAIM', c.id, c.article_id, ts_rank_cd(c.search, q.tsq)"
                + " FROM claim c, q WHERE c.rank <> 'DEPRECATED' AND c.search @@ q.tsq" + subjectHits + topicHits + "))";

        jakarta.persistence.Query pageQuery = Panache.getEntityManager().createNativeQuery(hits
                + " SELECT h.kind, h.id, h.article_id, h.rank, CASE WHEN h.kind = 'ARTICLE'"
                + " THEN ts_headline('english', a.clean_text, q.tsq, :options)"
                + " ELSE ts_headline('english', c.quote, q.tsq, :options) END"
                + " FROM (SELECT * FROM hits ORDER BY rank DESC, kind, id LIMIT :limit OFFSET :offset) h CROSS JOIN q"
                + " LEFT JOIN article a ON h.kind = 'ARTICLE' AND a.id = h.id"
                + " LEFT JOIN claim c ON h.kind = 'CLAIM' AND c.id = h.id"
                + " ORDER BY h.rank DESC, h.kind, h.id");
        bind(pageQuery, query, names, actors, topics);
        pageQuery.setParameter("options", HEADLINE_OPTIONS).setParameter("limit", page.fetchSize()).setParameter("offset", offset);

        List<SearchHitEdge> edges = new ArrayList<>();
        for (Object result : pageQuery.getResultList()) {
            Object[] row = (Object[]) result;
            SearchHit hit = new SearchHit(SearchHitKind.valueOf((String) row[0]), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).floatValue(), snippetHtml((String) row[4]));
            edges.add(new SearchHitEdge(new Cursor(HITS, offset + edges.size() + 1, hit.id).encode(), hit));
        }
        long total = 0;
        if (page.countTotal()) {
            jakarta.persistence.Query countQuery = Panache.getEntityManager().createNativeQuery(hits + " SELECT count(*) FROM hits");
            bind(countQuery, query, names, actors, topics);
            total = ((Number) countQuery.getSingleResult()).longValue();
        }
        return new SearchHitConnection(edges, page, total, names, topics.stream().map(NamedTopic::name).toList());
    }

    @Name("article")
    @Description("The article that is the hit, or that the claim hit is reported in.")
    public List<@NonNull Article> article(@Source List<SearchHit> hits) {
        return ById.resolve(Article.class, hits, hit -> hit.articleId);
    }

    @Name("claim")
    @Description("The claim, for claim hits; null for article hits.")
    public List<Claim> claim(@Source List<SearchHit> hits) {
        return ById.resolve(Claim.class, hits, hit -> hit.getKind() == SearchHitKind.CLAIM ? hit.id : null);
    }

    /** The headline as HTML: its text escaped, the matches in {@code <mark>} tags. */
    static String snippetHtml(String headline) {
        StringBuilder html = new StringBuilder(headline.length() + 32);
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case MATCH_START -> html.append("<mark>");
                case MATCH_END -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /** A topic whose every word the query has, and the query's other words (stemmed), if any. */
    private record NamedTopic(long id, String name, String otherWords) {
    }

    /**
     * The topics a query of plain words names ("Wagner payments", "military training"): all the words of a
     * topic's slug or of its name are among the query's, compared stemmed. A query with operators — a phrase,
     * an excluded word, "or" — is taken as written.
     */
    private static List<NamedTopic> namedTopics(String query) {
        if (!PLAIN_WORDS.matcher(query).matches() || EXCLUDED_WORD.matcher(query).find() || OR_WORD.matcher(query).find()) {
            return List.of();
        }
        List<NamedTopic> topics = new ArrayList<>();
        for (Object result : Panache.getEntityManager().createNativeQuery("""
                        SELECT t.id, t.name, array_to_string(ARRAY(
                                 SELECT unnest(tsvector_to_array(to_tsvector('english', :q)))
                                 EXCEPT SELECT unnest(tsvector_to_array(to_tsvector('english', replace(t.slug, '-', ' ') || ' ' || t.name)))), ' ')
                        FROM topic t
                        WHERE (numnode(plainto_tsquery('english', replace(t.slug, '-', ' '))) > 0
                               AND to_tsvector('english', :q) @@ plainto_tsquery('english', replace(t.slug, '-', ' ')))
                           OR (numnode(plainto_tsquery('english', t.name)) > 0
                               AND to_tsvector('english', :q) @@ plainto_tsquery('english', t.name))
                        ORDER BY t.slug
                        """).setParameter("q", query).getResultList()) {
            Object[] row = (Object[]) result;
            topics.add(new NamedTopic(((Number) row[0]).longValue(), (String) row[1], (String) row[2]));
        }
        return topics;
    }

    private static void bind(jakarta.persistence.Query query, String text, List<String> names, List<Long> actors,
                             List<NamedTopic> topics) {
        query.setParameter("q", text);
        for (int i = 0; i < topics.size(); i++) {
            query.setParameter("t" + i, topics.get(i).id());
            if (!topics.get(i).otherWords().isEmpty()) {
                query.setParameter("w" + i, topics.get(i).otherWords());
            }
        }
        for (int i = 0; i < names.size(); i++) {
            query.setParameter("n" + i, names.get(i));
        }
        if (!actors.isEmpty()) {
            query.setParameter("actors", actors);
        }
    }
}
