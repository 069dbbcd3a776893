package org.claimgraph.claim;

/**
 * Where a passage sits in a cleaned text, as W3C Web Annotation selectors put it: start and end
 * in Unicode code points (what PostgreSQL's substring counts), with up to
 * {@value #CONTEXT} code points of context on each side.
 */
public record TextAnchor(int start, int end, String prefix, String suffix) {

    public static final int CONTEXT = 32;

    /** The anchor of {@code text.substring(charStart, charEnd)}; offsets in Java chars. */
    public static TextAnchor of(String text, int charStart, int charEnd) {
        int start = text.codePointCount(0, charStart);
        int end = start + text.codePointCount(charStart, charEnd);
        int prefixStart = text.offsetByCodePoints(charStart, -Math.min(CONTEXT, start));
        int suffixEnd = text.offsetByCodePoints(charEnd, Math.min(CONTEXT, text.codePointCount(charEnd, text.length())));
        return new TextAnchor(start, end, text.substring(prefixStart, charStart), text.substring(charEnd, suffixEnd));
    }

    public void applyTo(Claim claim) {
        claim.startOffset = start;
        claim.endOffset = end;
        claim.prefix = prefix;
        claim.suffix = suffix;
    }
}
