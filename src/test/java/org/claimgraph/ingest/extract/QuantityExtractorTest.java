package org.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.claimgraph.claim.Period;
import org.claimgraph.claim.QuantityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityExtractorTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private static ExtractedQuantity only(String text) {
        List<ExtractedQuantity> found = EXTRACTOR.extract(text);
        assertEquals(1, found.size(), () -> "quantities in \"" + text + "\": " + found);
        ExtractedQuantity q = found.get(0);
        assertEquals(q.text(), text.substring(q.start(), q.end()));
        return q;
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " vs " + actual);
        }
    }

    private static void assertQuantity(ExtractedQuantity q, QuantityKind kind, String amount, String unit,
                                       Period period, String lower, String upper) {
        assertEquals(kind, q.kind());
        assertAmount(amount, q.amount());
        assertEquals(unit, q.unit());
        assertEquals(period, q.period());
        assertAmount(lower, q.lowerBound());
        assertAmount(upper, q.upperBound());
    }

    // Money.

    @Test
    void dollarsWithASignAndAPeriod() {
        ExtractedQuantity q = only("The group would get $10.8 million each month.");
        assertQuantity(q, QuantityKind.MONEY, "10800000", "USD", Period.MONTH, null, null);
        assertEquals("$10.8 million", q.text());
        assertAmount("10800000.00", q.usdPerMonth());
    }

    @Test
    void aScaleGluedToTheFigureBeforeACurrencyName() {
        assertQuantity(only("the cost was 2.5bn CFA francs per month"), QuantityKind.MONEY, "2500000000", "XOF",
                Period.MONTH, null, null);
        assertQuantity(only("about 900m dollars a year"), QuantityKind.MONEY, "900000000", "USD", Period.YEAR, null, null);
    }

    @Test
    void aSignAfterTheFigureAndUsDollarsWithDots() {
        assertQuantity(only("it cost 9 million € a month"), QuantityKind.MONEY, "9000000", "EUR", Period.MONTH, null, null);
        assertQuantity(only("the payment was 10.8 million U.S. dollars per month"), QuantityKind.MONEY, "10800000", "USD",
                Period.MONTH, null, null);
    }

    @Test
    void thousandsGroupedWithSpaces() {
        // "1 000" was read as 0 mercenaries ("000 mercenaries")
        assertQuantity(only("up to 1 000 mercenaries were involved"), QuantityKind.COUNT, "1000", "mercenaries",
                null, null, "1000");
        assertQuantity(only("a fee of 10\u00a0800\u00a0000 dollars a month"), QuantityKind.MONEY, "10800000", "USD",
                Period.MONTH, null, null);
        assertQuantity(only("between 1 000 and 2 000 troops"), QuantityKind.COUNT, "2000", "troops", null, "1000", "2000");
        assertQuantity(only("In 2021 300 soldiers left."), QuantityKind.COUNT, "300", "soldiers", null, null, null);
    }

    @Test
    void dollarsSpelledOut() {
        assertQuantity(only("worth 10.8 million dollars a month"), QuantityKind.MONEY, "10800000", "USD",
                Period.MONTH, null, null);
        assertQuantity(only("a fee of US$ 2.5m per year"), QuantityKind.MONEY, "2500000", "USD", Period.YEAR, null,
                null);
    }

    @Test
    void aDecimalCommaBeforeAScaleWordAsTranslationsKeepIt() {
        ExtractedQuantity q = only("The unit costs 1,5 million dollars monthly.");
        assertEquals("1,5 million dollars", q.text());
        assertQuantity(q, QuantityKind.MONEY, "1500000", "USD", Period.MONTH, null, null);
        assertQuantity(only("a deal worth 10,8 million euros a month"), QuantityKind.MONEY,
                "10800000", "EUR", Period.MONTH, null, null);
        // A thousands separator is three digits; without a scale word a comma is never a decimal one.
        assertQuantity(only("a payment of 1,500 million euros"), QuantityKind.MONEY, "1500000000", "EUR", null, null, null);
        assertQuantity(only("paid 2,50 dollars"), QuantityKind.MONEY, "50", "USD", null, null, null);
    }

    @Test
    void aMoneyRangeGivesBothBoundsAndItsFirstFigureTakesTheScaleOfTheSecond() {
        ExtractedQuantity q = only("the junta would pay between 2 and 3 billion CFA francs every month");
        assertEquals("between 2 and 3 billion CFA francs", q.text());
        assertQuantity(q, QuantityKind.MONEY, "3000000000", "XOF", Period.MONTH, "2000000000", "3000000000");
        assertQuantity(only("a fee of $2-3 million a year"), QuantityKind.MONEY, "3000000", "USD", Period.YEAR,
                "2000000", "3000000");
        assertQuantity(only("from $2bn to $3.5bn"), QuantityKind.MONEY, "3500000000", "USD", null, "2000000000",
                "3500000000");
        assertQuantity(only("500 to 2 thousand euros"), QuantityKind.MONEY, "2000", "EUR", null, "500", "2000");
        ExtractedQuantity notARange = only("In 2019 - 3 million dollars were paid.");
        assertEquals("3 million dollars", notARange.text());
        assertQuantity(notARange, QuantityKind.MONEY, "3000000", "USD", null, null, null);
    }

    @Test
    void aCountRangeTakesTheScaleOfItsSecondFigure() {
        assertQuantity(only("between 2 and 3 million people fled"), QuantityKind.COUNT, "3000000", "people", null,
                "2000000", "3000000");
    }

    @Test
    void amountsPerWeekOrPerDayHaveAMonthlyValue() {
        ExtractedQuantity weekly = only("The mercenaries would receive 5 million euros per week.");
        assertQuantity(weekly, QuantityKind.MONEY, "5000000", "EUR", Period.WEEK, null, null);
        // 5,000,000 EUR × 1.1827 USD/EUR × 365 / 12 / 7 weeks a month
        assertAmount("25695565.48", weekly.usdPerMonth());
        ExtractedQuantity daily = only("a daily fee of $10,000");
        assertQuantity(daily, QuantityKind.MONEY, "10000", "USD", Period.DAY, null, null);
        assertAmount("304166.67", daily.usdPerMonth());
        assertQuantity(only("They paid $2 million a week later."), QuantityKind.MONEY, "2000000", "USD", null, null, null);
        assertQuantity(only("a fee of $3 million a year ago"), QuantityKind.MONEY, "3000000", "USD", null, null, null);
    }

    @Test
    void eurosWithNumberWordsAndALowerBound() {
        ExtractedQuantity q = only("we are talking about more than nine million euros per month");
        assertQuantity(q, QuantityKind.MONEY, "9000000", "EUR", Period.MONTH, "9000000", null);
        assertEquals("more than nine million euros", q.text());
        assertAmount("10644300.00", q.usdPerMonth());
    }

    @Test
    void aOneOffSumHasNoMonthlyValue() {
        ExtractedQuantity q = only("to buy rifles for more than € 1 million, according to the BBC");
        assertQuantity(q, QuantityKind.MONEY, "1000000", "EUR", null, "1000000", null);
        assertNull(q.usdPerMonth());
    }

    @Test
    void cfaFrancsAndABracketedConversionShareThePeriod() {
        List<ExtractedQuantity> found = EXTRACTOR.extract(
                "would be paid approximately 6 billion CFA francs ($10.8 million) each month.");
        assertEquals(2, found.size());
        assertQuantity(found.get(0), QuantityKind.MONEY, "6000000000", "XOF", Period.MONTH, null, null);
        assertEquals("approximately 6 billion CFA francs", found.get(0).text());
        assertAmount("10818087.16", found.get(0).usdPerMonth());
        assertQuantity(found.get(1), QuantityKind.MONEY, "10800000", "USD", Period.MONTH, null, null);
    }

    @Test
    void poundsRoublesAndUpperBounds() {
        assertQuantity(only("up to £3 million a year"), QuantityKind.MONEY, "3000000", "GBP", Period.YEAR, null,
                "3000000");
        assertQuantity(only("a monthly payment of 500,000 roubles"), QuantityKind.MONEY, "500000", "RUB",
                Period.MONTH, null, null);
    }

    @Test
    void aFigureWithoutACurrencyIsNotMoney() {
        assertTrue(EXTRACTOR.extract("The deal is worth 6 billion, officials said.").isEmpty());
    }

    // Counts.

    @Test
    void countsOfPeopleAndThings() {
        assertQuantity(only("up to 1,000 mercenaries"), QuantityKind.COUNT, "1000", "mercenaries", null, null, "1000");
        assertQuantity(only("to buy 3,000 Kalashnikov weapons"), QuantityKind.COUNT, "3000", "weapons", null, null,
                null);
        assertQuantity(only("On October 23, 2019, 43 African heads of state gathered"), QuantityKind.COUNT, "43",
                "heads-of-state", null, null, null);
        assertQuantity(only("to deploy a thousand Russian paramilitaries"), QuantityKind.COUNT, "1000",
                "paramilitaries", null, null, null);
        assertQuantity(only("Moscow gifted two helicopters"), QuantityKind.COUNT, "2", "helicopters", null, null,
                null);
        assertQuantity(only("a dozen soldiers"), QuantityKind.COUNT, "12", "soldiers", null, null, null);
    }

    @Test
    void aRangeGivesBothBounds() {
        ExtractedQuantity q = only("could send several hundred or even a thousand Russian mercenaries to Mali");
        assertQuantity(q, QuantityKind.COUNT, "1000", "mercenaries", null, "200", "1000");
        assertQuantity(only("between 500 and 800 troops"), QuantityKind.COUNT, "800", "troops", null, "500", "800");
    }

    @Test
    void atLeastGivesALowerBound() {
        assertQuantity(only("At least 1,000 mercenaries may be engaged"), QuantityKind.COUNT, "1000", "mercenaries",
                null, "1000", null);
    }

    @Test
    void strongForcesAndTwice() {
        assertQuantity(only("its 5,000-strong Barkhane mission"), QuantityKind.COUNT, "5000", "soldiers", null, null,
                null);
        assertQuantity(only("Fallen under a coup twice in less than two years"), QuantityKind.COUNT, "2", "coups",
                null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Seven diplomatic and security sources said so.",
            "Two other sources said the amount was smaller.",
            "according to four sources",
            "in the interest of our two countries",
            "ending hostilities between the two parties",
            "France has been engaged for eight years",
            "one in 2020 and another this year",
            "On 4 September and September 16, 2021 and in 1991",
            "the 2015 peace agreement",
            "the Army-2021 forum",
            "several mining sites",
            "One more actor may yet enter the fray"})
    void findsNoClaimQuantity(String text) {
        assertTrue(EXTRACTOR.extract(text).isEmpty(), () -> text + " -> " + EXTRACTOR.extract(text));
    }

    @Test
    void offsetsAreIntoTheWholeTextWhenARegionIsGiven() {
        String text = "Intro. They sent 300 soldiers.";
        List<ExtractedQuantity> found = EXTRACTOR.extract(text, 7, text.length());
        assertEquals(1, found.size());
        assertEquals("300 soldiers", text.substring(found.get(0).start(), found.get(0).end()));
        assertTrue(EXTRACTOR.extract(text, 0, 6).isEmpty());
    }

    @Test
    void findsSeveralCountsInARow() {
        List<ExtractedQuantity> found = EXTRACTOR.extract("two helicopters and three tanks");
        assertEquals(List.of("helicopters", "tanks"), found.stream().map(ExtractedQuantity::unit).toList());
    }
}
