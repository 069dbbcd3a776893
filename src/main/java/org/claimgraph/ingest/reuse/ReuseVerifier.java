package org.claimgraph.ingest.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact comparison of a candidate pair, on two signals:
 * <ol>
 * <li><b>Verbatim</b>: word 5-grams of the new article found in the other one. Their share is the
 * {@link Comparison#containment() containment}; runs of consecutive matching 5-grams at least
 * {@value #MIN_VERBATIM_WORDS} words long become verbatim spans (shorter runs are stock phrases: "in the fight
 * against terrorism").</li>
 * <li><b>Rewritten</b>: sentences aligned by their content stems ({@link ReuseText}). A pair aligns when its
 * stems' Jaccard similarity is at least {@value #SENTENCE_SIMILARITY} and it shares at least
 * {@value #MIN_SHARED_STEMS} stems; each sentence aligns at most once, best pairs first. This is what catches a
 * paragraph rewritten from the same source or translated and rewritten: function words, word order and synonyms
 * change, the names, numbers and key nouns stay.</li>
 * </ol>
 * Aligned pairs then extend to their neighbours, since reuse comes in blocks: the next (or previous) sentence in
 * both texts aligns at the lower bar of {@value #EXTENSION_SIMILARITY} similarity and
 * {@value #EXTENSION_SHARED_STEMS} shared stems. Extensions add to the spans and the share but not to the evidence
 * for a link. Spans that overlap or touch (only whitespace
 * between) in both texts merge into passages.
 *
 * <p>The link rule, {@link #isReuse}: at least {@value #MIN_REUSED_SENTENCES} sentences of the new article lie
 * mostly inside verbatim runs or strictly aligned sentences. One or two similar sentences are what two
 * independent reports of the same statements look like (both quote the minister, both quote the Kremlin); reuse
 * is a pattern of passages. On the corpus the pairs without reuse have at most two such sentences (000 and 002,
 * which quote Le Drian and the Kremlin's spokesman), the reuse pairs four and five.
 */
public final class ReuseVerifier {

    static final int MIN_VERBATIM_WORDS = 8;
    static final double SENTENCE_SIMILARITY = 0.3;
    static final int MIN_SHARED_STEMS = 5;
    static final int MIN_SENTENCE_STEMS = 4;
    static final int MIN_REUSED_SENTENCES = 3;
    static final double EXTENSION_SIMILARITY = 0.2;
    static final int EXTENSION_SHARED_STEMS = 3;
    /** A sentence counts as reused when at least this share of it lies inside spans. */
    private static final double MOSTLY = 0.5;

    /** Compares {@code text} (the new article) with {@code other}. */
    public Comparison compare(String text, String other) {
        return compare(ReuseText.of(text), ReuseText.of(other));
    }

    /** Whether the comparison shows reuse by the link rule above. */
    public boolean isReuse(Comparison comparison) {
        return comparison.reusedSentences() >= MIN_REUSED_SENTENCES;
    }

    Comparison compare(ReuseText text, ReuseText other) {
        List<Span> verbatim = verbatimRuns(text, other);
        List<Pair> pairs = alignedSentences(text, other);
        List<Span> strict = new ArrayList<>(verbatim);
        List<Span> all = new ArrayList<>(verbatim);
        for (Pair pair : pairs) {
            Span span = pair.span(text, other);
            all.add(span);
            if (!pair.extension()) {
                strict.add(span);
            }
        }
        boolean[] verbatimCoverage = coverage(text, verbatim);
        List<Span> merged = new ArrayList<>();
        for (Span span : merge(all, text, other)) {
            merged.add(new Span(span.start(), span.end(), span.otherStart(), span.otherEnd(),
                    isCovered(text.text, verbatimCoverage, span.start(), span.end())));
        }
        int total = text.contentChars(0, text.text.length());
        int covered = countContent(text.text, coverage(text, merged), 0, text.text.length());
        boolean[] strictCoverage = coverage(text, strict);
        int reused = 0;
        for (ReuseText.Sentence sentence : text.sentences) {
            int inside = countContent(text.text, strictCoverage, sentence.start(), sentence.end());
            if (inside > 0 && inside >= MOSTLY * text.contentChars(sentence.start(), sentence.end())) {
                reused++;
            }
        }
        return new Comparison(containment(text, other), total == 0 ? 0 : (double) covered / total, reused, merged);
    }

    /** Which chars of the new text lie inside spans; spans can overlap there when their other ends differ. */
    private static boolean[] coverage(ReuseText text, List<Span> spans) {
        boolean[] inSpan = new boolean[text.text.length()];
        for (Span span : spans) {
            Arrays.fill(inSpan, span.start(), span.end(), true);
        }
        return inSpan;
    }

    /** Whether every letter and digit in {@code [start, end)} is covered: punctuation between copied words does not count. */
    private static boolean isCovered(String text, boolean[] inSpan, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!inSpan[i] && Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int countContent(String text, boolean[] inSpan, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (inSpan[i] && !Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static double containment(ReuseText text, ReuseText other) {
        Set<Long> mine = new HashSet<>();
        for (long shingle : text.shingles) {
            mine.add(shingle);
        }
        if (mine.isEmpty()) {
            return 0;
        }
        Set<Long> theirs = new HashSet<>();
        for (long shingle : other.shingles) {
            theirs.add(shingle);
        }
        long found = mine.stream().filter(theirs::contains).count();
        return (double) found / mine.size();
    }

    /** Maximal runs of consecutive 5-grams that occur in the same order in the other text. */
    private static List<Span> verbatimRuns(ReuseText text, ReuseText other) {
        Map<Long, Integer> firstAt = new HashMap<>();
        for (int j = 0; j < other.shingles.length; j++) {
            firstAt.putIfAbsent(other.shingles[j], j);
        }
        List<Span> runs = new ArrayList<>();
        int i = 0;
        while (i < text.shingles.length) {
            Integer j = firstAt.get(text.shingles[i]);
            if (j == null) {
                i++;
                continue;
            }
            int length = 1;
            while (i + length < text.shingles.length && j + length < other.shingles.length
                    && text.shingles[i + length] == other.shingles[j + length]) {
                length++;
            }
            int lastWord = i + length - 1 + ReuseText.SHINGLE_WORDS - 1;
            if (lastWord - i + 1 >= MIN_VERBATIM_WORDS) {
                int otherLastWord = j + length - 1 + ReuseText.SHINGLE_WORDS - 1;
                runs.add(new Span(text.words.get(i).start(), text.words.get(lastWord).end(),
                        other.words.get(j).start(), other.words.get(otherLastWord).end(), true));
            }
            i += length;
        }
        return runs;
    }

    /** Sentence {@code mine} of the new text aligned with sentence {@code theirs} of the other (list indices). */
    private record Pair(int mine, int theirs, double similarity, boolean extension) {

        Span span(ReuseText text, ReuseText other) {
            ReuseText.Sentence a = text.sentences.get(mine);
            ReuseText.Sentence b = other.sentences.get(theirs);
            return new Span(a.start(), a.end(), b.start(), b.end(), false);
        }
    }

    /**
     * Sentence pairs by content-stem similarity, best first, each sentence used once; then extended: reuse comes
     * in blocks, so the neighbours of an aligned pair (the next sentence in both texts, or the previous, allowing
     * one skipped sentence such as a subheading in the other) align at the lower bar of
     * {@value #EXTENSION_SIMILARITY} similarity and {@value #EXTENSION_SHARED_STEMS} shared stems. Extensions add to
     * the spans and the share, never to the evidence for a link.
     */
    private static List<Pair> alignedSentences(ReuseText text, ReuseText other) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < text.sentences.size(); i++) {
            for (int j = 0; j < other.sentences.size(); j++) {
                double similarity = similarity(text.sentences.get(i), other.sentences.get(j), MIN_SHARED_STEMS);
                if (similarity >= SENTENCE_SIMILARITY) {
                    candidates.add(new Pair(i, j, similarity, false));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        Map<Integer, Integer> partner = new HashMap<>();
        Set<Integer> usedTheirs = new HashSet<>();
        List<Pair> aligned = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!partner.containsKey(pair.mine()) && usedTheirs.add(pair.theirs())) {
                partner.put(pair.mine(), pair.theirs());
                aligned.add(pair);
            }
        }
        for (int next = 0; next < aligned.size(); next++) {
            Pair seed = aligned.get(next);
            for (int direction : new int[] {1, -1}) {
                int mine = seed.mine() + direction;
                if (mine < 0 || mine >= text.sentences.size() || partner.containsKey(mine)) {
                    continue;
                }
                Pair best = null;
                for (int step = 1; step <= 2; step++) {
                    int theirs = seed.theirs() + direction * step;
                    if (theirs < 0 || theirs >= other.sentences.size() || usedTheirs.contains(theirs)) {
                        continue;
                    }
                    double similarity = similarity(text.sentences.get(mine), other.sentences.get(theirs), EXTENSION_SHARED_STEMS);
                    if (similarity >= EXTENSION_SIMILARITY && (best == null || similarity > best.similarity())) {
                        best = new Pair(mine, theirs, similarity, true);
                    }
                }
                if (best != null) {
                    partner.put(best.mine(), best.theirs());
                    usedTheirs.add(best.theirs());
                    aligned.add(best);
                }
            }
        }
        return aligned;
    }

    /** Jaccard similarity of two sentences' stems, or 0 when either is too short or they share fewer than {@code minShared}. */
    private static double similarity(ReuseText.Sentence a, ReuseText.Sentence b, int minShared) {
        if (a.stems().size() < MIN_SENTENCE_STEMS || b.stems().size() < MIN_SENTENCE_STEMS) {
            return 0;
        }
        int shared = 0;
        for (String stem : a.stems()) {
            if (b.stems().contains(stem)) {
                shared++;
            }
        }
        return shared < minShared ? 0 : (double) shared / (a.stems().size() + b.stems().size() - shared);
    }

    /** Merges spans that overlap or touch in both texts; whether a merged span is verbatim is decided afterwards. */
    private static List<Span> merge(List<Span> spans, ReuseText text, ReuseText other) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::otherStart));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && touches(text.text, last.start(), last.end(), span.start(), span.end())
                    && touches(other.text, last.otherStart(), last.otherEnd(), span.otherStart(), span.otherEnd())) {
                merged.set(merged.size() - 1, new Span(Math.min(last.start(), span.start()), Math.max(last.end(), span.end()),
                        Math.min(last.otherStart(), span.otherStart()), Math.max(last.otherEnd(), span.otherEnd()), false));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** Whether two ranges overlap or have only whitespace between them. */
    private static boolean touches(String text, int start, int end, int otherStart, int otherEnd) {
        int gapStart = Math.min(end, otherEnd);
        int gapEnd = Math.max(start, otherStart);
        for (int i = gapStart; i < gapEnd; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
