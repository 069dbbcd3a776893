package org.claimgraph.ingest.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.ingest.clean.CleanedText;
import org.claimgraph.ingest.clean.RemovedLine;

/**
 * Cleaning figures, with the definitions of the cleaner's own test: chrome shapes written independently of the
 * cleaner's rules, so that a rule that is too narrow shows up as chrome left in the text.
 *
 * <ul>
 *   <li><b>chrome lines left</b>: kept paragraphs whose whole line has a chrome shape;</li>
 *   <li><b>content sentences lost</b>: removed lines that read as a body sentence (six words or more with
 *       sentence punctuation) and have no chrome shape, outside a related-posts block.</li>
 * </ul>
 */
public final class CleaningCheck {

    record Figures(int chromeLinesLeft, int contentSentencesLost) {
    }

    private static final List<Pattern> CHROME = Stream.of(
                    "(?i).*\\bcookies?\\b.*\\b(accept|read more|opt-out)\\b.*",
                    "(?i)(previous|next)\\s*(article|post|story).*",
                    "(?i).*\\blogo",
                    "(?i)\\d+\\s*views?.*|.*\\d+\\s*comments?",
                    "(?i)recent posts|related posts|see all|more in",
                    "(?i)(top|bottom) of page",
                    "\\W*\\p{Lu}\\p{L}+, \\p{Lu}\\..*\\(\\d{4}\\).*",
                    "(?i).*web design.*",
                    "(?i).*(index|home)\\s*about\\s*us.*",
                    "(?i)(updated|published|written by)\\s*:.*")
            .map(Pattern::compile)
            .toList();
    private static final Pattern SENTENCE = Pattern.compile("[.!?][\"'”’)]*(\\s|$)");
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)recent posts|related posts|see all");

    private CleaningCheck() {
    }

    static Figures of(String raw, CleanedText cleaned) {
        int chromeLeft = 0;
        if (!cleaned.text().isEmpty()) {
            for (String paragraph : cleaned.text().split("\n\n", -1)) {
                if (isChrome(paragraph)) {
                    chromeLeft++;
                }
            }
        }
        Set<Integer> removed = new HashSet<>();
        cleaned.removed().stream().map(RemovedLine::lineNumber).forEach(removed::add);
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int lost = 0;
        boolean afterRelatedHeading = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", "");
            afterRelatedHeading |= RELATED_HEADING.matcher(line).matches();
            if (removed.contains(i + 1) && line.split("\\s+").length >= 6 && SENTENCE.matcher(line).find()
                    && !isChrome(line) && !afterRelatedHeading) {
                lost++;
            }
        }
        return new Figures(chromeLeft, lost);
    }

    /**
     * Whether a whole line has a site-chrome shape. Written independently of the cleaner's own
     * rules, so that a cleaner rule that is too narrow shows up as chrome left in the text; the
     * cleaner's tests use it for the same reason.
     */
    public static boolean isChrome(String line) {
        return CHROME.stream().anyMatch(p -> p.matcher(line).matches());
    }
}
