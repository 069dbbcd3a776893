package org.claimgraph.ingest.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Pipeline stage: an HTML page in, the plain text a reader sees out, laid out the way
 * {@link org.claimgraph.ingest.clean.TextCleaner} expects (one block per line, blocks separated by a blank line).
 *
 * <ul>
 * <li>Dropped with their content: scripts, styles, navigation, the page header, footers, asides, forms and
 * controls, {@code noscript}, templates, inline SVG, iframes, elements marked {@code hidden}, and readers' comments,
 * sharing buttons and tag lists by the ids and classes publishing tools give them. A
 * {@code header} inside an {@code article} or {@code main} is the article's own header and usually holds the
 * headline, so it is kept.</li>
 * <li>Headings, paragraphs, block quotes, {@code div}s and other blocks become lines with a blank line between
 * them; list items, table rows and definition entries become consecutive lines; {@code br} ends a line; table
 * cells are separated by a space.</li>
 * <li>Entities are decoded by the parser. The characters of the text are kept as they are (curly quotes, dashes
 * and non-breaking spaces included): only HTML's collapsible whitespace is collapsed, and not inside
 * {@code pre}. Every line is trimmed at both ends, as the cleaner trims them.</li>
 * </ul>
 *
 * <p>Stateless: one instance may be shared between threads.
 */
public final class HtmlToText {

