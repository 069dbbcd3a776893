package org.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations in one paragraph. Double quotes only: single quotes double as apostrophes and usually mark a
 * title or a term, not speech. Curly quotes pair as written, and straight quotes toggle; a mark of the wrong shape
 * (a closing "“" after the quoted words, which sloppy typesetting produces) still closes an open quotation. A
 * quotation left open runs to the end of the paragraph, as in news style for quotes that continue.
 */
final class Quotations {

    /** {@code [start, end)} from the opening mark to just after the closing one. */
    record Span(int start, int end) {

        boolean contains(int at) {
            return at >= start && at < end;
        }
    }

    private Quotations() {
    }

    static List<Span> in(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '"' && c != '“' && c != '”' && c != '„' && c != '«' && c != '»') {
                continue;
            }
            boolean closes = open >= 0 && (c != '„' && c != '«');
            if (closes) {
                spans.add(new Span(open, i + 1));
                open = -1;
            } else if (c != '»') {
                open = i;
            }
        }
        if (open >= 0) {
            spans.add(new Span(open, to));
        }
        return spans;
    }
}
