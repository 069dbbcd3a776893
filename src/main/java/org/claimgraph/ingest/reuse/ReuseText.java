package org.claimgraph.ingest.reuse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cleaned text analysed for reuse detection: its words in normalised form (lower case, no accents) with their
 * offsets, hashes of its word 5-grams (shingles), and its sentences with their content stems.
 *
 * <p>A content stem is a word that is not a {@link #STOPWORDS stopword}, cut to its first
 * {@value #STEM_LENGTH} letters ("diplomatic", "diplomats" → "diplo"; "Russia", "Russian" → "russi"). Prefix
 * truncation is a crude but language-neutral stemmer; what matters here is that a rewritten sentence keeps most
 * of its content stems while its function words, word order and inflections change.
 */
final class ReuseText {

    record Word(int start, int end, String text) {
    }

    record Sentence(int start, int end, Set<String> stems) {
    }

    static final int SHINGLE_WORDS = 5;
    static final int STEM_LENGTH = 5;

    /** English function words and the reporting verbs every news story uses: shared by any two texts, proof of nothing. */
    static final Set<String> STOPWORDS = Arrays.stream("""
            a about above after again against all also am an and any are as at be because been before being below
            between both but by can could did do does doing down during each even ever every few for from further
            had has have having he her here hers herself him himself his how however i if in into is it its itself
            just me more most much must my no nor not now of off on once only or other our ours out over own per
            same she should since so some such than that the their theirs them themselves then there these they
            this those through thus to too under until up upon us very was we were what when where whether which
            while who whom whose why will with within without would yet you your s t d ll re ve m
            said says say saying told tell according added adding stated reported""".split("\\s+"))
            .filter(word -> !word.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String SENTENCE_END = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«(";

    final String text;
    final List<Word> words;
    /** {@code shingles[i]}: hash of the five words starting at word i. */
    final long[] shingles;
    final List<Sentence> sentences;

    private ReuseText(String text) {
        this.text = text;
        words = words(text);
        shingles = shingles(words);
        sentences = sentences(text, words);
    }

    static ReuseText of(String text) {
        return new ReuseText(text);
    }

    /** Non-whitespace chars in {@code [start, end)}: the unit of {@link ReuseLink#share()}. */
    int contentChars(int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean part = i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                    || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK);
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                words.add(new Word(start, i, normalise(text.substring(start, i))));
                start = -1;
            }
        }
        return words;
    }

    static String normalise(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static long[] shingles(List<Word> words) {
        long[] wordHashes = words.stream().mapToLong(word -> MinHasher.hash(word.text())).toArray();
        long[] shingles = new long[Math.max(0, words.size() - SHINGLE_WORDS + 1)];
        for (int i = 0; i < shingles.length; i++) {
            long hash = 0;
            for (int k = 0; k < SHINGLE_WORDS; k++) {
                hash = MinHasher.mix(hash ^ wordHashes[i + k]);
            }
            shingles[i] = hash;
        }
        return shingles;
    }

    /**
     * Sentences: each line is a paragraph, split after a full stop, question or exclamation mark (and any closing
     * quote) that is followed by a space and a capital, a digit or an opening quote. Abbreviations may split a
     * sentence in two, which only makes alignment finer.
     */
    private static List<Sentence> sentences(String text, List<Word> words) {
        List<Sentence> sentences = new ArrayList<>();
        int w = 0;
        for (int[] bounds : sentenceBounds(text)) {
            while (w < words.size() && words.get(w).start() < bounds[0]) {
                w++;
            }
            Set<String> stems = new LinkedHashSet<>();
            for (; w < words.size() && words.get(w).end() <= bounds[1]; w++) {
                String word = words.get(w).text();
                if (!STOPWORDS.contains(word)) {
                    stems.add(word.length() > STEM_LENGTH ? word.substring(0, STEM_LENGTH) : word);
                }
            }
            sentences.add(new Sentence(bounds[0], bounds[1], stems));
        }
        return sentences;
    }

    private static List<int[]> sentenceBounds(String text) {
        List<int[]> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = lineStart;
            for (int i = lineStart; i < lineEnd; i++) {
                if (SENTENCE_END.indexOf(text.charAt(i)) < 0) {
                    continue;
                }
                int end = i + 1;
                while (end < lineEnd && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                int next = end;
                while (next < lineEnd && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next > end && next < lineEnd && startsSentence(text.charAt(next))) {
                    addSentence(text, start, end, sentences);
                    start = next;
                    i = next - 1;
                }
            }
            addSentence(text, start, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private static void addSentence(String text, int start, int end, List<int[]> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new int[] {start, end});
        }
    }
}
