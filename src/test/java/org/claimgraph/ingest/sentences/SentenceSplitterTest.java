package org.claimgraph.ingest.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtTerminatorsFollowedByACapital() {
        assertEquals(List.of("The deal was signed.", "Was it legal?", "Nobody knows!"),
                texts("The deal was signed. Was it legal? Nobody knows!"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one here.  Second one.\n\nThird line";
        for (Sentence s : SPLITTER.split(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals(List.of("First one here.", "Second one.", "Third line"), texts(text));
    }

    @Test
    void aWireDatelineOpeningAParagraphIsNoPartOfItsFirstSentence() {
        assertEquals(List.of("France said it would pull out.", "Mali disagreed."),
                texts("BAMAKO, Sept. 15 (Reuters) - France said it would pull out. Mali disagreed."));
        assertEquals(List.of("The Kremlin denied it."), texts("Bamako, Mali, 3 March 2022 — The Kremlin denied it."));
        assertEquals(List.of("Talks went on."), texts("PARIS (AFP) – Talks went on."));
        assertEquals(List.of("Talks went on."), texts("MOSCOW — Talks went on."));
        assertEquals(List.of("The deal holds.", "Talks went on."), texts("The deal holds.\nNEW YORK -- Talks went on."));
    }

    @Test
    void proseThatOpensWithANameAndADashKeepsItsStart() {
        for (String prose : List.of("France — which had troops there — objected.", "Mali, Guinea — both juntas — agreed.",
                "In 2012 — before the coup — rebels rose.", "Wagner - a militia - arrived.", "Mali, 2012 - war began.")) {
            assertEquals(List.of(prose), texts(prose));
        }
    }

    @Test
    void everyLineBreakEndsASentence() {
        assertEquals(List.of("Tensions with France", "Paris warned Bamako."),
                texts("Tensions with France\n\nParis warned Bamako."));
    }

    @Test
    void keepsDecimalsInitialsAndTitlesTogether() {
        assertEquals(List.of("Mr. Smith paid $10.8 million to R. Jones and Gen. Ivanov on Sept. 4 in St. Louis."),
                texts("Mr. Smith paid $10.8 million to R. Jones and Gen. Ivanov on Sept. 4 in St. Louis."));
    }

    @Test
    void dottedAcronymsEndASentenceOnlyBeforeATypicalOpener() {
        assertEquals(List.of("U.S. officials met U.N. envoys in the U.S.", "The talks failed."),
                texts("U.S. officials met U.N. envoys in the U.S. The talks failed."));
    }

    @Test
    void keepsAClosingQuoteWithItsSentence() {
        assertEquals(List.of("“We are talking to everyone.”", "The ministry said so."),
                texts("“We are talking to everyone.” The ministry said so."));
        assertEquals(List.of("He said: “We need this now. ”"), texts("He said: “We need this now. ”"));
        assertEquals(List.of("\"It is a rumour.\"", "She left."), texts("\"It is a rumour.\" She left."));
    }

    @Test
    void anOpeningStraightQuoteAfterAGluedPeriodStartsASentence() {
        assertEquals(List.of("He was unaware of any such agreement.", "\"This is only a rumor.", "Rumors stay.\""),
                texts("He was unaware of any such agreement.\"This is only a rumor. Rumors stay.\""));
    }

    @Test
    void splitsSentencesGluedByHtmlConversion() {
        assertEquals(List.of("It asserts its independence.", "In this context, France withdraws."),
                texts("It asserts its independence.In this context, France withdraws."));
    }

    @Test
    void doesNotSplitBeforeALowerCaseWord() {
        assertEquals(List.of("What are the Europeans doing? within the task force?", "Nobody says."),
                texts("What are the Europeans doing? within the task force? Nobody says."));
        assertEquals(List.of("Wait… and see what happens."), texts("Wait… and see what happens."));
    }

    @Test
    void treatsAnEllipsisAsATerminator() {
        assertEquals(List.of("To Bamako with love…", "The story goes on."),
                texts("To Bamako with love… The story goes on."));
    }

    @Test
    void doesNotSplitDomainsOrNumbersWithPoints() {
        assertEquals(List.of("See reuters.com for 4.2 billion people."), texts("See reuters.com for 4.2 billion people."));
    }

    @Test
    void blankTextGivesNothing() {
        assertTrue(SPLITTER.split("").isEmpty());
        assertTrue(SPLITTER.split(" \n\n ").isEmpty());
        assertThrows(NullPointerException.class, () -> SPLITTER.split(null));
    }
}
