package org.claimgraph.ingest.clean;

import java.util.Objects;

/**
 * A line the cleaner dropped from the text, kept so that a reviewer can see why nothing of value was lost.
 *
 * @param lineNumber 1-based line number in the input after line endings were normalised
 * @param text       the line with surrounding whitespace stripped
 * @param reason     which rule dropped it
 */
public record RemovedLine(int lineNumber, String text, Reason reason) {

    public RemovedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why a line was dropped. DATELINE and BYLINE lines are not lost: they become metadata. */
    public enum Reason {
        COOKIE_BANNER,
        NAVIGATION,
        LOGO,
        PAGER,
        VIEW_COUNTER,
        RELATED_POSTS,
        SHARE_BUTTONS,
        TAGS,
        COMMENTS,
        BIBLIOGRAPHY,
        FOOTER,
        DATELINE,
        BYLINE,
        PAGE_MARKER,
        IMAGE_CAPTION,
        EDITORIAL_NOTE
    }
}
