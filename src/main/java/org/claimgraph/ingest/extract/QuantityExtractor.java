package org.claimgraph.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.claim.Period;
import org.claimgraph.claim.QuantityKind;
import org.claimgraph.claim.UsdRates;

/**
 * Finds money amounts and counts of people or things in a text.
 *
 * <p><b>Money</b> needs a currency: a sign or code before the figure ({@code $, US$, €, £, ₽, USD, EUR, CFA}) or a
 * currency name after it ("dollars", "euros", "CFA francs", "pounds", "roubles"). Plain "dollars" are US dollars and
 * "CFA francs" are West African (XOF), the franc used in the Sahel. A period ("a month", "per year", "each month",
 * "monthly", "annually") may follow, also after a bracketed conversion ("6 billion CFA francs ($10.8 million) each
 * month" gives both amounts the period), or "monthly"/"annual" may come a few words before.
 *
 * <p><b>Counts</b> are a figure followed, within two modifiers, by a plural noun ("1,000 mercenaries", "3,000
 * Kalashnikov weapons", "43 African heads of state", "a thousand Russian paramilitaries"), plus "N-strong" forces and
 * "a coup twice". Not counts: durations and measures ("two years"), the people a claim is attributed to ("four
 * sources", "seven officials": they count sources, not a fact), numbers after a determiner ("the two countries",
 * "our two countries" refer to things already named, they do not count them), "one", years and days of months.
 *
 * <p><b>Hedges</b>: "about/approximately/around/nearly" keep only the amount; "at least/more than/over" add a lower
 * bound, "up to/at most/fewer than/less than" an upper bound; "A or (even) B", "A to B" and "between A and B" give
 * both bounds, with B as the amount. See {@link ExtractedQuantity} for why the amount is always filled in.
 */
public final class QuantityExtractor {

    private static final String NUMBER = Figures.NUMBER;
    private static final String QUALIFIER = "(?<qual>about|approximately|around|roughly|some|nearly|almost|close\\h+to"
            + "|an\\h+estimated|at\\h+least|more\\h+than|over|upwards\\h+of|in\\h+excess\\h+of|no\\h+less\\h+than"
            + "|up\\h+to|at\\h+most|less\\h+than|fewer\\h+than|under|no\\h+more\\h+than|as\\h+(?:much|many)\\h+as)\\h+";

