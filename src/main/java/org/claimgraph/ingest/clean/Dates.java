package org.claimgraph.ingest.clean;

import java.time.DateTimeException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date formats that news pages print in datelines and bylines: English month names, ISO dates, and
 * day and month in digits when their order is certain. Day-month-year dates also read French, Spanish, German and
 * Portuguese month names ("16 septembre 2021"), so that an article in those languages, which gets no claims,
 * still gets its publication date.
 */
final class Dates {

    /** Month names of other languages, without accents, in calendar order per language. */
    private static final List<List<String>> FOREIGN_MONTHS = List.of(
            List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                    "novembre", "decembre"),
            List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"),
            List.of("januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                    "november", "dezember"),
            List.of("janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                    "novembro", "dezembro"));
    private static final Map<String, Integer> FOREIGN_MONTH_NUMBERS = new HashMap<>();

    static {
        for (List<String> names : FOREIGN_MONTHS) {
            for (int i = 0; i < names.size(); i++) {
                FOREIGN_MONTH_NUMBERS.put(names.get(i), i + 1);
            }
        }
    }

    static final String MONTH =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String ANY_MONTH = MONTH + "|[\\p{L}]{3,10}";

    private static final String MONTHS_IN_ORDER = "janfebmaraprmayjunjulaugsepoctnovdec";

    // A weekday in front and a clock time behind are tolerated because pages print them around the date;
    // both are dropped since the fields hold a day.
    private static final Pattern DATE = Pattern.compile(
            "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\h+)?"
                    + "(?:(?<m1>" + MONTH + ")\\.?\\h+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\h+(?<y1>\\d{4})"
                    + "|(?<d2>\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\h+(?:of\\h+|de\\h+)?(?<m2>" + ANY_MONTH + ")\\.?,?\\h+"
                    + "(?:de\\h+)?(?<y2>\\d{4})"
                    + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})"
                    + "|(?<n1>\\d{1,2})(?<sep>[/.])(?<n2>\\d{1,2})\\k<sep>(?<y4>\\d{4}))"
                    + "(?:(?:,|\\h+at|\\h*[-–|])?\\h*\\d{1,2}[:.]\\d{2}(?:\\h*[ap]\\.?m\\.?)?(?:\\h+\\(?[a-z]{2,5}\\)?)?)?",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** The day the whole of {@code s} names, or null when {@code s} is not exactly a date (or not a valid one). */
    static LocalDate parse(String s) {
        Matcher m = DATE.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        if (m.group("y1") != null) {
            return day(m.group("y1"), month(m.group("m1")), m.group("d1"));
        }
        if (m.group("y2") != null) {
            return day(m.group("y2"), month(m.group("m2")), m.group("d2"));
        }
        if (m.group("y3") != null) {
            return day(m.group("y3"), Integer.parseInt(m.group("m3")), m.group("d3"));
        }
        // 15/09/2021 is the 15th of September, 09/15/2021 too; 09/10/2021 could be either, so it is no date
        int first = Integer.parseInt(m.group("n1"));
        int second = Integer.parseInt(m.group("n2"));
        if (first > 12 && second <= 12) {
            return day(m.group("y4"), second, m.group("n1"));
        }
        if (second > 12 && first <= 12) {
            return day(m.group("y4"), first, m.group("n2"));
        }
        return first == second ? day(m.group("y4"), first, m.group("n2")) : null;
    }

    private static LocalDate day(String year, int month, String dayOfMonth) {
        if (month == 0) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(dayOfMonth));
        } catch (DateTimeException invalidDay) {
            return null;
        }
    }

    /** The month's number, or 0 when the name is no month's. */
    private static int month(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        Integer foreign = FOREIGN_MONTH_NUMBERS.get(plain);
        if (foreign != null) {
            return foreign;
        }
        int english = MONTHS_IN_ORDER.indexOf(plain.substring(0, 3));
        return english >= 0 && english % 3 == 0 && plain.matches(MONTH) ? english / 3 + 1 : 0;
    }
}
