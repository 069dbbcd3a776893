package org.claimgraph.ingest.sentences;

import org.claimgraph.ingest.clean.WireDateline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits cleaned text into sentences with their char offsets.
 *
 * <p>A line break always ends a sentence: the cleaner puts one paragraph on each line, and headings sit on lines of
 * their own. Inside a line a sentence ends at {@code . ! ? …} (runs such as {@code ?!} or {@code ...} included) plus
 * any closing quotes and brackets, when the next word starts like a sentence (capital, digit, opening quote). The
 * exceptions are the usual ones of news prose: decimals ("10.8"), initials ("R."), titles and other abbreviations
 * ("Mr.", "Gen.", "Sept."), and dotted acronyms ("U.S.") unless a word that typically opens a sentence follows.
 * Text converted from HTML often glues sentences ("independence.In this context", {@code agreement."This}), so a
 * period between a lower-case word and a capitalised word, or an opening quote, also ends a sentence.
 *
 * <p>A wire dateline opening a paragraph ("BAMAKO, Sept 15 (Reuters) - ") belongs to no sentence.
 *
 * <p>Double quotes are tracked by parity within the line, because straight quotes ({@code "}) do not say whether
 * they open or close: a quote mark after a terminator belongs to the sentence when it closes an open quotation.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov",
            "sen", "rep", "rev", "st", "jr", "sr", "hon", "pres", "amb", "messrs", "mme", "mlle", "no", "nos", "vs",
            "v", "inc", "ltd", "co", "corp", "approx", "dept", "est", "fig", "cf", "al", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave");

    /** Words that open a sentence after a dotted acronym ("… in the U.S. The talks …"). */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those",
            "but", "and", "however", "there", "his", "her", "their", "its", "our", "after", "before", "since", "when",
            "while", "if", "as", "according", "for", "many", "some", "no", "one", "two", "three", "four", "five");

    /** Splits {@code text}; blank text gives no sentence. */
    public List<Sentence> split(String text) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int lineStart, int lineEnd, List<Sentence> out) {
        WireDateline dateline = WireDateline.at(text, lineStart, lineEnd);
        int start = dateline == null ? lineStart : lineStart + dateline.length();
        int quotes = 0;
        for (int i = start; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (isDoubleQuote(c)) {
                quotes++;
                continue;
            }
            if (!isTerminator(c) || (c == '.' && !periodEnds(text, lineStart, i, lineEnd))) {
                continue;
            }
            int j = i + 1;
            while (j < lineEnd && isTerminator(text.charAt(j))) {
                j++;
            }
            int quotesAtJ = quotes;
            // Closing marks glued to the terminator, or one space away ("now. ”"): a double quote only when it
            // closes an open quotation.
            while (j < lineEnd) {
                char d = text.charAt(j);
                if (isDoubleQuote(d) && quotesAtJ % 2 == 1) {
                    quotesAtJ++;
                    j++;
                } else if (d == ')' || d == ']' || d == '’' && (j + 1 == lineEnd || !Character.isLetter(text.charAt(j + 1)))) {
                    j++;
                } else if (d == ' ' && j + 1 < lineEnd && isDoubleQuote(text.charAt(j + 1)) && quotesAtJ % 2 == 1
                        && (j + 2 == lineEnd || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                    quotesAtJ++;
                    j += 2;
                } else {
                    break;
                }
            }
            if (endsHere(text, i, j, lineEnd, c)) {
                add(text, start, j, out);
                start = j;
                quotes = quotesAtJ;
                i = j - 1;
            }
        }
        add(text, start, lineEnd, out);
    }

    /** Whether the terminator at {@code at}, with its closers up to {@code j}, ends a sentence. */
    private static boolean endsHere(String text, int at, int j, int lineEnd, char terminator) {
        if (j >= lineEnd) {
            return true;
        }
        char next = text.charAt(j);
        if (Character.isWhitespace(next)) {
            int k = j;
            while (k < lineEnd && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= lineEnd || !opensSentence(text.charAt(k))) {
                return false;
            }
            return terminator != '.' || !isDottedAcronym(text, at) || SENTENCE_OPENERS.contains(word(text, k, lineEnd));
        }
        // Glued sentences: only a full stop after a lower-case word, before a capitalised word or an opening quote.
        if (terminator != '.' || j != at + 1 || at == 0 || !Character.isLowerCase(text.charAt(at - 1))) {
            return false;
        }
        if (isDoubleQuote(next)) {
            return j + 1 < lineEnd && Character.isUpperCase(text.charAt(j + 1));
        }
        return Character.isUpperCase(next) && j + 1 < lineEnd && Character.isLowerCase(text.charAt(j + 1));
    }

    /** False for a decimal point, an initial or an abbreviation. */
    private static boolean periodEnds(String text, int lineStart, int at, int lineEnd) {
        if (at > lineStart && at + 1 < lineEnd && Character.isDigit(text.charAt(at - 1))
                && Character.isDigit(text.charAt(at + 1))) {
            return false;
        }
        int tokenStart = at;
        while (tokenStart > lineStart && (Character.isLetter(text.charAt(tokenStart - 1))
                || text.charAt(tokenStart - 1) == '.')) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, at);
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        return !ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** "U.S." or "e.g.": letters with inner periods before the one at {@code at}. */
    private static boolean isDottedAcronym(String text, int at) {
        return at >= 2 && text.charAt(at - 2) == '.' && Character.isLetter(text.charAt(at - 1));
    }

    private static String word(String text, int from, int lineEnd) {
        int end = from;
        while (end < lineEnd && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || isDoubleQuote(c) || c == '‘' || c == '\''
                || c == '(' || c == '[' || c == '¿' || c == '¡' || c == '…' || Character.isTitleCase(c);
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    /** Adds the trimmed span; a span with no letter or digit (a stray quote mark) joins the previous sentence. */
    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        if (text.substring(start, end).chars().noneMatch(Character::isLetterOrDigit)) {
            if (!out.isEmpty() && text.lastIndexOf('\n', end - 1) < out.get(out.size() - 1).start()) {
                Sentence last = out.remove(out.size() - 1);
                out.add(new Sentence(text.substring(last.start(), end), last.start(), end));
            }
            return;
        }
        out.add(new Sentence(text.substring(start, end), start, end));
    }
}
