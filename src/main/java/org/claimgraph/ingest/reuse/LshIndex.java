package org.claimgraph.ingest.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * In-memory LSH index: band key → the articles that have it. The in-memory twin of a database table
 * {@code (band_key, article_id)} with an index on {@code band_key}. Not thread-safe.
 */
public final class LshIndex {

    private final Map<String, List<Long>> articlesByKey = new HashMap<>();

    /** Indexes an article's band keys; a key the article already has is not counted twice. */
    public void add(long articleId, Collection<String> bandKeys) {
        for (String key : new LinkedHashSet<>(bandKeys)) {
            List<Long> articles = articlesByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!articles.contains(articleId)) {
                articles.add(articleId);
            }
        }
    }

    /** Article → how many distinct keys it shares with {@code bandKeys}: more shared keys, likelier reuse. */
    public Map<Long, Integer> candidates(Collection<String> bandKeys) {
        Map<Long, Integer> hits = new HashMap<>();
        for (String key : new LinkedHashSet<>(bandKeys)) {
            for (long article : articlesByKey.getOrDefault(key, List.of())) {
                hits.merge(article, 1, Integer::sum);
            }
        }
        return hits;
    }
}
