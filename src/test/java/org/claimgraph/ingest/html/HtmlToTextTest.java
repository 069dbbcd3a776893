package org.claimgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlToTextTest {

    private static final HtmlToText HTML = new HtmlToText();

    @Test
    void keepsHeadingsAndParagraphsAsBlocksAndDropsPageChrome() {
        String page = """
                <!DOCTYPE html>
                <html><head><title>Site | Story</title><style>p { color: red }</style></head>
                <body>
                  <header class="site"><a href="/">Daily Site</a></header>
                  <nav><ul><li>Home</li><li>World</li></ul></nav>
                  <article>
                    <header><h1>Wagner in Mali</h1></header>
                    <p>First   paragraph,
                       on two source lines.</p>
                    <script>var tracking = "not text";</script>
                    <p>Second <em>paragraph</em> with <a href="#">a link</a>.</p>
                    <aside>Related: other stories</aside>
                    <noscript>Enable JavaScript</noscript>
                    <form><input name="q"><button>Search</button></form>
                  </article>
                  <footer>© 2021 Daily Site</footer>
                </body></html>
                """;

        assertEquals("""
                Wagner in Mali

                First paragraph, on two source lines.

                Second paragraph with a link.""", HTML.toText(page));
    }

    @Test
    void readersCommentsSharingButtonsAndTagListsAreDroppedByTheirClass() {
        String page = """
                <article><h1>Deal</h1><div class="share-buttons"><a>Facebook</a><a>X</a></div>
                <p>The junta denied it.</p><p class="shared-history">Mali and France share a history.</p>
                <div class="entry-tags"><a>Mali</a></div></article>
                <section class="comments"><p>Reader: it was signed.</p></section>
                <div id="comments"><p>Another reader.</p></div><div id="respond"><p>Leave a reply</p></div>
                """;
        assertEquals("Deal\n\nThe junta denied it.\n\nMali and France share a history.", HTML.toText(page));
    }

    @Test
    void listItemsAreLinesOfOneBlock() {
        String page = "<p>Countries:</p><ul><li>Libya</li><li>Syria <b>and</b> Sudan</li></ul><p>After.</p>";

        assertEquals("Countries:\n\nLibya\nSyria and Sudan\n\nAfter.", HTML.toText(page));
    }

    @Test
    void paragraphsInsideAListItemStayWithTheItem() {
        assertEquals("one\ntwo\nthree", HTML.toText("<ol><li><p>one</p><p>two</p></li><li>three</li></ol>"));
    }

    @Test
    void decodesEntitiesAndKeepsTheCharactersOfTheText() {
        String page = "<p>&ldquo;Absolutely irreconcilable&rdquo; &ndash; Le Drian&#8217;s words, "
                + "6&nbsp;billion CFA francs &amp; more: \"straight\" and ‘curly’ quotes stay.</p>";

        assertEquals("“Absolutely irreconcilable” – Le Drian’s words, 6\u00a0billion CFA francs & more: "
                + "\"straight\" and ‘curly’ quotes stay.", HTML.toText(page));
    }

    @Test
    void brEndsALineAndPreKeepsItsLinesAndInnerSpaces() {
        // Lines are trimmed at both ends, as the cleaner does; the spaces inside a pre line stay.
        assertEquals("line one\nline two\n\na  b\nc", HTML.toText("<p>line one<br>line two</p><pre>a  b\n  c</pre>"));
    }

    @Test
    void tableCellsAreSeparatedAndRowsAreLines() {
        assertEquals("Actor Role\nPeskov Spokesman",
                HTML.toText("<table><tr><th>Actor</th><th>Role</th></tr><tr><td>Peskov</td><td>Spokesman</td></tr></table>"));
    }

    @Test
    void hiddenAndControlElementsAreDropped() {
        assertEquals("Visible.", HTML.toText("<div hidden>Secret</div><p>Visible.</p><button>Accept</button><svg><text>x</text></svg>"));
    }

    @Test
    void fragmentsWithoutBodyWork() {
        assertEquals("Bare text.", HTML.toText("Bare text."));
        assertEquals("", HTML.toText("<script>only()</script>"));
    }

    @Test
    void detectsHtml() {
        assertTrue(HtmlToText.looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
        assertTrue(HtmlToText.looksLikeHtml("\uFEFF  <html lang=\"en\">"));
        assertTrue(HtmlToText.looksLikeHtml("<p>Paragraph one.</p>\n<p>Paragraph two.</p>"));
        assertTrue(HtmlToText.looksLikeHtml("<div class=\"story\">Text<br/>more</div>"));
    }

    @Test
    void plainTextIsNotHtml() {
        assertFalse(HtmlToText.looksLikeHtml("Mali's junta and Wagner are closing in on a deal."));
        assertFalse(HtmlToText.looksLikeHtml("Use the <b> tag sparingly, said no one, and 3 < 4 > 2."));
        assertFalse(HtmlToText.looksLikeHtml(""));
    }

    @Test
    void theLanguageThePageDeclares() {
        assertEquals("en", HTML.read("<html lang=\"EN\"><body><p>Text.</p></body></html>").language());
        assertEquals("fr-FR", HTML.read("<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head><p>Texte.</p></html>").language());
        assertNull(HTML.read("<html lang=\"English (UK)\"><p>Text.</p></html>").language(), "not a language tag");
        assertNull(HTML.read("<p>Text.</p>").language());
    }

    @Test
    void datesThePageStatesForMachinesAreRead() {
        HtmlToText.Page openGraph = HTML.read("<html><head><meta property=\"article:published_time\" content=\"2021-09-14T23:30:00-05:00\">"
                + "<meta property=\"article:modified_time\" content=\"2021-09-15\"></head><body><p>Text.</p></body></html>");
        assertEquals(LocalDate.of(2021, 9, 14), openGraph.publishedOn(), "the date as written, not shifted to UTC");
        assertEquals(LocalDate.of(2021, 9, 15), openGraph.updatedOn());
        assertEquals("Text.", openGraph.text());
        assertNull(openGraph.siteName());
        HtmlToText.Page named = HTML.read("<meta property=\"og:site_name\" content=\" Reuters \"><meta name=\"author\" content=\"\">"
                + "<meta name=\"author\" content=\"Jane Doe\"><p>Text.</p>");
        assertEquals("Reuters", named.siteName());
        assertEquals("Jane Doe", named.author(), "the first author that is not blank");

        HtmlToText.Page microdata = HTML.read("<article><time itemprop=\"datePublished\" datetime=\"2021-11-15\">Nov 15</time>"
                + "<p>Text.</p></article>");
        assertEquals(LocalDate.of(2021, 11, 15), microdata.publishedOn());

        HtmlToText.Page jsonLd = HTML.read("<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"datePublished\": \"2021-09-13T08:00:00Z\", \"dateModified\" : \"2021-09-16T08:00:00Z\"}</script></head><p>Text.</p>");
        assertEquals(LocalDate.of(2021, 9, 13), jsonLd.publishedOn());
        assertEquals(LocalDate.of(2021, 9, 16), jsonLd.updatedOn());
        assertEquals("Text.", jsonLd.text(), "the JSON-LD is not text");

        HtmlToText.Page none = HTML.read("<meta property=\"article:published_time\" content=\"2021-13-45\"><p>Text.</p>");
        assertNull(none.publishedOn(), "an impossible date is no date");
        assertNull(none.updatedOn());
    }
}
