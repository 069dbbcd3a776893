package org.claimgraph.ingest.extract;

import org.claimgraph.claim.DatePrecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReferenceDatesTest {

    private static final LocalDate FRIDAY = LocalDate.of(2022, 2, 18);

    private static ReferenceDates.Reference in(String quote, LocalDate published) {
        return ReferenceDates.in(quote, published);
    }

    @Test
    void aCalendarDateIsADay() {
        assertEquals(new ReferenceDates.Reference(LocalDate.of(2021, 9, 15), DatePrecision.DAY),
                in("Le Drian said on 15 September 2021 that the deal was irreconcilable.", null));
        assertEquals(new ReferenceDates.Reference(LocalDate.of(2021, 9, 15), DatePrecision.DAY),
                in("Le Drian said on September 15, 2021 that the deal was irreconcilable.", null));
        assertEquals(new ReferenceDates.Reference(LocalDate.of(2021, 9, 15), DatePrecision.DAY),
                in("Le Drian said on September 15 that the deal was irreconcilable.", LocalDate.of(2021, 9, 20)));
        assertEquals(LocalDate.of(2021, 12, 24), in("The first men arrived on 24 December.", LocalDate.of(2022, 1, 10)).date(),
                "the latest such day, not one in the article's future");
        assertNull(in("The first men arrived on 24 December.", null), "no year, no publication date: no date");
    }

    @Test
    void aMonthOrAYearIsAsPreciseAsItIsWritten() {
        assertEquals(new ReferenceDates.Reference(LocalDate.of(2021, 9, 1), DatePrecision.MONTH),
                in("Talks began in September 2021, a source said.", FRIDAY));
        assertEquals(new ReferenceDates.Reference(LocalDate.of(2019, 1, 1), DatePrecision.YEAR),
                in("Wagner signed a similar deal in 2019, according to the report.", FRIDAY));
        assertNull(in("The 2019-2020 campaign cost 40 lives, officials said.", null));
        assertNull(in("A spokesman for the junta, which seized power in August 2020, said he was unaware of a deal.", FRIDAY),
                "a date in a relative clause describes the noun, not what the claim is about");
        assertEquals(LocalDate.of(2021, 9, 15), in("according to the minister, Jean-Yves Le Drian, who spoke out on September 15, "
                + "the deal is irreconcilable.", LocalDate.of(2021, 9, 20)).date(), "unless it says when the claim was made");
    }

    @Test
    void aMonthWithoutAYearIsTheLatestOneUpToPublication() {
        LocalDate april = LocalDate.of(2022, 4, 12);
        assertEquals(new ReferenceDates.Reference(LocalDate.of(2022, 3, 1), DatePrecision.MONTH),
                in("At least 500 people were killed in the village of Moura in March.", april));
        assertEquals(LocalDate.of(2021, 12, 1), in("The first instructors arrived in late December, a diplomat said.", april).date(),
                "a month after the publication month is last year's");
        assertEquals(LocalDate.of(2022, 4, 1), in("Fighting resumed in mid-April, officials said.", april).date());
        assertNull(in("At least 500 people were killed in the village of Moura in March.", null), "no publication date: no year");
        assertEquals(LocalDate.of(2021, 3, 1), in("They were killed in March 2021, a source said.", april).date(), "a year written wins");
        assertNull(in("Officials said the Marchers in Bamako were peaceful.", april));
    }

    @Test
    void aWeekdayOrYesterdayCountsBackFromPublication() {
        assertEquals(new ReferenceDates.Reference(LocalDate.of(2022, 2, 17), DatePrecision.DAY),
                in("The government on Thursday denied paying Wagner.", FRIDAY));
        assertEquals(FRIDAY, in("The minister said on Friday that troops would leave.", FRIDAY).date());
        assertEquals(LocalDate.of(2022, 2, 17), in("The ministry said yesterday that the talks had stalled.", FRIDAY).date());
        assertNull(in("The government on Thursday denied paying Wagner.", null), "an undated article dates no weekday");
        assertEquals(LocalDate.of(2021, 9, 1), in("On Thursday the minister recalled the talks of September 2021.", FRIDAY).date(),
                "a calendar date wins over a weekday");
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreNone() {
        assertNull(in("The general may decide to march on the capital.", FRIDAY));
        assertNull(in("About 1,000 mercenaries could be deployed, a source said.", FRIDAY));
        assertNull(in("In 2300 years no one will remember this deal.", FRIDAY));
    }
}