    private static final String CURRENCY_SIGN = "US\\$|\\$|USD|€|EUR|£|GBP|₽|RUB|F?CFA|XOF|XAF";
    private static final String PREFIX = "(?<pre>" + CURRENCY_SIGN + ")";
    // "US dollars" and "U.S. dollars"; a sign after the figure as European usage writes it ("9 million €")
    private static final String SUFFIX = "(?<suf>(?:U\\.?S\\.?\\h+)?dollars?|euros?|pounds?(?:\\h+sterling)?|roubles?|rubles?"
            + "|(?:CFA|FCFA)\\h+francs?|francs?\\h+CFA|FCFA|XOF|XAF|USD|EUR|GBP|RUB|€|£|₽)";
    /** Between the two figures of a range: "2 and 3 billion", "$2 million to $3 million", "2-3 million". */
    private static final String RANGE_JOIN = "(?:\\h+(?:and|to)\\h+|\\h*[-–]\\h*)";
    private static final Pattern MONEY = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:" + QUALIFIER + ")?(?:between\\h+)?(?:"
            + PREFIX + "\\h?(?:(?<r1>" + NUMBER + "(?:bn|m|k)?)" + RANGE_JOIN + "(?:(?:" + CURRENCY_SIGN + ")\\h?)?)?"
            + "(?<n1>" + NUMBER + "(?:bn|m|k)?)"
            + "|(?:(?<r2>" + NUMBER + "(?:bn|m|k)?)" + RANGE_JOIN + ")?(?<n2>" + NUMBER + "(?:bn|m|k)?)\\h+" + SUFFIX + ")(?![\\p{L}\\d])");

    private static final Pattern PERIOD_AFTER = Pattern.compile("(?i)^(?:\\h*\\([^()]{0,60}\\))?\\)?\\h*,?\\h*"
            + "(?:(?:a|per|each|every)\\h+(?<unit>day|week|month|year|annum)\\b(?!\\h+(?:later|ago|earlier|after|before)\\b)|(?<adverb>daily|weekly|monthly|annually|yearly)\\b)");
    private static final Pattern PERIOD_BEFORE = Pattern.compile(
            "(?i)\\b(?<adj>daily|weekly|monthly|annual|yearly)\\h+(?:[\\p{L}-]+\\h+){0,3}(?:of\\h+)?$");

    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\p{L}\\d\\-.,$€£])(?:" + QUALIFIER + ")?"
            + "(?:between\\h+(?<b1>" + NUMBER + ")\\h+and\\h+(?<b2>" + NUMBER + ")"
            + "|(?<n1>" + NUMBER + ")(?:(?:\\h+(?:or(?:\\h+even)?|to)\\h+|\\h*[-–]\\h*)(?<n2>" + NUMBER + "))?)"
            + "(?:\\h+of)?(?<words>(?:\\h+[\\p{L}][\\p{L}’'\\-]*){1,3})");
    private static final Pattern STRONG = Pattern.compile(
            "(?<![\\p{L}\\d])(?<n>\\d{1,3}(?:,\\d{3})+|\\d+)-strong(?<nouns>(?:\\h+\\p{L}+){0,2})");
    /** "heads of state": the counted noun takes its complement. */
    private static final Pattern OF_STATE = Pattern.compile("^\\h+of\\h+(state|government)\\b");
    private static final Pattern TWICE = Pattern.compile("(?i)\\b(?:an?)\\h+(?<noun>\\p{Ll}+)\\h+twice\\b(?!\\h+as)");

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "in", "to", "and", "or", "for", "with", "by",
            "on", "at", "from", "as", "was", "were", "is", "are", "be", "been", "have", "has", "had", "will", "would",
            "could", "may", "might", "that", "which", "who", "than", "a", "an", "per", "each", "every", "its", "their",
            "his", "her", "this", "these", "those", "more", "less", "but", "not", "no");
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "our", "their", "its", "his", "her",
            "both", "all", "my", "your", "first", "last", "next", "same");
    private static final Set<String> NOT_COUNTED = Set.of(
            // durations and measures
            "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times",
            "percent", "kilometres", "kilometers", "km", "miles", "metres", "meters", "tonnes", "tons", "kilograms",
            "kg", "points", "degrees", "hectares", "acres", "dollars", "euros", "pounds", "francs", "roubles",
            "rubles", "millions", "billions",
            // who is speaking, not what is claimed
            "sources", "officials", "diplomats", "observers", "witnesses", "insiders", "spokesmen", "people's");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "personnel",
            "police", "staff", "troops", "militia", "cattle", "aircraft");
    private static final Set<String> MILITARY = Set.of("mission", "force", "forces", "contingent", "army", "battalion",
            "brigade", "troops", "operation", "deployment", "garrison", "unit", "corps");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** Words a money amount cannot do without: a sign, a code or a currency name. */
    private static final List<String> CURRENCY_MARKERS = List.of("$", "€", "£", "₽", "usd", "eur", "gbp", "rub", "cfa",
            "xof", "xaf", "dollar", "euro", "pound", "rouble", "ruble", "franc");
    /** First words of a count: number words and hedges ("about", "at least", "between", "several"). */
    private static final Set<String> COUNT_STARTERS = Set.of("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "several", "dozens", "hundreds", "thousands", "millions", "billions", "about", "approximately",
            "around", "roughly", "some", "nearly", "almost", "close", "at", "more", "over", "upwards", "in", "no",
            "up", "less", "fewer", "under", "as", "between");
    /** Spellings of one unit, so that counts of the same thing compare. */
    private static final Map<String, String> UNIT_SYNONYMS = Map.of("leaders-of-state", "heads-of-state",
            "state-leaders", "heads-of-state", "servicemen", "soldiers");

    /** Every quantity in {@code text}, in text order. */
    public List<ExtractedQuantity> extract(String text) {
        return extract(text, 0, Objects.requireNonNull(text, "text").length());
    }

    /** The quantities inside {@code text[from, to)}, with offsets into the whole {@code text}. */
    public List<ExtractedQuantity> extract(String text, int from, int to) {
        List<ExtractedQuantity> found = new ArrayList<>();
        money(text, from, to, found);
        counts(text, from, to, found);
        found.sort(Comparator.comparingInt(ExtractedQuantity::start));
        return found;
    }

    private static void money(String text, int from, int to, List<ExtractedQuantity> out) {
        String region = text.substring(from, to).toLowerCase(Locale.ROOT);
        if (CURRENCY_MARKERS.stream().noneMatch(region::contains)) {
            return;
        }
        Matcher m = MONEY.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            boolean prefixed = m.group("n1") != null;
            String number = prefixed ? m.group("n1") : m.group("n2");
            String low = prefixed ? m.group("r1") : m.group("r2");
            int start = m.start();
            if (!prefixed && low != null && isYear(low)) {
                // "in 2019-3 million dollars" is no range: the amount starts at its own figure.
                low = null;
                start = m.start("n2");
            }
            Figures.Figure figure = Figures.parse(number);
            String currency = currency(m.group("pre") != null ? m.group("pre") : m.group("suf"));
            Period period = period(text, start, m.end(), to);
            Bounds bounds = low == null ? Bounds.of(m.group("qual"), figure, null)
                    : Bounds.of(null, Figures.parseRangeStart(low, number), figure);
            BigDecimal usd = UsdRates.usdPerMonth(QuantityKind.MONEY, bounds.amount, bounds.lower, bounds.upper,
                    currency, period).orElse(null);
            out.add(new ExtractedQuantity(text.substring(start, m.end()), start, m.end(), QuantityKind.MONEY, bounds.amount,
                    currency, period, bounds.lower, bounds.upper, usd));
        }
    }

    private static void counts(String text, int from, int to, List<ExtractedQuantity> out) {
        Matcher m = COUNT.matcher(text);
        m.useTransparentBounds(true);
        int pos = from;
        while ((pos = nextCountStart(text, pos, to)) < to) {
            if (!m.region(pos, to).lookingAt()) {
                pos++;
                continue;
            }
            // The next search starts after the figure, not after the words, which may hold the next figure
            // ("two helicopters and three tanks").
            pos = m.start("words");
            String[] words = m.group("words").trim().split("\\h+");
            int head = headNoun(words);
            if (head < 0 || overlaps(out, m.start(), m.end()) || !countable(text, m)) {
                continue;
            }
            String unit = words[head].toLowerCase(Locale.ROOT);
            int end = m.start("words") + offsetAfterWord(m.group("words"), head);
            Matcher compound = OF_STATE.matcher(text).region(end, to);
            if (compound.lookingAt()) {
                unit = unit + "-of-" + compound.group(1).toLowerCase(Locale.ROOT);
                end = compound.end();
            }
            String second = m.group("n1") != null ? m.group("n2") : m.group("b2");
            String first = m.group("n1") != null ? m.group("n1") : m.group("b1");
            Figures.Figure low = second == null ? Figures.parse(first) : Figures.parseRangeStart(first, second);
            Figures.Figure high = second == null ? null : Figures.parse(second);
            Bounds bounds = Bounds.of(m.group("qual"), low, high);
            out.add(count(text, m.start(), end, bounds, UNIT_SYNONYMS.getOrDefault(unit, unit)));
            pos = end;
        }
        strong(text, from, to, out);
        twice(text, from, to, out);
    }

    private static void strong(String text, int from, int to, List<ExtractedQuantity> out) {
        int at = text.indexOf("-strong", from);
        if (at < 0 || at >= to) {
            return;
        }
        Matcher m = STRONG.matcher(text).region(from, to);
        while (m.find()) {
            if (!overlaps(out, m.start(), m.end("n") + "-strong".length())) {
                // A "5,000-strong (Barkhane) mission" counts soldiers; a "20,000-strong crowd" counts its members.
                boolean military = Stream.of(m.group("nouns").trim().split("\\h+"))
                        .anyMatch(w -> MILITARY.contains(w.toLowerCase(Locale.ROOT)));
                String unit = military ? "soldiers" : "members";
                BigDecimal n = Figures.parse(m.group("n")).value();
                out.add(count(text, m.start(), m.end("n") + "-strong".length(), new Bounds(n, null, null), unit));
            }
        }
    }

    private static void twice(String text, int from, int to, List<ExtractedQuantity> out) {
        int at = text.indexOf("twice", from);
        if (at < 0 || at >= to) {
            return;
        }
        Matcher m = TWICE.matcher(text).region(from, to);
        while (m.find()) {
            if (!overlaps(out, m.start(), m.end())) {
                out.add(count(text, m.start(), m.end(), new Bounds(BigDecimal.valueOf(2), null, null),
                        plural(m.group("noun"))));
            }
        }
    }

    private static ExtractedQuantity count(String text, int start, int end, Bounds b, String unit) {
        return new ExtractedQuantity(text.substring(start, end), start, end, QuantityKind.COUNT, b.amount, unit, null,
                b.lower, b.upper, null);
    }

    /**
     * The next word start at or after {@code from} where a count may begin (a digit, a number word or a hedge),
     * or {@code to}: the count pattern is only tried there, since trying it at every character is costly.
     */
    private static int nextCountStart(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            if (Character.isDigit(c)) {
                return i;
            }
            int end = i;
            while (end < to && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (COUNT_STARTERS.contains(word)) {
                return i;
            }
        }
        return to;
    }

    /** Rules out determiners, "one", years, days of months and numbers glued to words ("Army-2021"). */
    private static boolean countable(String text, Matcher m) {
        String n1 = (m.group("n1") != null ? m.group("n1") : m.group("b1")).toLowerCase(Locale.ROOT);
        if (n1.equals("one") && m.group("n2") == null) {
            return false;
        }
        String before = previousWord(text, m.start());
        if (DETERMINERS.contains(before) || MONTHS.contains(before)) {
            return false;
        }
        String firstWord = m.group("words").trim().split("\\h+")[0].toLowerCase(Locale.ROOT);
        if (MONTHS.contains(firstWord)) {
            return false;
        }
        return !isYear(n1);
    }

    private static boolean isYear(String figure) {
        return figure.matches("\\d{4}") && Integer.parseInt(figure) >= 1800 && Integer.parseInt(figure) <= 2100;
    }

    /** The index of the counted noun: the first plural within three words, with only modifiers before it. */
    private static int headNoun(String[] words) {
        for (int i = 0; i < words.length && i < 3; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(w) || w.endsWith("’s") || w.endsWith("'s")) {
                return -1;
            }
            if (isPlural(w)) {
                return NOT_COUNTED.contains(w) ? -1 : i;
            }
        }
        return -1;
    }

    private static boolean isPlural(String w) {
        if (IRREGULAR_PLURALS.contains(w)) {
            return true;
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.endsWith("us")
                && !w.endsWith("is") && Character.isLowerCase(w.charAt(0));
    }

    private static String plural(String noun) {
        return noun.endsWith("s") ? noun + "es" : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun + "s";
    }

    private static int offsetAfterWord(String words, int index) {
        Matcher w = Pattern.compile("[\\p{L}][\\p{L}’'\\-]*").matcher(words);
        int end = 0;
        for (int i = 0; i <= index && w.find(); i++) {
            end = w.end();
        }
        return end;
    }

    private static String previousWord(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean overlaps(List<ExtractedQuantity> found, int start, int end) {
        return found.stream().anyMatch(q -> q.start() < end && start < q.end());
    }

    private static Period period(String text, int start, int end, int to) {
        Matcher after = PERIOD_AFTER.matcher(text).region(end, to);
        if (after.lookingAt()) {
            String word = (after.group("unit") != null ? after.group("unit") : after.group("adverb"))
                    .toLowerCase(Locale.ROOT);
            return periodOf(word);
        }
        Matcher before = PERIOD_BEFORE.matcher(text).region(Math.max(0, start - 60), start);
        if (before.find()) {
            return periodOf(before.group("adj").toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private static Period periodOf(String word) {
        return word.startsWith("da") ? Period.DAY : word.startsWith("week") ? Period.WEEK
                : word.startsWith("month") ? Period.MONTH : Period.YEAR;
    }

    private static String currency(String written) {
        String w = written.toLowerCase(Locale.ROOT).replaceAll("\\h+", " ");
        if (w.contains("$") || w.contains("dollar") || w.equals("usd")) {
            return "USD";
        }
        if (w.contains("€") || w.startsWith("euro") || w.equals("eur")) {
            return "EUR";
        }
        if (w.contains("£") || w.startsWith("pound") || w.equals("gbp")) {
            return "GBP";
        }
        if (w.contains("₽") || w.startsWith("rouble") || w.startsWith("ruble") || w.equals("rub")) {
            return "RUB";
        }
        return w.equals("xaf") ? "XAF" : "XOF";
    }

    /** Amount and bounds from a hedge and one or two figures. */
    private record Bounds(BigDecimal amount, BigDecimal lower, BigDecimal upper) {

        static Bounds of(String qualifier, Figures.Figure figure, Figures.Figure second) {
            if (second != null) {
                BigDecimal upper = second.lowerOnly() ? null : second.value();
                return new Bounds(upper, figure.value(), upper);
            }
            if (figure.lowerOnly()) {
                return new Bounds(null, figure.value(), null);
            }
            BigDecimal n = figure.value();
            String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT).replaceAll("\\h+", " ");
            return switch (q) {
                case "at least", "more than", "over", "upwards of", "in excess of", "no less than" -> new Bounds(n, n, null);
                case "up to", "at most", "less than", "fewer than", "under", "no more than", "as much as",
                     "as many as" -> new Bounds(n, null, n);
                default -> new Bounds(n, null, null);
            };
        }
    }
}
