package org.claimgraph.ingest.extract;

import org.claimgraph.claim.DatePrecision;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a claim refers to, read from its own words: a calendar date ("on 15 September 2021", "September 15"),
 * a month ("in September 2021", or "in March", the latest March up to publication), a year ("in 2019"), or a day
 * named relative to the article's publication ("on Thursday", "yesterday"). The first calendar expression wins; a
 * weekday only counts when there is none.
 * A date the words do not pin down (a day without a year in an undated article, "last week") is no date.
 */
public final class ReferenceDates {

    /** A reference date and how precise it is: the first day of the month or year for MONTH and YEAR. */
    public record Reference(LocalDate date, DatePrecision precision) {
    }

    /** The names as news copy capitalises them ("may" is a verb, "May" a month). */
    static final String WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String MONTH = "(?<month>" + MONTH_NAMES + "|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\h+(?:of\\h+)?" + MONTH
            + "(?:,?\\h+(?<year>(?:19|20)\\d{2}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\h+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?:,?\\h+(?<year>(?:19|20)\\d{2})\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\h+(?<year>(?:19|20)\\d{2})\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?i:in|during|since|until|by|throughout)\\h+"
            + "(?:(?i:early|late)\\h+|mid-)?" + MONTH + "(?!\\p{L}|,?\\h*\\d)");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?i:in|during|throughout)\\h+(?<year>(?:19|20)\\d{2})\\b(?!\\h*[-–/])");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\h*(?:which|who|whose)\\b[^,]*");
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(?:(?i:on)\\h+)?(?<weekday>" + WEEKDAY_NAMES + ")\\b"
            + "|\\b(?<yesterday>yesterday)\\b|\\b(?<today>today)\\b");

    private ReferenceDates() {
    }

    /** The date {@code quote} refers to, {@code published} being the article's publication date (or null). */
    public static Reference in(String quote, LocalDate published) {
        // "A spokesman for the junta, which seized power in August 2020, said …" is not about August 2020
        Matcher relative = RELATIVE_CLAUSE.matcher(quote);
        StringBuilder masked = new StringBuilder(quote);
        while (relative.find()) {
            if (Lexicon.SPEECH_VERB.matcher(relative.group()).find() || relative.group().contains(" spoke")
                    || quote.substring(relative.end()).isBlank() || quote.substring(relative.end()).matches("\\W*")) {
                // "Le Drian, who spoke out on September 15, …" says when the claim was made; a clause that ends the
                // quote ("Mali's junta, which seized power in August 2020") is what the claim says
                continue;
            }
            for (int i = relative.start(); i < relative.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return dated(masked.toString(), published);
    }

    private static Reference dated(String quote, LocalDate published) {
        Reference best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern pattern : List.of(DAY_MONTH, MONTH_DAY)) {
            Matcher m = pattern.matcher(quote);
            while (m.find()) {
                Reference day = day(m, published);
                if (day != null && m.start() < bestAt) {
                    best = day;
                    bestAt = m.start();
                }
            }
        }
        Matcher month = MONTH_YEAR.matcher(quote);
        while (month.find()) {
            if (month.start() < bestAt && !insideDate(quote, month)) {
                best = new Reference(LocalDate.of(Integer.parseInt(month.group("year")), month(month.group("month")), 1),
                        DatePrecision.MONTH);
                bestAt = month.start();
            }
        }
        Matcher monthOnly = IN_MONTH.matcher(quote);
        if (monthOnly.find() && monthOnly.start() < bestAt && published != null) {
            // "killed in March" in an article of April 2022 is March 2022; in one of February 2022, March 2021
            LocalDate first = LocalDate.of(published.getYear(), month(monthOnly.group("month")), 1);
            best = new Reference(first.isAfter(published) ? first.minusYears(1) : first, DatePrecision.MONTH);
            bestAt = monthOnly.start();
        }
        Matcher year = IN_YEAR.matcher(quote);
        if (year.find() && year.start() < bestAt) {
            best = new Reference(LocalDate.of(Integer.parseInt(year.group("year")), 1, 1), DatePrecision.YEAR);
            bestAt = year.start();
        }
        if (best != null) {
            return plausible(best, published) ? best : null;
        }
        Matcher named = RELATIVE_DAY.matcher(quote);
        if (published == null || !named.find()) {
            return null;
        }
        if (named.group("yesterday") != null) {
            return new Reference(published.minusDays(1), DatePrecision.DAY);
        }
        if (named.group("today") != null) {
            return new Reference(published, DatePrecision.DAY);
        }
        // "on Thursday" in news copy is the last Thursday up to the day of publication
        DayOfWeek weekday = DayOfWeek.valueOf(named.group("weekday").toUpperCase(Locale.ROOT));
        return new Reference(published.with(TemporalAdjusters.previousOrSame(weekday)), DatePrecision.DAY);
    }

    private static Reference day(Matcher m, LocalDate published) {
        int month = month(m.group("month"));
        int dayOfMonth = Integer.parseInt(m.group("day"));
        try {
            if (m.group("year") != null) {
                return new Reference(LocalDate.of(Integer.parseInt(m.group("year")), month, dayOfMonth), DatePrecision.DAY);
            }
            if (published == null) {
                return null;
            }
            // "on September 15" in an article of 20 September 2021 is 2021's; in one of January 2022, 2021's too
            LocalDate thisYear = LocalDate.of(published.getYear(), month, dayOfMonth);
            return new Reference(thisYear.isAfter(published.plusDays(7)) ? thisYear.minusYears(1) : thisYear, DatePrecision.DAY);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** "15 September 2021" holds "September 2021", which is not a month-precise date there. */
    private static boolean insideDate(String quote, Matcher month) {
        return Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?\\h+(?:of\\h+)?$").matcher(quote.substring(0, month.start())).find();
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** Not before 1900 and not more than a year after publication (or after today, for an undated article). */
    private static boolean plausible(Reference reference, LocalDate published) {
        LocalDate latest = (published != null ? published : LocalDate.now()).plusYears(1);
        return reference.date().getYear() >= 1900 && !reference.date().isAfter(latest);
    }
}
