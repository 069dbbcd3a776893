package org.claimgraph.ingest.extract;

import java.util.List;
import java.util.Objects;
import org.claimgraph.claim.Stance;
import org.claimgraph.ingest.KnownActor;

/**
 * A candidate claim found by {@link ClaimExtractor}: an unreviewed machine claim until a person confirms it.
 *
 * @param start      char offset of the quote in the cleaned text
 * @param end        char offset after the quote
 * @param quote      exactly {@code text.substring(start, end)}: the sentence or clause that carries the claim
 * @param statement  the normalised statement: "{source} {verb}: {content}" with the attribution taken out of the
 *                   content, or the sentence itself for the author's own assertions
 * @param sources    the attribution chain, immediate source first, then whoever relayed it ([four sources, Reuters])
 * @param verb       the reporting verb as written, lower-cased ("said", "according to", "denies"); "asserts" for
 *                   the author's own voice, "did not reply" and the like for non-responses
 * @param stance     how the immediate source puts it forward
 * @param subjects   the known actors the quote mentions, other than those backing its sources
 * @param topics     topic slugs from the general keyword lexicon
 * @param quantities money and counts in the quote, except those that count its sources
 * @param confidence a heuristic rank in [0, 1], higher for explicit attributions; not a calibrated probability
 */
public record ExtractedClaim(int start, int end, String quote, String statement, List<ExtractedSource> sources,
                             String verb, Stance stance, List<KnownActor> subjects, List<String> topics,
                             List<ExtractedQuantity> quantities, double confidence) {

    public ExtractedClaim {
        Objects.requireNonNull(quote, "quote");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a claim needs a source");
        }
        sources = List.copyOf(sources);
        subjects = List.copyOf(subjects);
        topics = List.copyOf(topics);
        quantities = List.copyOf(quantities);
    }

    /** The source the claim is attributed to first, before any relay. */
    public ExtractedSource immediateSource() {
        return sources.get(0);
    }
}
