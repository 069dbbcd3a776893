package org.claimgraph.graphql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Query;
import org.claimgraph.database.ArrayHas;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

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
 * 20 actors — in at most two SQL statements whatever the number of parents or rows: one window
 * query that keeps the first page of each parent with the children's rows, and a grouped count
 * when `totalCount` is selected and a first page does not hold its whole list. This is what keeps
 * the number of statements of a request independent of the number of rows it returns.
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
     * The connections of all parents, in the order of {@code parentIds}: each page read with its
     * children's rows in one statement, and the totals the pages do not settle in one more.
     * Not for entities with lazy attributes (Article's texts): Hibernate numbers the column aliases
     * of {@code {x.*}} counting them but leaves them out of the select list, and the read fails.
     */
    public <N, E extends Edge<N>, C extends Connection<E, N>> List<C> connections(
            EntityManager em, List<Long> parentIds, Page page, Class<N> childEntity,
            BiFunction<String, N, E> edge, ConnectionFactory<E, C> connection) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Child<N>>> pages = firstPages(em, childEntity, parentIds, page);
        return build(parentIds, page, pages, page.countTotal() ? totals(em, parentIds, page, pages) : Map.of(), edge, connection);
    }

    /** {@link #connections} for entities with lazy attributes: the page's ids, then the children by id. */
    public <N, E extends Edge<N>, C extends Connection<E, N>> List<C> connections(
            EntityManager em, List<Long> parentIds, Page page, Function<Collection<Long>, Map<Long, N>> loadById,
            BiFunction<String, N, E> edge, ConnectionFactory<E, C> connection) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Row>> rows = firstRows(em, parentIds, page);
        Map<Long, Long> totals = page.countTotal() ? totals(em, parentIds, page, rows) : Map.of();
        return assemble(parentIds, page, rows, totals, loadById, edge, connection);
    }

    /**
     * Connections from page rows and totals already in hand (read ahead by the parent's resolver, see
     * {@link Selection#firstPageRows}): the children loaded by id in one statement. {@code rows} may hold
     * more than a page per parent; the extra ones are left out.
     */
    public <N, E extends Edge<N>, C extends Connection<E, N>> List<C> assemble(
            List<Long> parentIds, Page page, Map<Long, List<Row>> rows, Map<Long, Long> totals,
            Function<Collection<Long>, Map<Long, N>> loadById, BiFunction<String, N, E> edge, ConnectionFactory<E, C> connection) {
        Set<Long> childIds = new HashSet<>();
        for (Long parent : parentIds) {
            rows.getOrDefault(parent, List.of()).stream().limit(page.fetchSize()).forEach(row -> childIds.add(row.childId()));
        }
        Map<Long, N> children = childIds.isEmpty() ? Map.of() : loadById.apply(childIds);
        Map<Long, List<Child<N>>> pages = new HashMap<>();
        rows.forEach((parent, parentRows) -> pages.put(parent, parentRows.stream().limit(page.fetchSize())
                .map(row -> new Child<>(row.sortKey(), row.childId(), children.get(row.childId()))).toList()));
        return build(parentIds, page, pages, totals, edge, connection);
    }

    private <N, E extends Edge<N>, C extends Connection<E, N>> List<C> build(
            List<Long> parentIds, Page page, Map<Long, List<Child<N>>> pages, Map<Long, Long> totals,
            BiFunction<String, N, E> edge, ConnectionFactory<E, C> connection) {
        List<C> connections = new ArrayList<>(parentIds.size());
        String list = list();
        for (Long parent : parentIds) {
            List<E> edges = new ArrayList<>();
            for (Child<N> child : pages.getOrDefault(parent, List.of())) {
                edges.add(edge.apply(new Cursor(list, child.sortKey(), child.id()).encode(), child.node()));
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

    /** A child in a parent's page, loaded, with the key its cursor encodes. */
    private record Child<N>(long sortKey, long id, N node) {
    }

    /** For each parent, its first {@code page.first() + 1} children in list order. */
    public Map<Long, List<Row>> firstRows(EntityManager em, Collection<Long> parentIds, Page page) {
        Query query = em.createNativeQuery(pageSql(parentIds.size(), page, false));
        bindPage(query, parentIds, page);
        Map<Long, List<Row>> byParent = new LinkedHashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            long parent = ((Number) row[0]).longValue();
            byParent.computeIfAbsent(parent, key -> new ArrayList<>())
                    .add(new Row(parent, ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return byParent;
    }

    /**
     * {@link #firstRows} with the children's own rows in the same statement: what a page costs when
     * its children are not known beforehand (the page and then the children by id took two round
     * trips, docs/BENCHMARKS.md).
     */
    @SuppressWarnings("unchecked")
    private <N> Map<Long, List<Child<N>>> firstPages(EntityManager em, Class<N> childEntity, Collection<Long> parentIds, Page page) {
        NativeQuery<Object[]> query = em.createNativeQuery(pageSql(parentIds.size(), page, true)).unwrap(NativeQuery.class)
                .addScalar("parent_id", StandardBasicTypes.LONG)
                .addScalar("sort_key", StandardBasicTypes.LONG)
                .addEntity("x", childEntity);
        bindPage(query, parentIds, page);
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Long, List<Child<N>>> byParent = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            N child = (N) row[2];
            byParent.computeIfAbsent((Long) row[0], key -> new ArrayList<>())
                    .add(new Child<>((Long) row[1], (Long) util.getIdentifier(child), child));
        }
        return byParent;
    }

    /**
     * The page statement: one parent (a root list, one article's claims) is a plain keyset query, which
     * an index can answer without reading the rows before the cursor; many parents need the window.
     * With {@code children}, the child rows come along as {@code {x.*}}.
     */
    private String pageSql(int parents, Page page, boolean children) {
        String direction = descending ? " DESC" : "";
        String cursorCondition = page.after(list()) == null ? ""
                : " AND (" + sortKey + ", x.id) " + (descending ? "<" : ">") + " (:afterSort, :afterId)";
        String where = " WHERE " + parentCondition(parents) + " " + childFilter + cursorCondition;
        String childColumns = children ? ", {x.*}" : "";
        if (parents == 1) {
            return "SELECT p.parent_id AS parent_id, x.id AS child_id, " + sortKey + " AS sort_key" + childColumns + from() + where
                    + " ORDER BY " + sortKey + direction + ", x.id" + direction + " LIMIT :limit";
        }
        String ranked = "SELECT p.parent_id, x.id AS child_id, " + sortKey + " AS sort_key,"
                + " row_number() OVER (PARTITION BY p.parent_id ORDER BY " + sortKey + direction + ", x.id" + direction + ") AS rn"
                + from() + where;
        return children
                ? "SELECT r.parent_id AS parent_id, r.child_id AS child_id, r.sort_key AS sort_key" + childColumns
                + " FROM (" + ranked + ") r JOIN " + childTable + " x ON x.id = r.child_id WHERE r.rn <= :limit ORDER BY r.parent_id, r.rn"
                : "SELECT parent_id, child_id, sort_key FROM (" + ranked + ") ranked WHERE rn <= :limit ORDER BY parent_id, rn";
    }

    /**
     * One parent is bound as a value, so that a page of one list (a root list, one article's claims) stays an
     * index range in the list's order; many as one array. Either way the statement's text does not depend on
     * the number of parents, and Hibernate caches its plan: a collection bound to {@code IN (:parents)} is a
     * multi-valued parameter, for which Hibernate plans the native query anew at each execution — 2 % of
     * claimgraph's CPU on bench question (b) (docs/BENCHMARKS.md, run 29).
     */
    private static String parentCondition(int parents) {
        return parents == 1 ? "p.parent_id = :parents" : "p.parent_id = ANY(:parents)";
    }

    private static void bindParents(Query query, Collection<Long> parentIds) {
        query.setParameter("parents", parentIds.size() == 1 ? parentIds.iterator().next() : ArrayHas.of(parentIds));
    }

    private void bindPage(Query query, Collection<Long> parentIds, Page page) {
        bindParents(query, parentIds);
        query.setParameter("limit", page.fetchSize());
        Cursor after = page.after(list());
        if (after != null) {
            query.setParameter("afterSort", after.sortKey());
            query.setParameter("afterId", after.id());
        }
        filterParameters.forEach(query::setParameter);
    }

    /**
     * Totals for {@link #connections}: a first page shorter than its fetch size is the whole list, so
     * only parents with a cursor or a full page are counted (a typical article's claims need no count).
     */
    private Map<Long, Long> totals(EntityManager em, List<Long> parentIds, Page page, Map<Long, ? extends List<?>> pages) {
        Map<Long, Long> totals = new HashMap<>();
        List<Long> uncounted = new ArrayList<>();
        for (Long parent : parentIds) {
            List<?> rows = pages.get(parent);
            int fetched = rows == null ? 0 : rows.size();
            if (page.after() == null && fetched < page.fetchSize()) {
                totals.put(parent, (long) fetched);
            } else {
                uncounted.add(parent);
            }
        }
        if (!uncounted.isEmpty()) {
            totals.putAll(totals(em, uncounted));
        }
        return totals;
    }

    /** For each parent, how many children it has in all (cursor ignored). */
    public Map<Long, Long> totals(EntityManager em, Collection<Long> parentIds) {
        String sql = "SELECT p.parent_id, count(*)" + from() + " WHERE " + parentCondition(parentIds.size()) + " " + childFilter
                + " GROUP BY p.parent_id";
        Query query = em.createNativeQuery(sql);
        bindParents(query, parentIds);
        filterParameters.forEach(query::setParameter);
        Map<Long, Long> totals = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            totals.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return totals;
    }
}
