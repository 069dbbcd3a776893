package org.claimgraph.ingest.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.claimgraph.ingest.clean.RemovedLine.Reason;

/**
 * Removes site chrome from an article's plain text and reads the metadata the text states about itself.
 *
 * <p>Text wrapped at a fixed width is first joined back into one line per paragraph ({@link HardWraps}). Then it
 * works line by line: a line is either kept whole, with its characters untouched apart from surrounding
 * whitespace, or dropped whole with a {@link Reason}. Keeping lines intact is what lets researchers' quotes stay
 * exact substrings of the cleaned text. Rules run in an order where the more certain ones decide first:
 * <ol>
 * <li>lines whose shape alone says chrome, wherever they are (cookie banner, menu, pager, counters, footer
 * credits, page markers, reference-list entries, sharing buttons, tag lists);</li>
 * <li>blocks: consent buttons after a banner, a "References" heading over its entries, and a related-posts or
 * readers' comments heading with everything after it up to the end of the page;</li>
 * <li>lines that are chrome only outside the article body (logos, a bare date above the body);</li>
 * <li>datelines and bylines, which become metadata;</li>
 * <li>the title: the first remaining line, if it reads as a headline;</li>
 * <li>a wire dateline opening the first paragraph ("BAMAKO, 3 March 2022 (Reuters) - "), whose date is the
 *     publication date when no line gives one; the dateline stays in the text.</li>
 * </ol>
 *
 * <p>Stateless: one instance may be shared between threads.
 */
public final class TextCleaner {

    /**
     * Cleans {@code raw}. Blank input gives empty text and no metadata; rejecting it is the caller's decision.
     *
     * @throws NullPointerException when {@code raw} is null
     */
    public CleanedText clean(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new Page(raw).clean();
    }

    /** The state of one {@link #clean} call. */
    private static final class Page {

        private final String[] lines;
        private final Reason[] reasons;
        private String title;
        private LocalDate publishedOn;
        private LocalDate updatedOn;
        private String outletName;
        private String wireAgency;
        private String author;

        Page(String raw) {
            lines = HardWraps.unwrap(raw.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                lines[i] = trim(lines[i]);
            }
            reasons = new Reason[lines.length];
        }

        CleanedText clean() {
            markLineChrome();
            markConsentButtons();
            markReferenceLists();
            markRelatedPosts();
            markComments();
            markChromeOutsideBody();
            readDatelinesAndBylines();
            detectTitle();
            readWireDateline();
            return result();
        }

