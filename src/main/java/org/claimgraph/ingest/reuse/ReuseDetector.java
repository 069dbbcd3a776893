package org.claimgraph.ingest.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pipeline stage: a new article's cleaned text in, the earlier articles it reuses passages from out, each with
 * the share of the new text reused and the matching spans.
 *
 * <p>Three steps, so that a query never compares full texts with every stored article:
 * <ol>
 * <li><b>Signatures</b>: each sentence with at least {@value ReuseVerifier#MIN_SENTENCE_STEMS} content stems gets
 * a MinHash signature of its stem set ({@value #BANDS} bands × {@value #ROWS} rows, fixed seed). Sentences, not
 * whole articles, because reuse is partial: an article that rewrites five paragraphs of another shares almost
 * none of its document-level 5-grams (Jaccard 0.003–0.014 on the corpus's reuse pairs), while the rewritten
 * sentences keep half or more of their stems. With 3 rows a band catches sentence pairs of stem similarity 0.5 in
 * 80% of cases, 0.7 in 99%, 0.2 in 9%: a reuse of three or more sentences is all but certain to surface.</li>
 * <li><b>Candidates</b>: the articles sharing band keys with the new one, through {@link LshIndex} (or the same
 * keys in a database table), the {@value #MAX_CANDIDATES} with most shared keys.</li>
 * <li><b>Verification</b>: {@link ReuseVerifier} on each candidate; those passing its rule become links.</li>
 * </ol>
 *
 * <p>This in-memory detector keeps every added text; a database-backed one stores {@link #bandKeys} per article
 * and loads candidate texts on demand. Not thread-safe.
 */
public final class ReuseDetector {

    static final int BANDS = 12;
    static final int ROWS = 3;
    /** Fixed forever: changing it changes every band key, and stored keys would stop matching new ones. */
    static final long SEED = 0x636c61696d677261L;
    static final int MAX_CANDIDATES = 50;

    private final MinHasher hasher = new MinHasher(BANDS, ROWS, SEED);
    private final ReuseVerifier verifier = new ReuseVerifier();
    private final LshIndex index = new LshIndex();
    private final Map<Long, String> texts = new HashMap<>();

    /** The band keys of every signed sentence of {@code text}, without repeats: what to store per article. */
    public List<String> bandKeys(String text) {
        return bandKeys(ReuseText.of(text));
    }

    /** The MinHash signature of each sentence that is signed (enough content stems), in text order. */
    public List<MinHashSignature> signatures(String text) {
        return signatures(ReuseText.of(text));
    }

    private List<MinHashSignature> signatures(ReuseText text) {
        List<MinHashSignature> signatures = new ArrayList<>();
        for (ReuseText.Sentence sentence : text.sentences) {
            if (sentence.stems().size() >= ReuseVerifier.MIN_SENTENCE_STEMS) {
                signatures.add(hasher.sign(sentence.stems()));
            }
        }
        return signatures;
    }

    private List<String> bandKeys(ReuseText text) {
        Set<String> keys = new LinkedHashSet<>();
        signatures(text).forEach(signature -> keys.addAll(signature.bandKeys()));
        return List.copyOf(keys);
    }

    /** Adds an article to the index, so that later queries can find it; each id once. */
    public void add(long articleId, String text) {
        Objects.requireNonNull(text, "text");
        if (texts.putIfAbsent(articleId, text) != null) {
            throw new IllegalArgumentException("article " + articleId + " is already indexed");
        }
        index.add(articleId, bandKeys(text));
    }

    /** The indexed articles {@code text} reuses, largest share first. Does not add {@code text}. */
    public List<ReuseLink> find(String text) {
        Objects.requireNonNull(text, "text");
        ReuseText analysed = ReuseText.of(text);
        List<ReuseLink> links = new ArrayList<>();
        index.candidates(bandKeys(analysed)).entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .forEach(candidate -> {
                    Comparison comparison = verifier.compare(analysed, ReuseText.of(texts.get(candidate.getKey())));
                    if (verifier.isReuse(comparison)) {
                        links.add(new ReuseLink(candidate.getKey(), comparison.share(), comparison.spans()));
                    }
                });
        links.sort(Comparator.comparingDouble(ReuseLink::share).reversed().thenComparingLong(ReuseLink::otherArticleId));
        return links;
    }
}
