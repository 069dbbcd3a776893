package org.claimgraph.ingest.extract;

import java.util.Objects;
import org.claimgraph.ingest.KnownActor;
import org.claimgraph.source.SourceKind;

/**
 * Who a claim is attributed to, as the text names it.
 *
 * @param kind           what sort of source it is
 * @param name           a short name: the actor's canonical name, or the text's own noun phrase ("four sources")
 * @param anonymousCount for ANONYMOUS sources, how many the text says there are ("four sources" = 4, "a source" =
 *                       1); null when it does not say ("diplomatic sources", "more than a dozen people")
 * @param description    the text's full wording ("a European source tracking West Africa"), or null
 * @param actor          the actor who is the speaker itself (a named person, a ministry speaking as a body, a media
 *                       outlet); null for unnamed people, including an unnamed spokesman of a known body, whose
 *                       body is then named in the description
 */
public record ExtractedSource(SourceKind kind, String name, Integer anonymousCount, String description,
                              KnownActor actor) {

    public ExtractedSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** The same speaker, whatever the wording: same actor, or same kind, count and name. */
    boolean sameSpeaker(ExtractedSource other) {
        if (actor != null || other.actor != null) {
            return actor != null && other.actor != null && actor.id() == other.actor.id();
        }
        return kind == other.kind && Objects.equals(anonymousCount, other.anonymousCount)
                && name.equalsIgnoreCase(other.name);
    }
}