        private void markLineChrome() {
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isEmpty()) {
                    reasons[i] = lineChrome(lines[i]);
                }
            }
        }

        private Reason lineChrome(String line) {
            if (LineShapes.isPageMarker(line)) {
                return Reason.PAGE_MARKER;
            }
            if (LineShapes.isCookieBanner(line)) {
                return Reason.COOKIE_BANNER;
            }
            LineShapes.Named menu = LineShapes.navigation(line);
            if (menu != null) {
                outlet(menu.name());
                return Reason.NAVIGATION;
            }
            if (LineShapes.isPager(line)) {
                return Reason.PAGER;
            }
            if (LineShapes.isViewCounter(line)) {
                return Reason.VIEW_COUNTER;
            }
            if (LineShapes.isFooter(line)) {
                return Reason.FOOTER;
            }
            if (LineShapes.isRelatedLink(line)) {
                return Reason.RELATED_POSTS;
            }
            if (LineShapes.isShareButtons(line)) {
                return Reason.SHARE_BUTTONS;
            }
            if (LineShapes.isTagList(line)) {
                return Reason.TAGS;
            }
            if (LineShapes.isImageCaption(line)) {
                return Reason.IMAGE_CAPTION;
            }
            if (LineShapes.isEditorialNote(line)) {
                return Reason.EDITORIAL_NOTE;
            }
            return LineShapes.isCitation(line) ? Reason.BIBLIOGRAPHY : null;
        }

        private void markConsentButtons() {
            for (int i = 0; i < lines.length; i++) {
                if (reasons[i] != Reason.COOKIE_BANNER) {
                    continue;
                }
                // "Read More" alone reads as a navigation link until a banner above it says otherwise.
                for (int j = next(i); j < lines.length && (reasons[j] == null || reasons[j] == Reason.NAVIGATION)
                        && LineShapes.isConsentButtons(lines[j]); j = next(j)) {
                    reasons[j] = Reason.COOKIE_BANNER;
                }
            }
        }

        /** A "References"-like heading counts as chrome only when reference entries follow it. */
        private void markReferenceLists() {
            for (int i = 0; i < lines.length; i++) {
                if (reasons[i] != null || lines[i].isEmpty() || !LineShapes.isReferencesHeading(lines[i])) {
                    continue;
                }
                int j = next(i);
                if (j >= lines.length || !isListedReference(j)) {
                    continue;
                }
                reasons[i] = Reason.BIBLIOGRAPHY;
                for (; j < lines.length && isListedReference(j); j = next(j)) {
                    reasons[j] = Reason.BIBLIOGRAPHY;
                }
            }
        }

        private boolean isListedReference(int i) {
            return reasons[i] == Reason.BIBLIOGRAPHY || reasons[i] == null && LineShapes.isListedReference(lines[i]);
        }

        /**
         * Teaser titles and excerpts under "Recent Posts" look like body text (they even hold sentences and
         * "By Name" bylines), so the whole run after the heading goes, up to a page marker or the end.
         */
        private void markRelatedPosts() {
            markBlocksAfter(0, LineShapes::isRelatedHeading, Reason.RELATED_POSTS);
        }

        /**
         * Readers' comments under "3 comments" or "Leave a reply" are not the article, whatever they say. Only
         * below the first sentence: above it such a line is a menu entry, and the article still to come.
         */
        private void markComments() {
            int body = 0;
            while (body < lines.length && !LineShapes.isSentence(lines[body])) {
                body++;
            }
            markBlocksAfter(body, LineShapes::isCommentsHeading, Reason.COMMENTS);
        }

        private void markBlocksAfter(int from, Predicate<String> heading, Reason reason) {
            boolean inBlock = false;
            for (int i = from; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                if (reasons[i] == Reason.PAGE_MARKER) {
                    inBlock = false;
                } else if (reasons[i] == null && inBlock) {
                    reasons[i] = reason;
                } else if ((reasons[i] == null || reasons[i] == Reason.VIEW_COUNTER) && heading.test(lines[i])) {
                    // "3 comments" reads as a counter too; it is the heading of what follows
                    inBlock = true;
                    reasons[i] = reason;
                }
            }
        }

        /**
         * A "Name Logo" line or a bare date is chrome above or below the article, but inside the body it could be a
         * heading ("The New Logo", "September 11, 2001"), so these rules only look outside the body.
         */
        private void markChromeOutsideBody() {
            int firstSentence = lines.length;
            int lastSentence = -1;
            for (int i = 0; i < lines.length; i++) {
                if (reasons[i] == null && LineShapes.isSentence(lines[i])) {
                    firstSentence = Math.min(firstSentence, i);
                    lastSentence = i;
                }
            }
            for (int i = 0; i < lines.length; i++) {
                if (reasons[i] != null || lines[i].isEmpty() || (i >= firstSentence && i <= lastSentence)) {
                    continue;
                }
                LineShapes.Named logo = LineShapes.logo(lines[i]);
                if (logo != null) {
                    reasons[i] = Reason.LOGO;
                    outlet(logo.name());
                } else if (i < firstSentence) {
                    LocalDate date = Dates.parse(lines[i]);
                    if (date != null) {
                        reasons[i] = Reason.DATELINE;
                        publishedOn = publishedOn == null ? date : publishedOn;
                    }
                }
            }
        }

        private void readDatelinesAndBylines() {
            for (int i = 0; i < lines.length; i++) {
                if (reasons[i] != null || lines[i].isEmpty()) {
                    continue;
                }
                LineShapes.Dateline dateline = LineShapes.dateline(lines[i]);
                if (dateline != null) {
                    reasons[i] = Reason.DATELINE;
                    publishedOn = publishedOn == null ? dateline.publishedOn() : publishedOn;
                    updatedOn = updatedOn == null ? dateline.updatedOn() : updatedOn;
                    author = author == null ? dateline.author() : author;
                    continue;
                }
                LineShapes.Byline byline = LineShapes.byline(lines[i]);
                if (byline != null) {
                    reasons[i] = Reason.BYLINE;
                    author = author == null ? byline.author() : author;
                    publishedOn = publishedOn == null ? byline.publishedOn() : publishedOn;
                }
            }
        }

        /** The first kept line is the title when it reads as a headline and is set apart from what follows. */
        private void detectTitle() {
            int first = nextKept(-1);
            if (first >= lines.length || !LineShapes.isHeadline(lines[first])) {
                return;
            }
            int following = nextKept(first);
            boolean setApart = first + 1 < lines.length && lines[first + 1].isEmpty();
            if (following < lines.length && (setApart || LineShapes.isSentence(lines[following]))) {
                title = lines[first];
            }
        }

        /** "BAMAKO, 3 March 2022 (Reuters) - …": the date opening the first paragraph, when no line states one. */
        private void readWireDateline() {
            int first = nextKept(-1);
            if (first < lines.length && lines[first].equals(title)) {
                first = nextKept(first);
            }
            WireDateline dateline = first < lines.length ? WireDateline.at(lines[first], 0, lines[first].length()) : null;
            if (dateline != null) {
                publishedOn = publishedOn == null ? dateline.date() : publishedOn;
                wireAgency = dateline.agency();
            }
        }

        private CleanedText result() {
            List<String> kept = new ArrayList<>();
            List<RemovedLine> removed = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (reasons[i] != null) {
                    removed.add(new RemovedLine(i + 1, lines[i], reasons[i]));
                } else if (!lines[i].isEmpty()) {
                    kept.add(lines[i]);
                }
            }
            return new CleanedText(String.join("\n\n", kept), title, publishedOn, updatedOn, outletName, author, wireAgency,
                    removed);
        }

        private void outlet(String name) {
            if (outletName == null) {
                outletName = name;
            }
        }

        /** The next non-blank line after {@code i}, or {@code lines.length}. */
        private int next(int i) {
            int j = i + 1;
            while (j < lines.length && lines[j].isEmpty()) {
                j++;
            }
            return j;
        }

        /** The next non-blank line after {@code i} that no rule removed, or {@code lines.length}. */
        private int nextKept(int i) {
            int j = next(i);
            while (j < lines.length && reasons[j] != null) {
                j = next(j);
            }
            return j;
        }

        /** Strips surrounding whitespace, including the no-break and zero-width spaces HTML leaves behind. */
        private static String trim(String line) {
            int start = 0;
            int end = line.length();
            while (start < end && isSpace(line.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(line.charAt(end - 1))) {
                end--;
            }
            return line.substring(start, end);
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
        }
    }
}
