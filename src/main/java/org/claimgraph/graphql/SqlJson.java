package org.claimgraph.graphql;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetchingEnvironment;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * One root field's whole answer as one SQL statement whose result is the field's JSON, built by
 * PostgreSQL ({@code json_build_object}, {@code json_agg}), for the selections it knows: an article or
 * a claim by id with their columns, outlet, claim pages, sources, subjects, topics and quantities, and
 * the root list of claims in its default order, first page or after a cursor. Any other field anywhere
 * in the selection, an argument it does not handle (a filter, another order, a cursor on an article's
 * claims), or a page size or cursor the resolvers would refuse, and {@link #compile} returns null: the
 * root field is answered by the resolvers as before. {@link PlainLeaves} runs the statement and puts its
 * text in the response.
 * {@link #claimPages} does the same for the first pages of claims a batched resolver already knows the
 * ids of (claim groups'), and a feature answers a root field of its own from the same building blocks
 * through a {@link Root} ({@code claimGroups}).
 *
 * <p>Why: an article with 50 claims, their sources, subjects and topics takes six statements and
 * about 600 values completed one by one by graphql-java; built by PostgreSQL it is one statement
 * that PostgreSQL runs faster than those six (docs/BENCHMARKS.md, run 34), and the JVM only
 * passes the text on.
 *
 * <p>Invariant: every field here answers what its resolver answers — the same rows, order, nulls and
 * scalar text ({@code SqlJsonTest} compares both on the corpus for each of them). A field whose
 * resolver changes must change here too, or be removed from here.
 */
public final class SqlJson {

    private static final Logger LOG = Logger.getLogger(SqlJson.class);

    /** json_build_object takes at most 100 arguments: 50 keys. */
    private static final int MAX_KEYS = 50;
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    /** A field's SQL: a JSON-typed (or scalar) expression over the row {@code alias} of its parent. */
    @FunctionalInterface
    private interface FieldSql {
        String json(SqlJson sql, String alias, ExecutableNormalizedField field);
    }

    private static FieldSql column(String expression) {
        return (sql, alias, field) -> {
            sql.noArguments(field);
            return expression.replace("{p}", alias);
        };
    }

    /** A nullable to-one object: the row of {@code table} whose id the parent's {@code foreignKey} holds. */
    private static FieldSql one(String type, String table, String foreignKey) {
        return (sql, alias, field) -> {
            sql.noArguments(field);
            String child = sql.alias();
            return "(SELECT " + sql.object(type, child, field) + " FROM " + table + " " + child
                    + " WHERE " + child + ".id = " + alias + "." + foreignKey + ")";
        };
    }

    /**
     * A claim's list ({p} is the claim's row): {c} is an element's row, {l} a link table's, {@code key} the
     * column of either holding the claim's id. Its elements are objects of {@code type}, or, for a list of
     * scalars (type null), {@code element}.
     */
    private record Many(String type, String element, String from, String key, String order) implements FieldSql {

        /** The list of the one claim {@code alias}. */
        @Override
        public String json(SqlJson sql, String alias, ExecutableNormalizedField field) {
            return expand(sql, field, "(SELECT coalesce({list}, '[]') FROM {from} WHERE {key} = " + alias + ".id)");
        }

        /**
         * The lists of all claims whose ids {@code parents} selects, one row each ({@code parent_id},
         * {@code json}); a claim without elements has no row.
         */
        String grouped(SqlJson sql, ExecutableNormalizedField field, String parents) {
            return expand(sql, field, "SELECT {key} AS parent_id, {list} AS json FROM {from} WHERE {key} IN (" + parents
                    + ") GROUP BY {key}");
        }

        private String expand(SqlJson sql, ExecutableNormalizedField field, String shape) {
            sql.noArguments(field);
            String child = sql.alias();
            String link = sql.alias();
            String value = type == null ? element : sql.object(type, child, field);
            // the element before the aliases: a scalar element is written with {c}, an object's SQL has no braces
            return shape.replace("{list}", "json_agg({o} ORDER BY " + order + ")").replace("{from}", from).replace("{key}", key)
                    .replace("{o}", value).replace("{c}", child).replace("{l}", link);
        }
    }

    private static Many many(String type, String from, String key, String order) {
        return new Many(type, null, from, key, order);
    }

    private static final Map<String, FieldSql> ARTICLE = Map.ofEntries(
            entry("id", column("{p}.id::text")),
            entry("title", column("{p}.title")),
            entry("url", column("{p}.url")),
            entry("author", column("{p}.author")),
            entry("language", column("{p}.language")),
            entry("publishedAt", column("{p}.published_on")),
            entry("updatedAt", column("{p}.updated_on")),
            entry("wordCount", column("{p}.word_count")),
            entry("corpusFile", column("{p}.corpus_file")),
            entry("contentHash", column("{p}.content_hash")),
            entry("loadedBy", column("{p}.loaded_by")),
            entry("text", column("{p}.clean_text")),
            entry("rawText", column("{p}.raw_text")),
            entry("outlet", one("Actor", "actor", "outlet_id")),
            entry("claims", SqlJson::claimsOfArticle));

    private static final Map<String, FieldSql> ACTOR = Map.ofEntries(
            entry("id", column("{p}.id::text")),
            entry("name", column("{p}.name")),
            entry("kind", column("{p}.kind")),
            entry("country", column("{p}.country")),
            entry("description", column("{p}.description")),
            entry("reviewStatus", column("{p}.review_status")));

    private static final Map<String, FieldSql> SOURCE = Map.ofEntries(
            entry("id", column("{p}.id::text")),
            entry("name", column("{p}.name")),
            entry("kind", column("{p}.kind")),
            entry("description", column("{p}.description")),
            entry("anonymousCount", column("{p}.anonymous_count")),
            entry("actor", one("Actor", "actor", "actor_id")));

    private static final Map<String, FieldSql> CLAIM = Map.ofEntries(
            entry("id", column("{p}.id::text")),
            entry("key", column("{p}.key")),
            entry("statement", column("{p}.statement")),
            entry("quote", column("{p}.quote")),
            entry("prefix", column("{p}.prefix")),
            entry("suffix", column("{p}.suffix")),
            entry("startOffset", column("{p}.start_offset")),
            entry("endOffset", column("{p}.end_offset")),
            entry("reportingVerb", column("{p}.reporting_verb")),
            entry("stance", column("{p}.stance")),
            entry("refersFrom", column("{p}.refers_from")),
            entry("refersTo", column("{p}.refers_to")),
            entry("refersPrecision", column("{p}.refers_precision")),
            entry("provenance", column("{p}.provenance")),
            entry("curator", column("{p}.curator")),
            entry("pipelineVersion", column("{p}.pipeline_version")),
            entry("rank", column("{p}.rank")),
            entry("reviewStatus", column("{p}.review_status")),
            entry("reviewedBy", column("{p}.reviewed_by")),
            entry("note", column("{p}.note")),
            entry("article", one("Article", "article", "article_id")),
            // ClaimApi.quantity: the first of the claim's quantities
            entry("quantity", (sql, alias, field) -> {
                sql.noArguments(field);
                String quantity = sql.alias();
                return "(SELECT " + sql.object("Quantity", quantity, field) + " FROM quantity " + quantity + " WHERE "
                        + quantity + ".claim_id = " + alias + ".id ORDER BY " + quantity + ".position LIMIT 1)";
            }),
            entry("quantities", many("Quantity", "quantity {c}", "{c}.claim_id", "{c}.position")),
            // the orders of ClaimApi's batched resolvers
            entry("sources", many("Source", "claim_source {l} JOIN source {c} ON {c}.id = {l}.source_id",
                    "{l}.claim_id", "{l}.position")),
            entry("subjects", many("Actor", "claim_subject {l} JOIN actor {c} ON {c}.id = {l}.actor_id",
                    "{l}.claim_id", "{c}.name, {c}.id")),
            entry("topics", new Many(null, "{c}.slug", "claim_topic {l} JOIN topic {c} ON {c}.id = {l}.topic_id",
                    "{l}.claim_id", "{c}.slug")));

    private static final Map<String, FieldSql> QUANTITY = Map.ofEntries(
            entry("text", column("{p}.text")),
            entry("kind", column("{p}.kind")),
            entry("amount", column("{p}.amount")),
            entry("unit", column("{p}.unit")),
            entry("currency", column("CASE WHEN {p}.kind = 'MONEY' THEN {p}.unit END")),
            entry("period", column("{p}.period")),
            entry("lowerBound", column("{p}.lower_bound")),
            entry("upperBound", column("{p}.upper_bound")),
            entry("usdPerMonth", column("{p}.usd_per_month")));

    private static final Map<String, Map<String, FieldSql>> TYPES = Map.of(
            "Article", ARTICLE, "Actor", ACTOR, "Source", SOURCE, "Claim", CLAIM, "Quantity", QUANTITY);

    /** Root fields found by their {@code id} argument: their type and table. */
    private static final Map<String, String> ROOTS = Map.of("article", "Article", "claim", "Claim");
    private static final Map<String, String> TABLES = Map.of("Article", "article", "Claim", "claim");
    /** The root list of claims, which {@link #claimList} answers in its default order. */
    private static final String CLAIM_LIST = "claims";

    /**
     * The statement and the values of its parameters, in order. {@code declinesOnNull}: a null answer means
     * the statement could not answer (a name it looked up does not exist), and the resolvers answer instead,
     * with their error.
     */
    public record Statement(String sql, List<Object> parameters, boolean declinesOnNull) {

        Statement(String sql, List<Object> parameters) {
            this(sql, parameters, false);
        }
    }

    /**
     * A root field of the query type that a feature answers in one statement, put together from this
     * class's building blocks ({@link #object}, {@link #fields}, {@link #firstClaimPage}); {@link #notCovered}
     * when the selection or an argument is not one it answers exactly as the field's resolver does.
     */
    public interface Root {

        /** The root field's name. */
        String field();

        Statement compile(SqlJson sql, ExecutableNormalizedField root);
    }

    /** A {@code :name} parameter in SQL, not a {@code ::type} cast. */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

    private int aliases;

    /** Whether a root field of this name may be answered here (for its selection, see {@link #compile}). */
    static boolean mayCover(String rootField, Map<String, Root> roots) {
        return ROOTS.containsKey(rootField) || rootField.equals(CLAIM_LIST) || roots.containsKey(rootField);
    }

    private SqlJson() {
    }

    /**
     * The statement answering {@code root} (a field of the query type) with one row holding its JSON
     * (no row: null), or null when something in its selection is not covered here.
     */
    static Statement compile(ExecutableNormalizedField root, Map<String, Root> roots) {
        if (!root.getObjectTypeNames().equals(Set.of("Query"))) {
            return null;
        }
        try {
            Root feature = roots.get(root.getName());
            return feature != null ? feature.compile(new SqlJson(), root)
                    : root.getName().equals(CLAIM_LIST) ? new SqlJson().claimList(root) : new SqlJson().byId(root);
        } catch (NotCovered notCovered) {
            return null;
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s could not be built in SQL; its resolvers answer it", root.getName());
            return null;
        }
    }

    /** What a {@link Root} throws for a selection or an argument it does not answer. */
    public static RuntimeException notCovered() {
        return NotCovered.INSTANCE;
    }

    /**
     * A statement written with {@code :name} parameters, each replaced by a JDBC one bound to
     * {@code values.get(name)} (a number, text or boolean). Not for a list: expanding one is Hibernate's.
     */
    public static Statement withNamedParameters(String sql, Map<String, Object> values, boolean declinesOnNull) {
        List<Object> parameters = new ArrayList<>();
        java.util.regex.Matcher name = PARAMETER.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (name.find()) {
            if (!values.containsKey(name.group(1))) {
                throw new IllegalArgumentException("no value for :" + name.group(1));
            }
            Object value = values.get(name.group(1));
            if (!(value instanceof Number || value instanceof String || value instanceof Boolean)) {
                throw NotCovered.INSTANCE;
            }
            parameters.add(value);
            name.appendReplacement(positional, "?");
        }
        name.appendTail(positional);
        return new Statement(positional.toString(), parameters, declinesOnNull);
    }

    private Statement byId(ExecutableNormalizedField root) {
        String type = ROOTS.get(root.getName());
        Object id = root.getResolvedArguments().get("id");
        Long key = id instanceof String text ? Ids.parse(text).orElse(null) : null;
        if (type == null || key == null || root.getResolvedArguments().size() != 1) {
            throw NotCovered.INSTANCE;
        }
        String alias = alias();
        String json = object(type, alias, root);
        return new Statement("SELECT " + json + " FROM " + TABLES.get(type) + " " + alias + " WHERE " + alias + ".id = ?", List.of(key));
    }

    /**
     * {@code Query.claims} as {@code ClaimApi.claims} pages it (ClaimLists.ALL) in its default order, stored
     * (id) order, without a filter: deprecated claims left out, a page after a cursor of that list or the
     * first. Anything else is the resolvers' — another order, a filter, and a cursor they would refuse.
     */
    private Statement claimList(ExecutableNormalizedField root) {
        Map<String, Object> arguments = root.getResolvedArguments();
        if (arguments.get("filter") != null || !String.valueOf(arguments.getOrDefault("orderBy", null)).matches("null|STORED")) {
            throw NotCovered.INSTANCE;
        }
        int size = pageSize(arguments);
        Cursor after = null;
        if (arguments.get("after") instanceof String text && !text.isEmpty()) {
            try {
                after = Cursor.decode(text).in("claim.id");
            } catch (RuntimeException refused) {
                // the resolvers give the error
                throw NotCovered.INSTANCE;
            }
        } else if (arguments.get("after") != null && !"".equals(arguments.get("after"))) {
            throw NotCovered.INSTANCE;
        }
        String list = "claim {x} WHERE {x}.rank <> 'DEPRECATED'";
        String continued = after == null ? "" : " AND ({x}.id, {x}.id) > (after_cursor.sort_key, after_cursor.id)";
        String json = claimPage(root, size, new ClaimRows(
                limit -> "(SELECT * FROM " + list + continued + " ORDER BY {x}.id LIMIT " + limit + ")",
                "claim.id", "id", "(SELECT count(*) FROM " + list + ")", null, true, after != null));
        return new Statement("SELECT " + json + " FROM (SELECT ?::bigint AS sort_key, ?::bigint AS id) after_cursor",
                after == null ? List.of(0L, 0L) : List.of(after.sortKey(), after.id()));
    }

    private String alias() {
        return "j" + ++aliases;
    }

    /** The JSON object of {@code field}'s selection on the row {@code alias} of {@code type}, keys in selection order. */
    public String object(String type, String alias, ExecutableNormalizedField field) {
        return object(type, field, (child, fieldSql) -> fieldSql.json(this, alias, child));
    }

    /** The same with each child's SQL from {@code value}, given the child and how its type answers it. */
    private String object(String type, ExecutableNormalizedField field, BiFunction<ExecutableNormalizedField, FieldSql, String> value) {
        Map<String, FieldSql> known = TYPES.get(type);
        if (known == null) {
            throw NotCovered.INSTANCE;
        }
        return jsonObject(type, field, child -> {
            FieldSql fieldSql = known.get(child.getName());
            if (fieldSql == null) {
                throw NotCovered.INSTANCE;
            }
            return value.apply(child, fieldSql);
        });
    }

    /**
     * A claim of a page, the page's rows being the named subquery {@code page}: its lists are read for
     * all the page's claims at once, by joins appended to {@code joins}.
     */
    private String claimOfPage(String page, ExecutableNormalizedField node, StringBuilder joins) {
        return object("Claim", node, (child, fieldSql) -> {
            if (!(fieldSql instanceof Many many)) {
                return fieldSql.json(this, page, child);
            }
            String lists = alias();
            joins.append(" LEFT JOIN (").append(many.grouped(this, child, "SELECT id FROM " + page)).append(") ").append(lists)
                    .append(" ON ").append(lists).append(".parent_id = ").append(page).append(".id");
            return "coalesce(" + lists + ".json, '[]')";
        });
    }

    /** The JSON array of {@code element} over a page's rows, in list order, with the joins its claims' lists need. */
    private static String pageArray(String page, String rows, String element, String order, CharSequence joins) {
        String array = "coalesce(json_agg(" + element + " ORDER BY " + order + "), '[]')";
        return joins.isEmpty()
                ? "(SELECT " + array + " FROM " + rows + " " + page + ")"
                : "(WITH " + page + " AS MATERIALIZED " + rows + " SELECT " + array + " FROM " + page + joins + ")";
    }

    /** An object type made of this statement's own fields, e.g. a page's edges; none of them takes arguments. */
    private String fixed(String type, ExecutableNormalizedField field, Map<String, Function<ExecutableNormalizedField, String>> fields) {
        return fields(type, field, fields, true);
    }

    /**
     * The JSON object of {@code field}'s selection on an object of {@code type} whose fields' SQL is
     * {@code fields} (by field name; each checks its own arguments); another field is not covered.
     */
    public String fields(String type, ExecutableNormalizedField field, Map<String, Function<ExecutableNormalizedField, String>> fields) {
        return fields(type, field, fields, false);
    }

    private String fields(String type, ExecutableNormalizedField field, Map<String, Function<ExecutableNormalizedField, String>> fields,
                          boolean withoutArguments) {
        return jsonObject(type, field, child -> {
            Function<ExecutableNormalizedField, String> fieldSql = fields.get(child.getName());
            if (fieldSql == null) {
                throw NotCovered.INSTANCE;
            }
            if (withoutArguments) {
                noArguments(child);
            }
            return fieldSql.apply(child);
        });
    }

    /** {@code json_build_object} of the selection's keys, in order, with each child's SQL from {@code value}. */
    private static String jsonObject(String type, ExecutableNormalizedField field, Function<ExecutableNormalizedField, String> value) {
        List<ExecutableNormalizedField> children = field.getChildren();
        if (children.isEmpty() || children.size() > MAX_KEYS) {
            throw NotCovered.INSTANCE;
        }
        StringBuilder json = new StringBuilder("json_build_object(");
        Set<String> keys = new HashSet<>();
        for (ExecutableNormalizedField child : children) {
            String key = child.getResultKey();
            if (!child.getObjectTypeNames().equals(Set.of(type)) || !keys.add(key) || !NAME.matcher(key).matches()) {
                throw NotCovered.INSTANCE;
            }
            if (keys.size() > 1) {
                json.append(", ");
            }
            json.append('\'').append(key).append("', ")
                    .append(child.getName().equals("__typename") ? "'" + type + "'" : value.apply(child));
        }
        return json.append(')').toString();
    }

    public void noArguments(ExecutableNormalizedField field) {
        if (!field.getResolvedArguments().isEmpty()) {
            throw NotCovered.INSTANCE;
        }
    }

    /**
     * {@code Article.claims} as {@code ArticleApi.claims} pages it (ClaimLists.OF_ARTICLE): reading order
     * (start offset, then id), deprecated claims left out unless asked for, {@code totalCount} over the
     * whole list. Only first pages; a cursor is the resolvers' to check.
     */
    private static String claimsOfArticle(SqlJson sql, String article, ExecutableNormalizedField field) {
        Map<String, Object> arguments = field.getResolvedArguments();
        int size = pageSize(arguments);
        String deprecated = String.valueOf(arguments.getOrDefault("includeDeprecated", null));
        if (arguments.get("after") != null || !deprecated.equals("null") && !deprecated.equals("true") && !deprecated.equals("false")) {
            throw NotCovered.INSTANCE;
        }
        String list = "claim {x} WHERE {x}.article_id = " + article + ".id"
                + (deprecated.equals("true") ? "" : " AND {x}.rank <> 'DEPRECATED'");
        return sql.claimPage(field, size, new ClaimRows(
                limit -> "(SELECT * FROM " + list + " ORDER BY {x}.start_offset, {x}.id LIMIT " + limit + ")",
                "claim.start_offset", "start_offset", "(SELECT count(*) FROM " + list + ")", null, true, false));
    }

    /** {@code first} as {@code Page.of} takes it; a size it would refuse is not covered. */
    public static int pageSize(Map<String, Object> arguments) {
        // SmallRye's defaults arrive as their text ("20"), as SmallRye converts them for the resolver; null is the default
        String first = String.valueOf(arguments.getOrDefault("first", null));
        int size = first.equals("null") ? Page.DEFAULT_SIZE : first.matches("[0-9]{1,3}") ? Integer.parseInt(first) : -1;
        if (size < 1 || size > Page.MAX_SIZE) {
            throw NotCovered.INSTANCE;
        }
        return size;
    }

    /**
     * Where a page of claims comes from. {@code rows} is a subquery of at most {@code limit} claim rows in
     * list order; the list's order is {@code sortKey}, then id; {@code total} counts the whole list.
     * {x} in either stands for an alias of their own. {@code ids}, when the list is in id order and its
     * first ids are known: an array of them, one more than the page, from which {@code pageInfo} is
     * made without reading the page again. {@code listsAtOnce}: the claims' lists are read for the whole
     * page by one join each rather than by one subquery per claim, which PostgreSQL ran in 10 % less time
     * for an article's 50 claims and in 10 % more for group pages of a few claims each, where a page is
     * read once per group (docs/BENCHMARKS.md, run 36). {@code continued}: the page follows a cursor
     * ({@code hasPreviousPage}).
     */
    private record ClaimRows(Function<Integer, String> rows, String list, String sortKey, String total, String ids,
                             boolean listsAtOnce, boolean continued) {
    }

    /**
     * A first page of claims ({@code ClaimConnection}) as the resolvers build it (BatchedPages): the
     * edges with their cursors (the list's name, the sort key, the id), {@code pageInfo} from one row
     * more than the page, {@code totalCount} over the whole list.
     */
    private String claimPage(ExecutableNormalizedField field, int size, ClaimRows from) {
        // each use reads the page again: PostgreSQL plans a subquery per place it appears, and most
        // selections use it once (edges or nodes)
        Function<Integer, String> page = limit -> from.rows().apply(limit).replace("{x}", alias());
        String order = "{c}." + from.sortKey() + ", {c}.id";
        Function<String, String> cursor = row -> cursor(from.list(), row + "." + from.sortKey(), row + ".id");
        return fixed("ClaimConnection", field, Map.of(
                "totalCount", count -> from.total().replace("{x}", alias()),
                "edges", edges -> {
                    String c = alias();
                    StringBuilder joins = new StringBuilder();
                    String edge = fixed("ClaimEdge", edges, Map.of(
                            "node", node -> from.listsAtOnce() ? claimOfPage(c, node, joins) : object("Claim", c, node),
                            "cursor", unused -> cursor.apply(c)));
                    return pageArray(c, page.apply(size), edge, order.replace("{c}", c), joins);
                },
                "nodes", nodes -> {
                    String c = alias();
                    StringBuilder joins = new StringBuilder();
                    String node = from.listsAtOnce() ? claimOfPage(c, nodes, joins) : object("Claim", c, nodes);
                    return pageArray(c, page.apply(size), node, order.replace("{c}", c), joins);
                },
                "pageInfo", info -> from.ids() != null ? fixed("PageInfo", info, Map.of(
                        "hasPreviousPage", unused -> "false",
                        "hasNextPage", unused -> "(cardinality(" + from.ids() + ") > " + size + ")",
                        "startCursor", unused -> cursor(from.list(), from.ids() + "[1]", from.ids() + "[1]"),
                        "endCursor", unused -> {
                            String last = from.ids() + "[least(" + size + ", cardinality(" + from.ids() + "))]";
                            return cursor(from.list(), last, last);
                        }))
                        : fixed("PageInfo", info, Map.of(
                        "hasPreviousPage", unused -> String.valueOf(from.continued()),
                        "hasNextPage", unused -> "((SELECT count(*) FROM " + page.apply(size + 1) + " n) > " + size + ")",
                        "startCursor", unused -> {
                            String c = alias();
                            return "(SELECT " + cursor.apply(c) + " FROM " + page.apply(size) + " " + c
                                    + " ORDER BY " + order.replace("{c}", c) + " LIMIT 1)";
                        },
                        "endCursor", unused -> {
                            String c = alias();
                            return "(SELECT " + cursor.apply(c) + " FROM " + page.apply(size) + " " + c + " ORDER BY "
                                    + c + "." + from.sortKey() + " DESC, " + c + ".id DESC LIMIT 1)";
                        }))));
    }

    /**
     * {@code Cursor.encode} in SQL: the cursor of the row whose sort key and id the SQL expressions
     * {@code sortKey} and {@code id} give, in the list named {@code list} (a name of the code's own).
     */
    public static String cursor(String list, String sortKey, String id) {
        // 'cg2:' and the list's name stay apart because pgbench, which replays this SQL in bench/, reads a
        // colon followed by a name as one of its variables, inside a string too
        return "rtrim(translate(encode(convert_to('cg2:' || '" + list + ":' || " + sortKey + " || ':' || " + id + ", "
                + "'UTF8'), 'base64'), E'+/\\n', '-_'), '=')";
    }

    /**
     * The first page of claims ({@code ClaimConnection}, {@code field} with its {@code first}) of a list
     * in claim id order named {@code list}, whose first ids the SQL array {@code ids} holds — at least one
     * more than the page when there are more — and whose length {@code total} gives. A cursor
     * ({@code after}) is not covered.
     */
    public String firstClaimPage(ExecutableNormalizedField field, String list, String ids, String total) {
        Map<String, Object> arguments = field.getResolvedArguments();
        if (arguments.get("after") != null && !"".equals(arguments.get("after"))
                || !arguments.keySet().stream().allMatch(name -> name.equals("first") || name.equals("after"))) {
            throw NotCovered.INSTANCE;
        }
        return pageOfIds(field, pageSize(arguments), list, ids, total);
    }

    private String pageOfIds(ExecutableNormalizedField field, int size, String list, String ids, String total) {
        return claimPage(field, size, new ClaimRows(
                limit -> "(SELECT * FROM claim {x} WHERE {x}.id = ANY(" + ids + "[1:" + limit + "]))", list, "id", total, ids,
                false, false));
    }

    /** Where {@link PlainLeaves} leaves the operation's normalized fields for resolvers (GraphQL context key). */
    static final String NORMALIZED = SqlJson.class.getName() + ".normalized";

    /**
     * The first pages of claims of several parents for the {@code ClaimConnection} field being resolved,
     * by parent, when its whole selection is covered here; null otherwise (the caller builds its pages as
     * always). Each parent's page is given as the ids of its first {@code size} + 1 claims, in the order
     * of {@code list}, a list in claim id order; {@code totals} are the lists' lengths. One statement for
     * all parents, run on {@code session}.
     */
    public static Map<Long, RawJson> claimPages(Session session, String list, int size,
                                                Map<Long, List<Long>> firstIds, Map<Long, Long> totals) {
        ExecutableNormalizedField field = normalizedField();
        if (field == null || !list.equals("claim.id")) {
            return null;
        }
        String json;
        try {
            json = new SqlJson().pageOfIds(field, size, list, "g.ids", "g.total");
        } catch (NotCovered notCovered) {
            return null;
        }
        StringBuilder parents = new StringBuilder("[");
        firstIds.forEach((parent, ids) -> parents.append(parents.length() > 1 ? "," : "").append("{\"key\":").append(parent)
                .append(",\"total\":").append(totals.get(parent)).append(",\"ids\":").append(ids).append('}'));
        String parameter = parents.append(']').toString();
        Map<Long, RawJson> pages = new HashMap<>();
        for (Object[] row : rows(session, "SELECT g.key, " + json + " FROM json_to_recordset(?::json) AS g(key bigint, total bigint, ids bigint[])",
                query -> query.setString(1, parameter), row -> new Object[] {row.getLong(1), row.getString(2)})) {
            pages.put((Long) row[0], new RawJson((String) row[1]));
        }
        return pages;
    }

    /** The normalized field being resolved, when {@link PlainLeaves} left the operation's and it is one place in it. */
    private static ExecutableNormalizedField normalizedField() {
        DataFetchingEnvironment environment = Selection.environment();
        if (environment == null || !(environment.getGraphQlContext().get(NORMALIZED) instanceof Supplier<?> operation)) {
            return null;
        }
        String parentType = environment.getExecutionStepInfo().getObjectType().getName();
        List<ExecutableNormalizedField> places = ((ExecutableNormalizedOperation) operation.get())
                .getNormalizedFields(environment.getField()).stream()
                .filter(field -> field.getObjectTypeNames().equals(Set.of(parentType))).toList();
        return places.size() == 1 ? places.get(0) : null;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement query) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a statement on {@code session}'s connection through Hibernate's JDBC coordinator, so
     * Hibernate's statistics and SQL log see it like every other statement. Not as a native query: on
     * every request Hibernate's cache of native-query plans searched a bin of many keys with equal
     * hashes, comparing their SQL texts (73 % of the CPU samples of bench question (b);
     * docs/BENCHMARKS.md, run 34).
     */
    static <T> List<T> rows(Session session, String sql, Binder binder, RowReader<T> reader) {
        JdbcCoordinator jdbc = session.unwrap(SessionImplementor.class).getJdbcCoordinator();
        PreparedStatement query = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            binder.bind(query);
            ResultSet row = jdbc.getResultSetReturn().extract(query, sql);
            List<T> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(reader.read(row));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(query);
            jdbc.afterStatementExecution();
        }
    }

    /** Something in the selection this class does not answer; thrown up to {@link #compile}. */
    private static final class NotCovered extends RuntimeException {
        static final NotCovered INSTANCE = new NotCovered();

        private NotCovered() {
            super(null, null, false, false);
        }
    }
}
