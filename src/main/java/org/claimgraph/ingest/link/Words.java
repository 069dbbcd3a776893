package org.claimgraph.ingest.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splitting text into {@link Word}s and the comparison form of names. */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h]+");

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isWordPart(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(new Word(start, i, text.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(new Word(start, text.length(), text.substring(start)));
        }
        return words;
    }

    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The form names are compared in: lower case, accents stripped ("Sergueï Choïgou" → "serguei choigou"). A
     * precomposed accented letter becomes one letter, so lengths and offsets stay comparable.
     */
    static String normalise(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The comparison words of a name: its words, normalised. */
    static List<String> normalisedWords(String name) {
        return of(normalise(name)).stream().map(Word::text).toList();
    }

    /** Runs of horizontal whitespace (spaces, tabs, no-break spaces) as one space, so layout does not block a match. */
    static String squeezeSpaces(String text) {
        return HORIZONTAL_SPACE.matcher(text).replaceAll(" ");
    }
}
