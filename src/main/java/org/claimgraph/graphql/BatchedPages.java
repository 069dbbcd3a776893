package org.claimgraph.graphql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of a nested list for many parents at once — the claims of 50 articles, the articles of
 * 20 actors — in two SQL statements whatever the number of parents or rows: one window query
 * that keeps the first page of each parent, one grouped count. This is what keeps the number of
 * statements of a request independent of the number of rows it returns.
 *
 * @param pairsSql SQL yielding columns {@code parent_id, child_id}: which children each parent has; null for a
 *                 root list ({@link #all})
 * @param childTable table of the children, joined on {@code id = child_id}, aliased {@code x}
 * @param order name of the order, for cursors: lists of the same table and order share their cursors
 * @param sortKey integer SQL expression on {@code x} giving the list order (ties broken by {@code x.id})
 * @param descending whether the list runs from the highest sort key down
 * @param childFilter extra SQL conditions on {@code x} (start with AND), or empty
 */
public record BatchedPages(String pairsSql, String childTable, String order, String sortKey, boolean descending,
                           String childFilter, Map<String, Object> filterParameters) {

    public BatchedPages(String pairsSql, String childTable, String sortColumn) {
        this(pairsSql, childTable, sortColumn, "x." + sortColumn, false, "", Map.of());
    }

    /**
     * Every row of a table, as the children of the single parent 0: a root list. It is read from
     * the table directly, so a deep page is an index range scan on the sort key.
     */
    public static BatchedPages all(String table) {
        return new BatchedPages(null, table, "id", "x.id", false, "", Map.of());
    }

    /** What the cursors of these lists name: the table and the order, e.g. {@code claim.id.desc}. */
    public String list() {
        return childTable + "." + order + (descending ? ".desc" : "");
    }

    /** The FROM clause: the pairs joined to the children, or the table alone for a root list. */
    private String from() {
        return pairsSql == null ? " FROM (SELECT 0 AS parent_id) p CROSS JOIN " + childTable + " x"
                : " FROM (" + pairsSql + ") p JOIN " + childTable + " x ON x.id = p.child_id";
    }

    public BatchedPages where(String condition, Map<String, Object> parameters) {
        Map<String, Object> merged = new HashMap<>(filterParameters);
        merged.putAll(parameters);
        return new BatchedPages(pairsSql, childTable, order, sortKey, descending, childFilter + " " + condition, merged);
    }

    public BatchedPages orderedBy(String orderName, String sortKeyExpression, boolean descendingOrder) {
        return new BatchedPages(pairsSql, childTable, orderName, sortKeyExpression, descendingOrder, childFilter, filterParameters);
    }

    /**
     * The connections of all parents, in the order of {@code parentIds}: page rows, totals, and
     * the children themselves loaded by id in one more statement.
     */
    public <N, E extends Edge<N>, C extends Connection<E, N>> List<C> connections(
            EntityManager em, List<Long> parentIds, Page page, Function<Collection<Long>, Map<Long, N>> loadById,
            BiFunction<String, N, E> edge, ConnectionFactory<E, C> connection) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return assemble(parentIds, page, firstRows(em, parentIds, page), page.countTotal() ? totals(em, parentIds) : Map.of(),
                loadById, edge, connection);
    }

    /**
     * Connections from page rows and totals already in hand (read ahead by the parent's resolver, see
     * {@link Selection#firstPageRows}): the children loaded by id in one statement. {@code rows} may hold
     * more than a page per parent; the extra ones are left out.
     */
    public <N, E extends Edge<N>, C extends Connection<E, N>> List<C> assemble(
            List<Long> parentIds, Page page, Map<Long, List<Row>> rows, Map<Long, Long> totals,
            Function<Collection<Long>, Map<Long, N>> loadById, BiFunction<String, N, E> edge, ConnectionFactory<E, C> connection) {
        Map<Long, List<Row>> pages = new HashMap<>();
        Set<Long> childIds = new HashSet<>();
        for (Long parent : parentIds) {
            List<Row> all = rows.getOrDefault(parent, List.of());
            List<Row> pageRows = all.subList(0, Math.min(all.size(), page.fetchSize()));
            pages.put(parent, pageRows);
            pageRows.forEach(row -> childIds.add(row.childId()));
        }
        Map<Long, N> children = childIds.isEmpty() ? Map.of() : loadById.apply(childIds);
        List<C> connections = new ArrayList<>(parentIds.size());
        String list = list();
        for (Long parent : parentIds) {
            List<E> edges = new ArrayList<>();
            for (Row row : pages.get(parent)) {
                edges.add(edge.apply(new Cursor(list, row.sortKey(), row.childId()).encode(), children.get(row.childId())));
            }
            connections.add(connection.create(edges, page, totals.getOrDefault(parent, 0L)));
        }
        return connections;
    }

    /** The constructor of a named connection type. */
    @FunctionalInterface
    public interface ConnectionFactory<E, C> {
        C create(List<E> edgesPlusOne, Page page, long totalCount);
    }

    /** A child in a parent's page, with the key its cursor encodes. */
    public record Row(long parentId, long childId, long sortKey) {
    }

    /** For each parent, its first {@code page.first() + 1} children in list order. */
    public Map<Long, List<Row>> firstRows(EntityManager em, Collection<Long> parentIds, Page page) {
        String direction = descending ? " DESC" : "";
        Cursor after = page.after(list());
        String cursorCondition = after == null ? ""
                : " AND (" + sortKey + ", x.id) " + (descending ? "<" : ">") + " (:afterSort, :afterId)";
        // One parent (a root list, one article's claims): a plain keyset query, which an index can
        // answer without reading the rows before the cursor; many parents need the window.
        String sql = parentIds.size() == 1
                ? "SELECT p.parent_id, x.id AS child_id, " + sortKey + " AS sort_key" + from()
                + " WHERE p.parent_id IN (:parents) " + childFilter + cursorCondition
                + " ORDER BY " + sortKey + direction + ", x.id" + direction + " LIMIT :limit"
                : "SELECT parent_id, child_id, sort_key FROM ("
                + " SELECT p.parent_id, x.id AS child_id, " + sortKey + " AS sort_key,"
                + " row_number() OVER (PARTITION BY p.parent_id ORDER BY " + sortKey + direction + ", x.id" + direction + ") AS rn"
                + from() + " WHERE p.parent_id IN (:parents) " + childFilter + cursorCondition
                + ") ranked WHERE rn <= :limit ORDER BY parent_id, rn";
        Query query = em.createNativeQuery(sql);
        query.setParameter("parents", parentIds);
        query.setParameter("limit", page.fetchSize());
        if (after != null) {
            query.setParameter("afterSort", after.sortKey());
            query.setParameter("afterId", after.id());
        }
        filterParameters.forEach(query::setParameter);
        Map<Long, List<Row>> byParent = new LinkedHashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            long parent = ((Number) row[0]).longValue();
            byParent.computeIfAbsent(parent, key -> new ArrayList<>())
                    .add(new Row(parent, ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return byParent;
    }

    /** For each parent, how many children it has in all (cursor ignored). */
    public Map<Long, Long> totals(EntityManager em, Collection<Long> parentIds) {
        String sql = "SELECT p.parent_id, count(*)" + from() + " WHERE p.parent_id IN (:parents) " + childFilter
                + " GROUP BY p.parent_id";
        Query query = em.createNativeQuery(sql);
        query.setParameter("parents", parentIds);
        filterParameters.forEach(query::setParameter);
        Map<Long, Long> totals = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            totals.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return totals;
    }
}
