package org.claimgraph.ingest.clean;

import org.claimgraph.ingest.eval.CleaningCheck;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.ingest.clean.RemovedLine.Reason;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {

    private static final TextCleaner CLEANER = new TextCleaner();

    private static List<String> paragraphs(CleanedText cleaned) {
        return cleaned.text().isEmpty() ? List.of() : List.of(cleaned.text().split("\n\n", -1));
    }

    private static List<Reason> reasons(CleanedText cleaned) {
        return cleaned.removed().stream().map(RemovedLine::reason).toList();
    }

    // Corpus articles. Chrome is recognised by CleaningCheck's patterns, written independently of the cleaner's,
    // so that a cleaner rule that is too narrow shows up as chrome left in the text.
    private static final List<String> CHROME_WORDS = List.of(
            "cookies", "Previous article", "Next article", "Logo", "views0 comments", "Recent Posts", "See All",
            "Lyammouri", "Malejacq", "PIT Designs", "top of page", "bottom of page", "Written by", "Updated:",
            "Reuben Bye", "Mehul Chopra", "IndexAbout");

    private static final Pattern SENTENCE = Pattern.compile("[.!?][\"'”’)]*(\\s|$)");
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)recent posts|related posts|see all");

    record Expected(String file, String title, LocalDate publishedOn, LocalDate updatedOn, String outletName,
                    String author, int paragraphs, Map<Reason, Long> removed) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> articles() {
        return Stream.of(
                new Expected("000", "why the negotiations between Bamako and Wagner", null, null, null, null, 10,
                        Map.of(Reason.COOKIE_BANNER, 1L)),
                new Expected("001", null, null, null, null, null, 10,
                        Map.of(Reason.PAGER, 2L)),
                new Expected("002", "France and Russia decide which country will have the most influence in Mali",
                        null, null, null, null, 25,
                        Map.of(Reason.COOKIE_BANNER, 1L)),
                new Expected("003",
                        "To Bamako With Love: The Implications Of Mali’s Deal With The Wagner Group",
                        null, LocalDate.of(2021, 11, 15), null, null, 9,
                        Map.of(Reason.PAGE_MARKER, 2L, Reason.DATELINE, 1L, Reason.VIEW_COUNTER, 1L,
                                Reason.RELATED_POSTS, 6L)),
                new Expected("004", null, null, null, "Olivium", "Olivium's Editor", 30,
                        Map.of(Reason.NAVIGATION, 1L, Reason.LOGO, 2L, Reason.BYLINE, 1L, Reason.BIBLIOGRAPHY, 3L,
                                Reason.FOOTER, 2L)));
    }

    private static Path corpusDir() {
        String dir = System.getProperty("claimgraph.corpus-dir");
        if (dir == null) {
            dir = System.getenv("CLAIMGRAPH_CORPUS_DIR");
        }
        return Path.of(dir != null ? dir : "../shared/corpus");
    }

    private static String read(String prefix) throws IOException {
        Path dir = corpusDir();
        Assumptions.assumeTrue(Files.isDirectory(dir), "no corpus at " + dir.toAbsolutePath());
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
                    .findFirst()
                    .orElse(null);
            Assumptions.assumeTrue(file != null, "no corpus file " + prefix + "_* in " + dir.toAbsolutePath());
            return Files.readString(file);
        }
    }

    /** Raw lines as the contract numbers them: line endings normalised, surrounding whitespace (NBSP too) off. */
    private static List<String> rawLines(String raw) {
        return Stream.of(raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
                .map(line -> line.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", ""))
                .toList();
    }

    private static boolean isChrome(String line) {
        return CleaningCheck.isChrome(line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void leavesNoChrome(Expected expected) throws IOException {
        CleanedText cleaned = CLEANER.clean(read(expected.file()));

        for (String paragraph : paragraphs(cleaned)) {
            assertFalse(isChrome(paragraph), () -> "chrome left: " + paragraph);
        }
        for (String word : CHROME_WORDS) {
            assertFalse(cleaned.text().contains(word), () -> "chrome left: " + word);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void losesNoContent(Expected expected) throws IOException {
        String raw = read(expected.file());
        CleanedText cleaned = CLEANER.clean(raw);
        List<String> lines = rawLines(raw);
        Set<Integer> removedNumbers = new HashSet<>();
        for (RemovedLine line : cleaned.removed()) {
            assertEquals(lines.get(line.lineNumber() - 1), line.text(), "removed line text at " + line.lineNumber());
            removedNumbers.add(line.lineNumber());
        }

        List<String> kept = new ArrayList<>();
        boolean afterRelatedHeading = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            afterRelatedHeading |= RELATED_HEADING.matcher(line).matches();
            if (line.isEmpty()) {
                continue;
            }
            if (!removedNumbers.contains(i + 1)) {
                kept.add(line);
            } else if (line.split("\\s+").length >= 6 && SENTENCE.matcher(line).find()) {
                boolean chrome = isChrome(line) || afterRelatedHeading;
                assertTrue(chrome, "body sentence removed: " + line);
            }
        }
        assertEquals(kept, paragraphs(cleaned), "every line not removed is a paragraph, verbatim and in order");
        assertEquals(expected.paragraphs(), kept.size(), "paragraphs kept");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void readsOnlyStatedMetadata(Expected expected) throws IOException {
        CleanedText cleaned = CLEANER.clean(read(expected.file()));

        assertAll(
                () -> assertEquals(expected.title(), cleaned.title(), "title"),
                () -> assertEquals(expected.publishedOn(), cleaned.publishedOn(), "publishedOn"),
                () -> assertEquals(expected.updatedOn(), cleaned.updatedOn(), "updatedOn"),
                () -> assertEquals(expected.outletName(), cleaned.outletName(), "outletName"),
                () -> assertEquals(expected.author(), cleaned.author(), "author"));
        if (cleaned.title() != null) {
            assertTrue(cleaned.text().startsWith(cleaned.title() + "\n\n"), "title is the first paragraph");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void givesSensibleReasons(Expected expected) throws IOException {
        CleanedText cleaned = CLEANER.clean(read(expected.file()));

        Map<Reason, Long> counts = cleaned.removed().stream()
                .collect(Collectors.groupingBy(RemovedLine::reason, () -> new EnumMap<>(Reason.class),
                        Collectors.counting()));
        assertEquals(expected.removed(), counts);
    }

    @Test
    void keepsSectionHeadingsAndTheirExactCharacters() throws IOException {
        List<String> p002 = paragraphs(CLEANER.clean(read("002")));
        List<String> p004 = paragraphs(CLEANER.clean(read("004")));

        assertTrue(p002.containsAll(List.of("Tensions with France", "The russians have returned",
                "Moscow, ‘a long-standing dream in Mali’")));
        assertTrue(p004.containsAll(List.of("Africa's Rivalry", "Threat to Counter-Terrorism Effort Possible")));
    }


    // Layout of the output text.

    @Test
    void sharingButtonsTagListsAndReadersCommentsAreNotTheArticle() {
        CleanedText cleaned = CLEANER.clean("""
                Mali and Wagner: the deal

                Share on Facebook Share on Twitter Email

                The junta is close to a deal, four sources told Reuters.

                Tags: Mali, Wagner, Russia

                3 comments

                John: This is outrageous, the deal was signed in May.

                Mary: Fake news.
                """);
        assertEquals("Mali and Wagner: the deal\n\nThe junta is close to a deal, four sources told Reuters.", cleaned.text());
        assertEquals(List.of(Reason.SHARE_BUTTONS, Reason.TAGS, Reason.COMMENTS, Reason.COMMENTS, Reason.COMMENTS),
                cleaned.removed().stream().map(RemovedLine::reason).toList());
    }

    @Test
    void proseAboutSharingTagsOrCommentsStays() {
        String text = """
                Comments

                Officials declined to comment.

                Comments by the minister were shared on Facebook and Twitter.

                Tags on the crates read: property of the Russian army.
                """;
        assertEquals(text.strip(), CLEANER.clean(text).text());
    }

    @Test
    void datelinesInDigitsAndWithTheirAuthor() {
        String body = "\n\nThe junta denied the report on Monday, a spokesman said.";
        assertEquals(LocalDate.of(2021, 9, 15), CLEANER.clean("Published 15/09/2021" + body).publishedOn());
        assertEquals(LocalDate.of(2021, 9, 15), CLEANER.clean("Published 09/15/2021" + body).publishedOn());
        assertNull(CLEANER.clean("Published 09/10/2021" + body).publishedOn(), "day and month could be either");
        CleanedText posted = CLEANER.clean("Posted on September 15, 2021 by Jane Doe" + body);
        assertEquals(LocalDate.of(2021, 9, 15), posted.publishedOn());
        assertEquals("Jane Doe", posted.author());
        CleanedText tool = CLEANER.clean("Posted on September 15, 2021 by admin" + body);
        assertEquals(LocalDate.of(2021, 9, 15), tool.publishedOn());
        assertNull(tool.author());
        assertEquals("The junta denied the report on Monday, a spokesman said.", tool.text());
    }

    @Test
    void aWireDatelineWithAYearGivesThePublicationDateAndStaysInTheText() {
        CleanedText dated = CLEANER.clean("Russia denies troops in Mali\n\nBamako, 3 March 2022 — The Kremlin denied it.");
        assertEquals(LocalDate.of(2022, 3, 3), dated.publishedOn());
        assertEquals("Russia denies troops in Mali\n\nBamako, 3 March 2022 — The Kremlin denied it.", dated.text());
        assertNull(CLEANER.clean("BAMAKO, Sept 15 (Reuters) - France objected.").publishedOn(), "no year, no date");
        assertEquals(LocalDate.of(2021, 9, 14), CLEANER.clean("Published: 14 September 2021\n\nPARIS, 3 March 2022 (AFP) - "
                + "Paris objected.").publishedOn(), "a dateline line states the date first");
    }

    @Test
    void joinsParagraphsWithOneBlankLineAndTrimsTheEnds() {
        CleanedText cleaned = CLEANER.clean("\n\n  First paragraph.  \n\n\n\nSecond paragraph.\nThird.\n\n\n");

        assertEquals("First paragraph.\n\nSecond paragraph.\n\nThird.", cleaned.text());
    }

    @Test
    void normalisesCrlfAndCrToTheSameResultAsLf() {
        String lf = "Wagner deal in Mali\n\nThe junta denied it.\nNext articleOther story";

        CleanedText fromLf = CLEANER.clean(lf);
        CleanedText fromCrlf = CLEANER.clean(lf.replace("\n", "\r\n"));
        CleanedText fromCr = CLEANER.clean(lf.replace("\n", "\r"));

        assertEquals("Wagner deal in Mali\n\nThe junta denied it.", fromCrlf.text());
        assertEquals(fromLf, fromCrlf);
        assertEquals(fromLf, fromCr);
    }

    @Test
    void neverChangesCharactersInsideALine() {
        String line = "“Wagner  is a militia,” Le Drian said — it ‘has proven’ abuses\u00a0in Syria… ok?";

        CleanedText cleaned = CLEANER.clean("\u00a0 " + line + " \t\u00a0");

        assertEquals(line, cleaned.text());
    }

    @Test
    void givesEmptyTextForBlankInput() {
        for (String blank : List.of("", "   ", "\n\n\t\r\n", "\u00a0\n")) {
            CleanedText cleaned = CLEANER.clean(blank);
            assertEquals("", cleaned.text());
            assertNull(cleaned.title());
            assertTrue(cleaned.removed().isEmpty());
        }
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> CLEANER.clean(null));
    }

    @Test
    void isDeterministic() {
        String text = "A headline here\n\nBy Jane Doe\n\nBody sentence with enough words in it.";

        assertEquals(CLEANER.clean(text), new TextCleaner().clean(text));
    }


    // Title.

    @Test
    void takesAShortFirstLineFollowedByABlankLine() {
        CleanedText cleaned = CLEANER.clean("Mali and the Wagner Group\n\nThe junta is negotiating.");

        assertEquals("Mali and the Wagner Group", cleaned.title());
        assertEquals("Mali and the Wagner Group\n\nThe junta is negotiating.", cleaned.text());
    }

    @Test
    void takesAShortFirstLineFollowedDirectlyByBody() {
        CleanedText cleaned = CLEANER.clean("Is Wagner coming to Mali?\nFour sources said a deal was close to done.");

        assertEquals("Is Wagner coming to Mali?", cleaned.title());
    }

    @Test
    void ignoresAFirstLineThatIsABodyParagraph() {
        CleanedText cleaned = CLEANER.clean("Four sources said a deal was close.\n\nMore body follows here.");

        assertNull(cleaned.title());
    }

    @Test
    void ignoresAShortLineWithNothingAfterIt() {
        assertNull(CLEANER.clean("Mali and the Wagner Group").title());
    }

    @Test
    void skipsChromeAboveIt() {
        CleanedText cleaned = CLEANER.clean(
                "top of page\nDaily Sahel Home About Us Contact\nDaily Sahel Logo\n\nMali’s new partners\n\n"
                        + "Published: 16 September 2021\n\nThe junta is said to be close to a deal.");

        assertEquals("Mali’s new partners", cleaned.title());
        assertEquals("Mali’s new partners\n\nThe junta is said to be close to a deal.", cleaned.text());
        assertEquals(LocalDate.of(2021, 9, 16), cleaned.publishedOn());
        assertEquals("Daily Sahel", cleaned.outletName());
    }

    @Test
    void keepsSectionHeadingsInTheBody() {
        String text = "The junta is said to be close to a deal.\n\nTensions with France\n\nParis warned Bamako.";

        CleanedText cleaned = CLEANER.clean(text);

        assertEquals(text, cleaned.text());
        assertNull(cleaned.title());
        assertTrue(cleaned.removed().isEmpty());
    }


    // Chrome rules, each with the content it must not take.

    @Test
    void removesACookieBannerAndItsButtons() {
        CleanedText cleaned = CLEANER.clean("Body sentence that stays in place.\n\n"
                + "We use cookies to personalise content. By clicking Accept you consent.\nAccept All\nRead More\n"
                + "Manage preferences");

        assertEquals("Body sentence that stays in place.", cleaned.text());
        assertEquals(List.of(Reason.COOKIE_BANNER, Reason.COOKIE_BANNER, Reason.COOKIE_BANNER, Reason.COOKIE_BANNER),
                reasons(cleaned));
    }

    @Test
    void keepsABodySentenceAboutCookies() {
        String text = "Soldiers handed out cookies in Gao, and residents said they would accept more aid.\n\n"
                + "The site uses cookies, the lawyer said, to read more about its users.";

        assertEquals(text, CLEANER.clean(text).text());
    }

    @Test
    void removesNavigationAndReadsTheOutletOnlyFromAHomeLink() {
        CleanedText named = CLEANER.clean("Sahel Wire IndexAbout UsContact Us\n\nBody sentence that stays in place.");
        CleanedText unnamed = CLEANER.clean("Home | News | About | Contact\n\nBody sentence that stays in place.");

        assertEquals("Sahel Wire", named.outletName());
        assertEquals(List.of(Reason.NAVIGATION), reasons(named));
        assertNull(unnamed.outletName());
        assertEquals("Body sentence that stays in place.", unnamed.text());
    }

    @Test
    void keepsHeadingsMadeOfOrdinaryWords() {
        String text = "Body sentence that stays in place.\n\nAbout\n\nNews and analysis\n\nAnother sentence that stays.";

        assertEquals(text, CLEANER.clean(text).text());
    }

    @Test
    void removesLogosOutsideTheBodyOnly() {
        CleanedText cleaned = CLEANER.clean("Sahel Wire Logo\n\nBody sentence that stays in place.\n\n"
                + "The New Logo\n\nAnother body sentence that stays in place.\n\nLogo");

        assertEquals("Body sentence that stays in place.\n\nThe New Logo\n\nAnother body sentence that stays in place.",
                cleaned.text());
        assertEquals("Sahel Wire", cleaned.outletName());
        assertEquals(List.of(Reason.LOGO, Reason.LOGO), reasons(cleaned));
    }

    @Test
    void removesAPagerLineInTheMiddleOfTheText() {
        CleanedText cleaned = CLEANER.clean("First body paragraph is here.\nPrevious article: Mali votes\n"
                + "Next post »\nSecond body paragraph is here.\nNext articles will cover the rest, the editor wrote.");

        assertEquals("First body paragraph is here.\n\nSecond body paragraph is here.\n\n"
                + "Next articles will cover the rest, the editor wrote.", cleaned.text());
        assertEquals(List.of(Reason.PAGER, Reason.PAGER), reasons(cleaned));
    }

    @Test
    void removesPageMarkersAndCounters() {
        CleanedText cleaned = CLEANER.clean("Back to top\n\nBody sentence that stays in place.\n\n"
                + "1,204 views · 12 comments\n3 min read\n\n12 soldiers died, officials said.");

        assertEquals("Body sentence that stays in place.\n\n12 soldiers died, officials said.", cleaned.text());
        assertEquals(List.of(Reason.PAGE_MARKER, Reason.VIEW_COUNTER, Reason.VIEW_COUNTER), reasons(cleaned));
    }

    @Test
    void removesRelatedPostsUpToTheEndOfThePage() {
        CleanedText cleaned = CLEANER.clean("Body sentence that stays in place.\n\nYou may also like\n\n"
                + "Another story title\n\nBy Some One The teaser of another story. It goes on\n\nbottom of page");

        assertEquals("Body sentence that stays in place.", cleaned.text());
        assertNull(cleaned.author());
        assertEquals(List.of(Reason.RELATED_POSTS, Reason.RELATED_POSTS, Reason.RELATED_POSTS, Reason.PAGE_MARKER),
                reasons(cleaned));
    }

    @Test
    void removesInlineReadMoreLinks() {
        CleanedText cleaned = CLEANER.clean("Body sentence that stays in place.\nRead more: Mali delays its vote\n"
                + "Another body sentence here.");

        assertEquals("Body sentence that stays in place.\n\nAnother body sentence here.", cleaned.text());
        assertEquals(List.of(Reason.RELATED_POSTS), reasons(cleaned));
    }

    @Test
    void removesReferenceListsButNotBulletedContent() {
        CleanedText cleaned = CLEANER.clean("Body sentence that stays in place.\n\n"
                + "• Mali signed the deal in 2021, officials said.\n"
                + "• Doe, J., & Roe, R. (2020). Mercenaries in the Sahel. African Affairs, 119(4), 1-20.\n\n"
                + "References\n\nSmith, J. (2019). A history of Mali. Bamako Press.\n"
                + "https://example.org/report-2020");

        assertEquals("Body sentence that stays in place.\n\n• Mali signed the deal in 2021, officials said.",
                cleaned.text());
        assertEquals(List.of(Reason.BIBLIOGRAPHY, Reason.BIBLIOGRAPHY, Reason.BIBLIOGRAPHY, Reason.BIBLIOGRAPHY),
                reasons(cleaned));
    }

    @Test
    void keepsASourcesHeadingThatIntroducesProse() {
        String text = "Sources\n\nIn 2021 four sources told Reuters about the deal.";

        assertEquals(text, CLEANER.clean(text).text());
    }

    @Test
    void removesFooterCredits() {
        CleanedText cleaned = CLEANER.clean("Body sentence that stays in place.\nMore in\u00a0\nMore in Africa\n"
                + "Web Design & Development - Some Agency\n© 2021 Sahel Wire. All rights reserved.\nPowered by WordPress");

        assertEquals("Body sentence that stays in place.", cleaned.text());
        assertEquals(List.of(Reason.FOOTER, Reason.FOOTER, Reason.FOOTER, Reason.FOOTER, Reason.FOOTER),
                reasons(cleaned));
    }

    @Test
    void removesAWireStorysStaffCredits() {
        CleanedText cleaned = CLEANER.clean("Body sentence that stays in place.\n\n"
                + "Reporting by John Irish and David Lewis; additional reporting by Tangi Salaün in Paris; Editing by Alex Richardson\n\n"
                + "(Writing by Jane Doe; Editing by Peter Graff)\n\n"
                + "Our Standards: The Thomson Reuters Trust Principles.");

        assertEquals("Body sentence that stays in place.", cleaned.text());
        assertEquals(List.of(Reason.FOOTER, Reason.FOOTER, Reason.FOOTER), reasons(cleaned));
    }

    @Test
    void keepsContentThatStartsLikeAFooter() {
        String text = "Copyright law in Mali\n\nBuilt by the Soviets in 1970, the dam still stands.\n\n"
                + "More in store for Bamako, the minister said.\n\n"
                + "Reporting by Reuters showed that the contractors were paid in gold.";

        assertEquals(text, CLEANER.clean(text).text());
    }


    // Metadata: read when stated, null otherwise.

    @Test
    void readsUpdatedAndPublishedDatelines() {
        CleanedText cleaned = CLEANER.clean("Headline of the story\n\nPublished on 3 March 2022 | Updated: Mar. 4, 2022"
                + "\n\nBody sentence that stays in place.");

        assertEquals(LocalDate.of(2022, 3, 3), cleaned.publishedOn());
        assertEquals(LocalDate.of(2022, 3, 4), cleaned.updatedOn());
        assertEquals(List.of(Reason.DATELINE), reasons(cleaned));
    }

    @Test
    void readsABareDateAboveTheBodyAsThePublicationDate() {
        CleanedText cleaned = CLEANER.clean("Headline of the story\nSeptember 16, 2021\n\n"
                + "The attacks of 2001 changed the region, analysts said.\n\nSeptember 11, 2001\n\n"
                + "Washington then turned its attention to the Sahel.");

        assertEquals(LocalDate.of(2021, 9, 16), cleaned.publishedOn());
        assertTrue(cleaned.text().contains("September 11, 2001"));
    }

    @Test
    void keepsDatelinesWithoutADate() {
        String text = "Updated: soon, the editors promise\n\nBody sentence that stays in place.";

        CleanedText cleaned = CLEANER.clean(text);

        assertEquals(text, cleaned.text());
        assertNull(cleaned.updatedOn());
    }

    @Test
    void neverInventsADate() {
        CleanedText cleaned = CLEANER.clean("Headline of the story\n\nOn 15 September 2021 the minister spoke.");

        assertNull(cleaned.publishedOn());
        assertNull(cleaned.updatedOn());
    }

    @Test
    void readsBylines() {
        assertEquals("Olivium's Editor", CLEANER.clean("Body sentence here.\nWritten by: Olivium's Editor").author());
        assertEquals("Jane Doe and John Roe", CLEANER.clean("Body sentence here.\nBy Jane Doe and John Roe").author());

        CleanedText dated = CLEANER.clean("Headline of the story\n\nBy Jane Doe | Sep 15, 2021\n\nBody sentence here.");
        assertEquals("Jane Doe", dated.author());
        assertEquals(LocalDate.of(2021, 9, 15), dated.publishedOn());
        assertEquals("Headline of the story\n\nBody sentence here.", dated.text());

        CleanedText timed = CLEANER.clean("Headline of the story\n\nBy Paul Smithers · 3 May 2022 · 6 min read\n\nBody sentence here.");
        assertEquals("Paul Smithers", timed.author());
        assertEquals(LocalDate.of(2022, 5, 3), timed.publishedOn());
        assertEquals("Headline of the story\n\nBody sentence here.", timed.text(), "the reading time is the page's, not the story's");
        assertNull(CLEANER.clean("Headline of the story\n\nBy Paul Smithers · 3 May 2022 · the troops left\n\nBody.").publishedOn());
    }

    @Test
    void dropsCaptionsAndEditorialNotesAndReadsWhereTheReporterFiledFrom() {
        CleanedText cleaned = CLEANER.clean("Analysis: Why Mali turned to Moscow\n\nBy Peter Miller in Dakar\n\n"
                + "Photo: Malian soldiers on patrol near Gao. (Image credit: AFP)\n\n"
                + "The junta approached Moscow in 2019, a diplomat said.\n\n"
                + "Soldiers patrol the road to Gao in March. (Photo: Jane Doe/Reuters)\n\n"
                + "Correction, 13 January 2022: An earlier version of this article misstated the date of the first coup.\n\n"
                + "This article was amended on 14 January 2022 to correct a name.");
        assertEquals("Peter Miller", cleaned.author());
        assertEquals("Analysis: Why Mali turned to Moscow\n\nThe junta approached Moscow in 2019, a diplomat said.", cleaned.text());
        assertEquals(List.of(RemovedLine.Reason.BYLINE, RemovedLine.Reason.IMAGE_CAPTION, RemovedLine.Reason.IMAGE_CAPTION,
                RemovedLine.Reason.EDITORIAL_NOTE, RemovedLine.Reason.EDITORIAL_NOTE),
                cleaned.removed().stream().map(RemovedLine::reason).toList());
        assertEquals("Tom Hardy", CLEANER.clean("Headline of the story\n\nBy Tom Hardy, Security correspondent\n\nBody sentence here.")
                .author());
        String kept = "The image of the army suffered: a correction was overdue, the minister said.";
        assertEquals(kept, CLEANER.clean(kept).text());
    }

    @Test
    void readsDatesWithTheMonthNamesOfOtherLanguages() {
        CleanedText french = CLEANER.clean("Mali : la junte dément tout accord\n\n"
                + "BAMAKO, 16 septembre 2021 (AFP) - Le gouvernement de transition a démenti jeudi tout accord.");
        assertEquals(LocalDate.of(2021, 9, 16), french.publishedOn());
        assertEquals("AFP", french.wireAgency());
        assertEquals(LocalDate.of(2022, 2, 1), CLEANER.clean("Titular de la noticia\n\nMADRID, 1 de febrero de 2022 (EFE) - "
                + "El Gobierno negó cualquier acuerdo.").publishedOn());
        assertEquals(LocalDate.of(2021, 12, 3), CLEANER.clean("Überschrift der Meldung\n\nBERLIN, 3. Dezember 2021 (dpa) - "
                + "Die Regierung bestritt jede Vereinbarung.").publishedOn());
        assertNull(CLEANER.clean("Headline of the story\n\nBAMAKO, 16 soldiers 2021 (AFP) - The junta denied any deal.")
                .publishedOn(), "a word that is no month's name is no date");
    }

    @Test
    void joinsTextWrappedAtAFixedWidthBackIntoParagraphs() {
        String wrapped = """
                Mali says Russian instructors are in the country

                By Jane Doe

                BAMAKO, April 12, 2022 (Example Wire) - Mali's transitional government
                on Tuesday rejected accusations that fighters of the Wagner Group were
                operating in the country.

                "We have no mercenaries in Mali. We have Russian trainers," Foreign
                Minister Abdoulaye Diop told reporters in Bamako. A Western diplomat,
                speaking on condition of anonymity, said between 1,000 and 1,200
                fighters were now deployed.""";
        assertEquals("""
                Mali says Russian instructors are in the country

                BAMAKO, April 12, 2022 (Example Wire) - Mali's transitional government on Tuesday rejected accusations \
                that fighters of the Wagner Group were operating in the country.

                "We have no mercenaries in Mali. We have Russian trainers," Foreign Minister Abdoulaye Diop told \
                reporters in Bamako. A Western diplomat, speaking on condition of anonymity, said between 1,000 and \
                1,200 fighters were now deployed.""", CLEANER.clean(wrapped).text());

        String shortParagraphs = "Talks resumed in Bamako on Monday.\nThe junta said nothing.\nFrance recalled its envoy.\n"
                + "Russia sent a delegation.\nWagner was not named.";
        assertEquals(shortParagraphs.replace("\n", "\n\n"), CLEANER.clean(shortParagraphs).text(),
                "one short paragraph per line is no wrapping");
    }

    @Test
    void keepsSentencesAndHeadingsThatStartWithBy() {
        String text = "By sending a militia to Francophone Africa, he especially wants to secure influence.\n\n"
                + "By the Numbers\n\nBy The Numbers\n\nBy Moscow standards, the deal is small.";

        CleanedText cleaned = CLEANER.clean(text);

        assertEquals(text, cleaned.text());
        assertNull(cleaned.author());
    }

    @Test
    void leavesOutletNullWhenThePageDoesNotNameItself() {
        CleanedText cleaned = CLEANER.clean("Headline of the story\n\nReuters reported the deal, Le Monde said.");

        assertNull(cleaned.outletName());
        assertNull(cleaned.author());
    }
}
