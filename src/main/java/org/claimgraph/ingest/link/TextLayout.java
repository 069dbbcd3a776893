package org.claimgraph.ingest.link;

import java.util.List;

/**
 * Where each word of a cleaned text stands: at the start of a sentence (where capitals say nothing about names)
 * or in a heading (title case everywhere).
 */
final class TextLayout {

    /** A line this short without closing punctuation is a title or a section heading, not a sentence. */
    private static final int HEADING_MAX_WORDS = 12;
    private static final String SENTENCE_END = ".!?:;…";
    private static final String QUOTES_AND_BRACKETS = "\"'“”‘’«»()[]";
    /** Straight double quotes open as often as they close; a word right after one is treated as opening a quote. */
    private static final String OPENING_QUOTES = "\"“‘«";

    private final boolean[] sentenceInitial;
    private final boolean[] inHeading;

    TextLayout(String text, List<Word> words) {
        sentenceInitial = new boolean[words.size()];
        inHeading = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            sentenceInitial[i] = startsSentence(text, words.get(i).start());
        }
        int first = 0;
        while (first < words.size()) {
            int lineEnd = text.indexOf('\n', words.get(first).start());
            int end = lineEnd < 0 ? text.length() : lineEnd;
            int last = first;
            while (last + 1 < words.size() && words.get(last + 1).start() < end) {
                last++;
            }
            boolean heading = last - first + 1 <= HEADING_MAX_WORDS && !endsLikeSentence(text, words.get(first).start(), end);
            for (int w = first; w <= last; w++) {
                inHeading[w] = heading;
            }
            first = last + 1;
        }
    }

    boolean sentenceInitial(int word) {
        return sentenceInitial[word];
    }

    boolean inHeading(int word) {
        return inHeading[word];
    }

    /**
     * Looks back over spaces, quotes and brackets: a line start, a sentence end or an opening quote before the word
     * starts a sentence (a quotation starts one of its own: “Given the situation…”).
     */
    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) != '\n'
                && (Character.isWhitespace(text.charAt(i)) || QUOTES_AND_BRACKETS.indexOf(text.charAt(i)) >= 0)) {
            if (OPENING_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || SENTENCE_END.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean endsLikeSentence(String text, int lineStart, int lineEnd) {
        int i = lineEnd - 1;
        while (i > lineStart && (Character.isWhitespace(text.charAt(i)) || QUOTES_AND_BRACKETS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return SENTENCE_END.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == ',';
    }
}
