package org.claimgraph.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.link.ActorLinker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor linker over every actor in the database that is not rejected. Building it reads the
 * whole actor table, so it is kept and rebuilt only when the actors or their names changed
 * (checked with one cheap query per ingest).
 */
@ApplicationScoped
public class Gazetteer {

    private record Snapshot(String version, ActorLinker linker) {
    }

    private volatile Snapshot snapshot;

    public ActorLinker linker() {
        String version = Panache.getEntityManager().createNativeQuery(
                "SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM actor_alias) || '/' || "
                        + "(SELECT count(*) || ':' || count(*) FILTER (WHERE review_status = 'REJECTED') FROM actor)")
                .getSingleResult().toString();
        Snapshot current = snapshot;
        if (current == null || !current.version().equals(version)) {
            current = new Snapshot(version, new ActorLinker(load()));
            snapshot = current;
        }
        return current.linker();
    }

    private static List<KnownActor> load() {
        Map<Long, Object[]> actors = new LinkedHashMap<>();
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        for (Object row : Panache.getEntityManager().createNativeQuery(
                "SELECT a.id, a.name, a.kind, al.alias FROM actor a LEFT JOIN actor_alias al ON al.actor_id = a.id "
                        + "WHERE a.review_status <> 'REJECTED' ORDER BY a.id, al.id").getResultList()) {
            Object[] columns = (Object[]) row;
            long id = ((Number) columns[0]).longValue();
            actors.putIfAbsent(id, columns);
            List<String> names = aliases.computeIfAbsent(id, key -> new ArrayList<>());
            if (columns[3] != null) {
                names.add((String) columns[3]);
            }
        }
        List<KnownActor> known = new ArrayList<>(actors.size());
        actors.forEach((id, columns) -> known.add(new KnownActor(id, (String) columns[1],
                ActorKind.valueOf((String) columns[2]), aliases.get(id))));
        return known;
    }
}
