package org.claimgraph.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import org.claimgraph.database.ArrayHas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entities by id in one statement: what every batched resolver of a to-one field and every page of
 * a list needs once it knows the ids. No ids, no statement.
 */
public final class ById {

    private ById() {
    }

    public static <T> Map<Long, T> load(Class<T> entity, Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        EntityManager em = Panache.getEntityManager();
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        return em.createQuery("select e from " + entity.getSimpleName() + " e where array_has(:ids, e.id)", entity)
                .setParameter("ids", ArrayHas.of(wanted)).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) util.getIdentifier(row), Function.identity()));
    }

    /** For each source, the entity its id points to, in the same order; null where the id is null. */
    public static <S, T> List<T> resolve(Class<T> entity, List<S> sources, Function<S, Long> idOf) {
        List<Long> ids = sources.stream().map(idOf).toList();
        Map<Long, T> loaded = load(entity, ids);
        return ids.stream().map(id -> id == null ? null : loaded.get(id)).toList();
    }
}
