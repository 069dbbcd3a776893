package org.claimgraph.ingest.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers as news prose writes them: digits with thousands separators ("1,000", "10.8"), number words ("nine",
 * "twenty-five"), scale words ("6 billion", "a thousand", "two hundred thousand") and vague plurals ("several
 * hundred", "thousands"), which only give a lower bound.
 */
final class Figures {

    /** A parsed number; {@code lowerOnly} when the words give a minimum, not a figure ("several hundred"). */
    record Figure(BigDecimal value, boolean lowerOnly) {
    }

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String WORD_NUMBER = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + UNITS
            + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNITS;
    private static final String SCALE = "hundred|thousand|million|billion|trillion";
    /**
     * Thousands separated by commas or spaces ("1 000", no decimals then), a decimal point, or — before a scale
     * word only — a decimal comma as
     * French and Italian write it and their translations keep ("1,5 million": one and a half million,
     * not 5 million after a stray "1,").
     */
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\h\\d{3})+(?![\\d.,])"
            + "|\\d{1,3},\\d{1,2}(?=\\h+(?:" + SCALE + ")\\b)|\\d+(?:\\.\\d+)?";
    /** A space, no-break space or thin space between digit groups, as French and SI style write "1 000". */
    private static final Pattern GROUP_SPACE = Pattern.compile("(?<=\\d)\\h(?=\\d{3}(?!\\d))");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3},\\d{1,2}");

    /**
     * A number phrase (use case-insensitively, inside word boundaries). "a"/"an" only count before a scale word,
     * and plural scales ("thousands") only stand alone.
     */
    static final String NUMBER = "(?:(?:an?|several|a\\h+few)\\h+(?:dozen|" + SCALE + ")(?:\\h+(?:" + SCALE + "))*"
            + "|(?:" + DIGITS + "|" + WORD_NUMBER + ")(?:\\h+(?:dozen|" + SCALE + "))*"
            + "|dozens|hundreds|thousands|millions|billions)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1));

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "dozen", BigDecimal.valueOf(12), "hundred", BigDecimal.valueOf(100),
            "thousand", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000L), "trillion", BigDecimal.valueOf(1_000_000_000_000L),
            "m", BigDecimal.valueOf(1_000_000), "bn", BigDecimal.valueOf(1_000_000_000L), "k",
            BigDecimal.valueOf(1_000));

    private Figures() {
    }

    /** Parses a phrase that matched {@link #NUMBER}, optionally followed by a glued "m"/"bn"/"k" ("$10.8m"). */
    static Figure parse(String phrase) {
        String[] words = GROUP_SPACE.matcher(phrase).replaceAll("").toLowerCase(Locale.ROOT).trim().split("\\h+");
        int i = 0;
        BigDecimal value;
        boolean lowerOnly = false;
        if (words[0].equals("several") || words[0].equals("a") && words.length > 1 && words[1].equals("few")) {
            // "several hundred": at least two hundred.
            value = BigDecimal.valueOf(2);
            lowerOnly = true;
            i = words[0].equals("a") ? 2 : 1;
        } else if (words.length == 1 && words[0].endsWith("s") && SCALES.containsKey(words[0].substring(0, words[0].length() - 1))) {
            // "thousands (of)": at least two thousand.
            return new Figure(normalise(SCALES.get(words[0].substring(0, words[0].length() - 1)).multiply(BigDecimal.valueOf(2))), true);
        } else {
            value = first(words[0]);
            i = 1;
        }
        for (; i < words.length; i++) {
            BigDecimal scale = SCALES.get(words[i]);
            if (scale != null) {
                value = value.multiply(scale);
            }
        }
        return new Figure(normalise(value), lowerOnly);
    }

    /**
     * The first figure of a range, which may leave its scale to the second: "between 2 and 3 billion" runs from
     * 2 billion, "400 to 600 thousand" from 400 thousand; "500 to 2 thousand" from 500.
     */
    static Figure parseRangeStart(String low, String high) {
        Figure start = parse(low);
        String[] highWords = GROUP_SPACE.matcher(high).replaceAll("").toLowerCase(Locale.ROOT).trim().split("\\h+");
        boolean lowHasScale = GROUP_SPACE.matcher(low).replaceAll("").trim().split("\\h+").length > 1
                || low.matches("(?i).*\\d(?:bn|m|k)");
        if (lowHasScale || start.lowerOnly()) {
            return start;
        }
        Figure highLead = parse(highWords[0].replaceAll("(?<=\\d)(?:bn|m|k)$", ""));
        Figure highValue = parse(high);
        if (highLead.value().signum() > 0 && start.value().compareTo(highLead.value()) < 0) {
            BigDecimal scale = highValue.value().divide(highLead.value(), MathContext.DECIMAL64);
            return new Figure(normalise(start.value().multiply(scale)), false);
        }
        return start;
    }

    private static BigDecimal first(String word) {
        String w = word;
        BigDecimal glued = BigDecimal.ONE;
        for (String suffix : new String[]{"bn", "m", "k"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() && Character.isDigit(w.charAt(w.length() - suffix.length() - 1))) {
                glued = SCALES.get(suffix);
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (Character.isDigit(w.charAt(0))) {
            String digits = DECIMAL_COMMA.matcher(w).matches() ? w.replace(',', '.') : w.replace(",", "");
            return new BigDecimal(digits).multiply(glued);
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            return BigDecimal.valueOf(WORDS.get(w.substring(0, dash)) + WORDS.get(w.substring(dash + 1)));
        }
        return BigDecimal.valueOf(WORDS.get(w));
    }

    /** 10.8 × 1,000,000 is 10800000.0; figures compare and print as plain integers where they are integers. */
    static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
