package org.claimgraph.ingest;

import org.claimgraph.actor.ActorKind;

import java.util.List;

/** An actor the pipeline can link to: its id in the graph, canonical name, kind and every alias. */
public record KnownActor(long id, String name, ActorKind kind, List<String> aliases) {
    public KnownActor {
        aliases = List.copyOf(aliases);
    }
}
