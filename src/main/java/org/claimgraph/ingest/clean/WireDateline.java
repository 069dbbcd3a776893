package org.claimgraph.ingest.clean;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens its first paragraph with — "BAMAKO, Sept 15 (Reuters) - ", "Bamako, 3 March 2022 — ",
 * "PARIS (AFP) – ", "MOSCOW — ". It is part of the text, but no part of the first sentence: a claim quoting that
 * sentence must not begin with it.
 *
 * @param length how many chars the dateline takes, the dash and the space after it included
 * @param date   the day it names when it names one with a year, else null
 * @param agency the wire service it credits in brackets ("Reuters"), else null
 */
public record WireDateline(int length, LocalDate date, String agency) {

    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’]*(?:-\\p{Lu}[\\p{L}\\p{M}.'’]*)*";
    private static final String PLACE = PLACE_WORD + "(?:\\h+" + PLACE_WORD + "){0,3}";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>" + PLACE + "(?:,\\h+" + PLACE + ")?)"
                    + "(?:,\\h+(?<date>[\\p{L}\\d.,\\h]{3,30}?))?"
                    + "(?:\\h*\\((?<agency>\\p{L}[\\p{L}.&\\h]{1,30})\\))?"
                    + "\\h+[-–—]{1,2}\\h+(?=\\S)");
    private static final Pattern MONTH_AND_DAY = Pattern.compile(
            "(?:(?:" + Dates.MONTH + ")\\.?\\h+\\d{1,2}|\\d{1,2}\\h+(?:" + Dates.MONTH + ")\\.?)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 80;

    /**
     * The dateline at {@code start} of {@code text}, or null. A place alone takes capitals ("MOSCOW — "), since
     * "France — which …" is prose; otherwise it needs a date or a wire agency in brackets.
     */
    public static WireDateline at(CharSequence text, int start, int end) {
        Matcher m = DATELINE.matcher(text).region(start, Math.min(end, start + MAX_LENGTH));
        if (!m.lookingAt()) {
            return null;
        }
        String date = m.group("date");
        LocalDate day = date == null ? null : Dates.parse(date);
        boolean dated = day != null || (date != null && MONTH_AND_DAY.matcher(date.strip()).matches());
        if (date != null && !dated) {
            return null;
        }
        boolean shouted = m.group("place").equals(m.group("place").toUpperCase(java.util.Locale.ROOT));
        if (!dated && m.group("agency") == null && !shouted) {
            return null;
        }
        String agency = m.group("agency") == null ? null : m.group("agency").strip();
        return new WireDateline(m.end() - start, day, agency);
    }
}