    private static final String NON_CONTENT =
            "script, style, nav, footer, aside, form, button, noscript, template, svg, iframe, [hidden], #comments, #respond,"
                    + " [class~=(?i)(^|\\s)(comments?(-area|-list|-section)?|share(-buttons|-bar|-tools)?|sharing|social-share"
                    + "|sharedaddy|(post|entry|article)-tags|tags)(\\s|$)]";

    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "main", "header", "blockquote",
            "pre", "figure", "figcaption", "address", "details", "summary", "table", "ul", "ol", "dl", "hr");

    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd");

    private static final Set<String> CELLS = Set.of("td", "th");

    /** HTML's collapsible whitespace (not U+00A0, which is text). */
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private static final Pattern DOCUMENT_START =
            Pattern.compile("\\A\\uFEFF?\\s*(<!doctype\\s+html|<html[\\s>])", Pattern.CASE_INSENSITIVE);

    private static final Pattern TAG = Pattern.compile(
            "</?(html|head|body|title|meta|link|script|style|p|div|span|a|br|hr|img|h[1-6]|ul|ol|li|table|tr|td|th"
                    + "|article|section|main|header|footer|nav|aside|blockquote|em|strong|b|i|u|figure|figcaption)"
                    + "(\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    /** How much of the input {@link #looksLikeHtml} reads: markup shows at the top of a page. */
    private static final int SNIFF_CHARS = 64 * 1024;

    /**
     * Whether {@code text} is HTML rather than plain text: it opens with a doctype or {@code <html>}, or it has at
     * least two tags of common HTML elements near its top. One tag-like string is not enough, since plain text can
     * quote one ("the <b> tag").
     */
    public static boolean looksLikeHtml(String text) {
        Objects.requireNonNull(text, "text");
        CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
        if (DOCUMENT_START.matcher(head).find()) {
            return true;
        }
        Matcher tags = TAG.matcher(head);
        int found = 0;
        while (found < 2 && tags.find()) {
            found++;
        }
        return found >= 2;
    }

    /**
     * A page read: its visible text, and what its markup states for machines, which pages often do not print
     * near the text: the publication and update dates (Open Graph's {@code article:published_time} /
     * {@code modified_time}, schema.org's {@code datePublished} / {@code dateModified} in microdata or JSON-LD),
     * the site's name (Open Graph's {@code og:site_name}) and the author ({@code <meta name="author">}); null
     * where the markup says nothing.
     */
    public record Page(String text, LocalDate publishedOn, LocalDate updatedOn, String siteName, String author,
                       String language) {

        /** A plain-text page: the text, and nothing stated for machines. */
        public static Page plain(String text) {
            return new Page(text, null, null, null, null, null);
        }
    }

    private static final String PUBLISHED = "meta[property=article:published_time], meta[name=article:published_time],"
            + " [itemprop=datePublished]";
    private static final String MODIFIED = "meta[property=article:modified_time], meta[name=article:modified_time],"
            + " [itemprop=dateModified]";
    /** An ISO date at the start of an attribute value or after a JSON-LD key: "2021-09-14T10:00:00Z". */
    private static final Pattern ISO_DATE_START = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

    /** What ingestArticle accepts as a language from its caller. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)*");

    private static final Pattern JSON_LD_PUBLISHED = jsonLdKey("datePublished");
    private static final Pattern JSON_LD_MODIFIED = jsonLdKey("dateModified");

    private static Pattern jsonLdKey(String key) {
        return Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"");
    }

    public Page read(String html) {
        Document document = Jsoup.parse(Objects.requireNonNull(html, "html"));
        LocalDate published = markedDate(document, PUBLISHED, JSON_LD_PUBLISHED);
        LocalDate modified = markedDate(document, MODIFIED, JSON_LD_MODIFIED);
        String siteName = content(document, "meta[property=og:site_name]");
        String author = content(document, "meta[name=author]");
        return new Page(text(document), published, modified, siteName, author, language(document));
    }

    /**
     * The language the page declares — {@code <html lang>}, else Open Graph's locale or a content-language meta —
     * as a language tag ("en", "fr-FR"); null when it declares none or not as a tag.
     */
    private static String language(Document document) {
        Element root = document.selectFirst("html[lang]");
        String declared = root != null && !root.attr("lang").isBlank() ? root.attr("lang").strip()
                : content(document, "meta[property=og:locale], meta[http-equiv=content-language]");
        if (declared == null) {
            return null;
        }
        String[] parts = declared.replace('_', '-').split("-", 2);
        String tag = parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "-" + parts[1] : "");
        return LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
    }

    /** The first non-blank {@code content} of the elements {@code selector} finds, stripped; null if none. */
    private static String content(Document document, String selector) {
        return document.select(selector).stream().map(meta -> meta.attr("content").strip())
                .filter(value -> !value.isEmpty()).findFirst().orElse(null);
    }

    /** The date in the first element {@code selector} finds (content, datetime or text), else in JSON-LD. */
    private static LocalDate markedDate(Document document, String selector, Pattern jsonLdKey) {
        for (Element element : document.select(selector)) {
            String value = element.hasAttr("content") ? element.attr("content")
                    : element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            LocalDate date = isoDate(value);
            if (date != null) {
                return date;
            }
        }
        for (Element script : document.select("script[type=application/ld+json]")) {
            Matcher found = jsonLdKey.matcher(script.data());
            if (found.find()) {
                LocalDate date = isoDate(found.group(1));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The calendar date a value starts with, as the publisher wrote it (no time-zone shift); null if none. */
    private static LocalDate isoDate(String value) {
        Matcher date = ISO_DATE_START.matcher(value);
        if (!date.find()) {
            return null;
        }
        try {
            return LocalDate.parse(date.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The visible text of {@code html}: blocks separated by one blank line, no leading or trailing blank lines.
     *
     * @throws NullPointerException when {@code html} is null
     */
    public String toText(String html) {
        return text(Jsoup.parse(Objects.requireNonNull(html, "html")));
    }

    private static String text(Document document) {
        document.select(NON_CONTENT).remove();
        for (Element header : document.select("header")) {
            if (header.closest("article, main") == null) {
                header.remove();
            }
        }
        Layout layout = new Layout();
        NodeTraversor.traverse(layout, document.body());
        return layout.text();
    }

    /** Walks the DOM and writes text with the line breaks each element asks for. */
    private static final class Layout implements NodeVisitor {

        private static final int LINE = 1;
        private static final int PARAGRAPH = 2;

        private final StringBuilder out = new StringBuilder();
        /** The strongest break requested since the last text: written only when more text follows. */
        private int pendingBreak;
        private boolean pendingSpace;
        private int preDepth;
        /** Inside a list item, blocks start new lines but not new paragraphs, so the item stays together. */
        private int listItemDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                write(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("pre")) {
                    preDepth++;
                }
                if (name.equals("li")) {
                    listItemDepth++;
                }
                boundary(name);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    requestBreak(LINE);
                    return;
                }
                boundary(name);
                if (name.equals("pre")) {
                    preDepth--;
                }
                if (name.equals("li")) {
                    listItemDepth--;
                }
            }
        }

        private void boundary(String name) {
            if (BLOCKS.contains(name)) {
                requestBreak(listItemDepth > 0 ? LINE : PARAGRAPH);
            } else if (LINES.contains(name)) {
                requestBreak(LINE);
            } else if (CELLS.contains(name)) {
                pendingSpace = true;
            }
        }

        private void requestBreak(int level) {
            pendingBreak = Math.max(pendingBreak, level);
        }

        private void write(String raw) {
            String text = preDepth > 0 ? raw : HTML_SPACE.matcher(raw).replaceAll(" ");
            if (text.isEmpty() || (preDepth == 0 && text.equals(" ") && atLineStart())) {
                return;
            }
            if (pendingBreak > 0 && !out.isEmpty()) {
                trimTrailingSpace();
                out.append(pendingBreak == PARAGRAPH ? "\n\n" : "\n");
            } else if (pendingSpace && !out.isEmpty() && !endsWithSpace()) {
                out.append(' ');
            }
            pendingBreak = 0;
            pendingSpace = false;
            if (preDepth == 0 && text.charAt(0) == ' ' && (atLineStart() || endsWithSpace())) {
                text = text.substring(1);
            }
            out.append(text);
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n' || pendingBreak > 0;
        }

        private boolean endsWithSpace() {
            return !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
        }

        private void trimTrailingSpace() {
            while (endsWithSpace()) {
                out.setLength(out.length() - 1);
            }
        }

        String text() {
            StringBuilder result = new StringBuilder(out.length());
            int blankRun = 0;
            for (String line : out.toString().split("\n", -1)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    blankRun++;
                    continue;
                }
                if (!result.isEmpty()) {
                    result.append(blankRun > 0 ? "\n\n" : "\n");
                }
                result.append(trimmed);
                blankRun = 0;
            }
            return result.toString();
        }
    }
}
