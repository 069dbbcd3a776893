package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimgraph.article.Article;
import org.claimgraph.ingest.reuse.Comparison;
import org.claimgraph.ingest.reuse.ReuseDetector;
import org.claimgraph.ingest.reuse.ReuseVerifier;
import org.claimgraph.ingest.reuse.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text reuse in the database: each article's LSH band keys in article_band, and for a new or
 * changed article the links to the articles it shares passages with in article_reuse. Only the
 * articles sharing band keys with it are compared (at most {@value #MAX_CANDIDATES}), so the work
 * per article does not grow with the number of stored articles.
 */
@ApplicationScoped
public class ReuseIndex {

    /** Recorded on every link it makes; bump with any change to how reuse is found. */
    public static final String DETECTOR = "claimgraph-reuse/1.0";
    static final int MAX_CANDIDATES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReuseVerifier verifier = new ReuseVerifier();

    /** Replaces the article's band keys and reuse links (both directions); returns how many articles it is linked to. */
    public int refresh(Article article) {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("DELETE FROM article_reuse WHERE article_id = :id OR other_article_id = :id")
                .setParameter("id", article.id).executeUpdate();
        em.createNativeQuery("DELETE FROM article_band WHERE article_id = :id").setParameter("id", article.id).executeUpdate();
        List<String> keys = new ReuseDetector().bandKeys(article.text);
        if (keys.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("INSERT INTO article_band (band_key, article_id) SELECT unnest(CAST(:keys AS text[])), :id "
                        + "ON CONFLICT DO NOTHING")
                .setParameter("keys", keys.toArray(String[]::new)).setParameter("id", article.id).executeUpdate();
        List<?> candidates = em.createNativeQuery("SELECT article_id FROM article_band WHERE band_key = ANY(CAST(:keys AS text[])) "
                        + "AND article_id <> :id GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT :limit")
                .setParameter("keys", keys.toArray(String[]::new)).setParameter("id", article.id)
                .setParameter("limit", MAX_CANDIDATES).getResultList();
        if (candidates.isEmpty()) {
            return 0;
        }
        List<Long> ids = candidates.stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, String> texts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, clean_text FROM article WHERE id IN (:ids)")
                .setParameter("ids", ids).getResultList()) {
            Object[] columns = (Object[]) row;
            texts.put(((Number) columns[0]).longValue(), (String) columns[1]);
        }
        int linked = 0;
        for (long other : ids) {
            String otherText = texts.get(other);
            Comparison forward = verifier.compare(article.text, otherText);
            Comparison backward = verifier.compare(otherText, article.text);
            if (!verifier.isReuse(forward) && !verifier.isReuse(backward)) {
                continue;
            }
            insert(em, article.id, other, forward, article.text, otherText);
            insert(em, other, article.id, backward, otherText, article.text);
            linked++;
        }
        return linked;
    }

    /**
     * Links each claim of {@code article} to the claims of the articles it shares passages with that quote the
     * same words (case, punctuation and spacing aside) as REPEATS, from the new claim to the stored one. Returns
     * how many of its claims repeat one.
     */
    public int linkRepeatedClaims(Article article) {
        return ((Number) Panache.getEntityManager().createNativeQuery("""
                        WITH repeated AS (
                            INSERT INTO claim_relation (from_claim_id, to_claim_id, type, asserted_by, note)
                            SELECT DISTINCT n.id, o.id, 'REPEATS', :by, 'the same quoted words, in an article it shares passages with'
                              FROM claim n
                              JOIN article_reuse r ON r.article_id = n.article_id
                              JOIN claim o ON o.article_id = r.other_article_id
                             WHERE n.article_id = :id
                               AND regexp_replace(lower(n.quote), '[^[:alnum:]]+', ' ', 'g')
                                 = regexp_replace(lower(o.quote), '[^[:alnum:]]+', ' ', 'g')
                            ON CONFLICT DO NOTHING
                            RETURNING from_claim_id)
                        SELECT count(DISTINCT from_claim_id) FROM repeated
                        """)
                .setParameter("id", article.id).setParameter("by", DETECTOR).getSingleResult()).intValue();
    }

    private static void insert(EntityManager em, long articleId, long otherId, Comparison comparison, String text,
                               String otherText) {
        if (comparison.share() <= 0) {
            return;
        }
        em.createNativeQuery("INSERT INTO article_reuse (article_id, other_article_id, share, spans, detected_by) "
                        + "VALUES (:a, :o, :share, CAST(:spans AS jsonb), :by)")
                .setParameter("a", articleId).setParameter("o", otherId)
                .setParameter("share", (float) Math.min(1.0, comparison.share()))
                .setParameter("spans", spansJson(comparison.spans(), text, otherText))
                .setParameter("by", DETECTOR).executeUpdate();
    }

    /** Spans with code-point offsets, like every other offset the API gives. */
    private static String spansJson(List<Span> spans, String text, String otherText) {
        List<Map<String, Object>> rows = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("start", text.codePointCount(0, span.start()));
            row.put("end", text.codePointCount(0, span.end()));
            row.put("otherStart", otherText.codePointCount(0, span.otherStart()));
            row.put("otherEnd", otherText.codePointCount(0, span.otherEnd()));
            row.put("verbatim", span.verbatim());
            rows.add(row);
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
