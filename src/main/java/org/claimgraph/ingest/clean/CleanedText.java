package org.claimgraph.ingest.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The output of {@link TextCleaner}: article text without site chrome, and the metadata the text itself states.
 * Every metadata field is null unless the text states it.
 *
 * @param text        kept lines, one paragraph each, separated by exactly one blank line ({@code "\n\n"}), the
 *                    title (when detected) first; the characters inside a kept line are the input's, unchanged
 * @param title       the headline line, or null when the text does not open with one
 * @param publishedOn the publication date when a dateline or byline states it
 * @param updatedOn   the update date when a dateline states it ("Updated: Nov 15, 2021")
 * @param outletName  the site's own name when the page shows it in a logo line or its navigation bar
 * @param author      the byline's author(s), as written
 * @param wireAgency  the wire service a dateline opening the text credits ("BAMAKO, 3 March (Reuters) - ")
 * @param removed     every dropped line, in input order, with the reason
 */
public record CleanedText(
        String text,
        String title,
        LocalDate publishedOn,
        LocalDate updatedOn,
        String outletName,
        String author,
        String wireAgency,
        List<RemovedLine> removed) {

    public CleanedText {
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
    }
}
