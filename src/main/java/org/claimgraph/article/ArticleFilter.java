package org.claimgraph.article;

import jakarta.validation.constraints.Pattern;
import org.claimgraph.graphql.NameOrId;
import jakarta.validation.constraints.Size;
import org.claimgraph.actor.ActorLookup;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.graphql.BatchedPages;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

@Input("ArticleFilter")
@Description("Which articles to include. Every field is optional; the fields given must all hold (AND).")
public class ArticleFilter {

    @NameOrId
    @Description("The outlet that published the article: its actor id or any of its names or aliases (misspellings "
            + "tolerated). An unknown name is a NOT_FOUND error.")
    public String outlet;

    @NameOrId
    @Description("An actor the article names (by any of its aliases): its id or any of its names — misspellings are "
            + "tolerated. An unknown name is a NOT_FOUND error.")
    public String mentions;

    @Size(min = 1, max = 2000)
    @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    @Description("The URL the article was stored under, exactly (surrounding spaces ignored).")
    public String url;

    @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]+)*", message = "must be a language code such as `en`")
    @Description("Language code: `en` includes regional variants such as `en-GB`; `en-GB` only that one.")
    public String language;

    @Description("Articles published on this date or later; undated articles are left out.")
    public LocalDate from;

    @Description("Articles published on this date or earlier; undated articles are left out.")
    public LocalDate to;

    @Description("true: only articles that share passages with another article (see `reuses`); false: only those "
            + "that share none.")
    public Boolean reusing;

    /** The conditions on the article table (alias {@code x}), with names resolved to ids first. */
    BatchedPages applyTo(BatchedPages lists) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (outlet != null) {
            sql.append(" AND x.outlet_id = :a_outlet");
            parameters.put("a_outlet", ActorLookup.require(outlet, "outlet"));
        }
        if (mentions != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM mention a_m WHERE a_m.actor_id = :a_mentions AND a_m.article_id = x.id)");
            parameters.put("a_mentions", ActorLookup.require(mentions, "actor"));
        }
        if (url != null) {
            sql.append(" AND x.url = :a_url");
            parameters.put("a_url", url.strip());
        }
        if (language != null) {
            sql.append(" AND (lower(x.language) = lower(:a_language) OR lower(x.language) LIKE lower(:a_language) || '-%')");
            parameters.put("a_language", language);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badInput("`from` (" + from + ") is after `to` (" + to + ")");
        }
        if (from != null) {
            sql.append(" AND x.published_on >= :a_from");
            parameters.put("a_from", from);
        }
        if (to != null) {
            sql.append(" AND x.published_on <= :a_to");
            parameters.put("a_to", to);
        }
        if (reusing != null) {
            sql.append(reusing ? " AND" : " AND NOT").append(" EXISTS (SELECT 1 FROM article_reuse a_r WHERE a_r.article_id = x.id)");
        }
        return lists.where(sql.toString(), parameters);
    }
}
