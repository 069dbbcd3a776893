package org.claimgraph.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.link.ActorLinker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor linker over every actor in the database that is not rejected. Building it reads and indexes every
 * name, which at 20,000 actors took about 0.4 s, and nearly every ingest adds a candidate actor: an import into
 * such a database ran at 2.8 articles a second (docs/BENCHMARKS.md, Throughput). So the linker is kept and checked with one cheap query per ingest;
 * when names were only added since (new candidates, new aliases), only those are read and indexed into a copy of
 * it; any other change (an actor rejected, a kind changed, an alias removed) rebuilds it.
 */
@ApplicationScoped
public class Gazetteer {

    /** What the linker was built from; equal states mean nothing it depends on changed. */
    private record State(long aliases, long lastAlias, long actors, long rejected, long people) {

        /** Whether {@code now} only adds aliases (and actors) to this state. */
        boolean onlyAddedTo(State now) {
            return now.rejected == rejected && now.people == people && now.lastAlias > lastAlias
                    && now.aliases - aliases == now.lastAlias - lastAlias && now.actors >= actors;
        }
    }

    private record Snapshot(State state, Map<Long, KnownActor> actors, ActorLinker linker) {
    }

    private volatile Snapshot snapshot;

    public ActorLinker linker() {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(
                "SELECT (SELECT count(*) FROM actor_alias), (SELECT coalesce(max(id), 0) FROM actor_alias), "
                        + "(SELECT count(*) FROM actor), (SELECT count(*) FROM actor WHERE review_status = 'REJECTED'), "
                        + "(SELECT count(*) FROM actor WHERE kind = 'PERSON')")
                .getSingleResult();
        State now = new State(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]));
        Snapshot current = snapshot;
        if (current != null && current.state().equals(now)) {
            return current.linker();
        }
        Snapshot next = current != null && current.state().onlyAddedTo(now) ? extended(current, now) : null;
        if (next == null) {
            Map<Long, KnownActor> all = load("", Map.of());
            next = new Snapshot(now, all, new ActorLinker(List.copyOf(all.values())));
        }
        snapshot = next;
        return next.linker();
    }

    /** The snapshot with the aliases added since it was taken, or null when they do not account for every new actor. */
    private static Snapshot extended(Snapshot current, State now) {
        Map<Long, KnownActor> changed = load(" AND al.id > " + current.state().lastAlias(), current.actors());
        long newActors = changed.keySet().stream().filter(id -> !current.actors().containsKey(id)).count();
        if (current.actors().size() + newActors != now.actors() - now.rejected()) {
            return null;
        }
        Map<Long, KnownActor> all = new HashMap<>(current.actors());
        all.putAll(changed);
        return new Snapshot(now, all, current.linker().with(List.copyOf(changed.values())));
    }

    /**
     * Actors that are not rejected, with their aliases, in id order; {@code aliasCondition} restricts the aliases
     * read, whose actors then keep the aliases they have in {@code known}.
     */
    private static Map<Long, KnownActor> load(String aliasCondition, Map<Long, KnownActor> known) {
        Map<Long, Object[]> actors = new LinkedHashMap<>();
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        String join = aliasCondition.isEmpty() ? "LEFT JOIN" : "JOIN";
        for (Object row : Panache.getEntityManager().createNativeQuery(
                "SELECT a.id, a.name, a.kind, al.alias FROM actor a " + join + " actor_alias al ON al.actor_id = a.id"
                        + aliasCondition + " WHERE a.review_status <> 'REJECTED' ORDER BY a.id, al.id").getResultList()) {
            Object[] columns = (Object[]) row;
            long id = ((Number) columns[0]).longValue();
            actors.putIfAbsent(id, columns);
            List<String> names = aliases.computeIfAbsent(id, key -> known.containsKey(key)
                    ? new ArrayList<>(known.get(key).aliases()) : new ArrayList<>());
            if (columns[3] != null) {
                names.add((String) columns[3]);
            }
        }
        Map<Long, KnownActor> loaded = new LinkedHashMap<>();
        actors.forEach((id, columns) -> loaded.put(id, new KnownActor(id, (String) columns[1],
                ActorKind.valueOf((String) columns[2]), aliases.get(id))));
        return loaded;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
