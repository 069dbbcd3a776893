package org.claimgraph.ingest;

/**
 * A name found in a cleaned text. {@code actor} is null for a candidate: a proper name the
 * linker could not resolve, to be stored as an unreviewed actor. Offsets are Java char indices
 * into the cleaned text (the persistence layer converts them to code points).
 */
public record LinkedMention(KnownActor actor, String surface, int start, int end) {

    public boolean isCandidate() {
        return actor == null;
    }
}
