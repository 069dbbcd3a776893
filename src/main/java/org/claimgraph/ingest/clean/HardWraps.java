package org.claimgraph.ingest.clean;

import java.util.regex.Pattern;

/**
 * Joins the lines of text wrapped at a fixed width — wire feeds, e-mail, text copied out of a PDF — back into
 * paragraphs. The pipeline reads a line as a paragraph, so in such text every sentence was cut at the margin and
 * its claims lost their speakers. A line is joined to the next when the next one's first word would have fitted
 * on it had there been no break — the mark of an automatic wrap — once at least {@link #MIN_JOINS} such lines stop
 * in mid-sentence. Text whose lines run longer than {@link #MAX_WIDTH} is one paragraph per line already and is
 * left as it is.
 */
final class HardWraps {

    private static final int MAX_WIDTH = 100;
    private static final int MIN_WIDTH = 30;
    private static final int MIN_JOINS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:]['\"”’»)\\]]*$");

    private HardWraps() {
    }

    static String unwrap(String text) {
        String[] lines = text.split("\n", -1);
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.strip().length());
        }
        if (width > MAX_WIDTH || width < MIN_WIDTH) {
            return text;
        }
        boolean[] joinsNext = new boolean[lines.length];
        int midSentence = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            String next = lines[i + 1].strip();
            if (line.isEmpty() || next.isEmpty()) {
                continue;
            }
            int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
            if (line.length() + 1 + firstWord > width) {
                joinsNext[i] = true;
                midSentence += SENTENCE_END.matcher(line).matches() ? 0 : 1;
            }
        }
        // Lines that stop at the margin in mid-sentence are what wrapping leaves; a page of short one-line paragraphs
        // has none
        if (midSentence < MIN_JOINS) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            out.append(joinsNext[i] ? lines[i].stripTrailing() : lines[i]);
            if (i + 1 < lines.length) {
                out.append(joinsNext[i] ? ' ' : '\n');
                if (joinsNext[i]) {
                    lines[i + 1] = lines[i + 1].stripLeading();
                }
            }
        }
        return out.toString();
    }
}
