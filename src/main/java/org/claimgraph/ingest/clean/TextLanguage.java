package org.claimgraph.ingest.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a plain text reads as, told by its commonest words. A pasted article states no language, and
 * without one the `language` filter left it out. Only answers when the text is long enough and one language
 * clearly leads: a wrong language is worse than none.
 */
public final class TextLanguage {

    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "for", "with", "was", "said", "it", "are", "from",
                    "have", "has", "this", "be", "at", "which", "were", "not", "by", "an", "they", "would"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "qui", "pour", "pas", "sur", "au",
                    "avec", "ce", "il", "sont", "aux", "ont", "été", "mais", "cette", "selon", "ses"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "ein", "eine", "den", "dem", "von", "zu",
                    "sich", "auf", "für", "auch", "im", "dass", "wurde", "sind", "nach", "bei", "sagte"),
            "es", Set.of("el", "los", "las", "del", "y", "que", "es", "por", "con", "una", "para", "se", "al", "como",
                    "más", "pero", "su", "fue", "este", "sus", "según", "entre"),
            "it", Set.of("il", "di", "che", "e", "per", "un", "della", "non", "sono", "gli", "nel", "alla", "ha", "è",
                    "dei", "anche", "delle", "secondo", "stato"),
            "pt", Set.of("o", "os", "do", "da", "dos", "das", "que", "em", "um", "uma", "para", "com", "não", "mais",
                    "foi", "são", "ao", "na", "no", "segundo", "disse"),
            "nl", Set.of("de", "het", "een", "en", "van", "dat", "op", "te", "zijn", "met", "voor", "niet", "die",
                    "er", "aan", "ook", "bij", "werd", "heeft", "volgens"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "о", "к", "за", "от", "для", "но",
                    "был", "была", "было", "он", "она", "также"));
    // Letters joined to digits by hyphens or underscores ("e95d9fa5-ce12-488a", "de-e1-a2e") are an identifier,
    // not words: the hex letters of one UUID in a headline read as Italian "e" and Dutch "de" and left a French
    // article with no language
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-_][\\p{L}\\p{N}]+)*");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern HYPHEN = Pattern.compile("[-_]");
    private static final int MIN_WORDS = 30;

    private TextLanguage() {
    }

    /** The language code ("en", "fr", …) of {@code text}, or null when it is too short or no language leads. */
    public static String of(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        Matcher token = TOKEN.matcher(text);
        while (token.find() && words < 5_000) {
            if (DIGIT.matcher(token.group()).find()) {
                continue;
            }
            for (String part : HYPHEN.split(token.group())) {
                words++;
                String w = part.toLowerCase(Locale.ROOT);
                COMMON_WORDS.forEach((language, common) -> {
                    if (common.contains(w)) {
                        hits.merge(language, 1, Integer::sum);
                    }
                });
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > first) {
                second = first;
                first = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > second) {
                second = entry.getValue();
            }
        }
        // News prose in any of these languages has a fifth to a half of its words among them; a list of names
        // or a table has few
        return first * 8 >= words && first >= 2 * second ? best : null;
    }
}
