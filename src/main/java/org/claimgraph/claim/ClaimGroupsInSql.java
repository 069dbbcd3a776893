package org.claimgraph.claim;

import graphql.normalized.ExecutableNormalizedField;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.graphql.SqlJson;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code claimGroups} answered whole by one statement that builds its JSON in PostgreSQL: the groups
 * statement of {@link ClaimGroupApi} (same SQL) with the filter's actor and topic looked up inside it,
 * each group's key object and first page of claims built from the rows it reads. The resolvers take
 * five statements for the headline question (actor, topic, groups, sources, pages); answered here, its
 * JVM CPU per request was 0.46 times theirs and its rate 1.22 times (docs/BENCHMARKS.md, run 38).
 *
 * <p>Covered: any grouping; the filter fields {@code about}, {@code topic}, {@code outlet},
 * {@code source}, {@code article}, {@code text} and {@code includeDeprecated}, which must pass the
 * filter's validation; the first page of groups; a group's {@code count}, {@code cursor}, its
 * {@code source}, {@code outlet}, {@code actor} or {@code article} and the first page of its
 * {@code claims}. Anything else — another filter field, {@code after}, {@code usdPerMonth}, {@code key},
 * a claim field {@link SqlJson} does not know — and the resolvers answer as before. An actor the filter
 * names by neither its id nor an exact alias, or a topic that does not exist, makes the statement answer
 * nothing: the resolvers then find the actor by a similar name, or report what matches nothing.
 */
@Singleton
@Unremovable
public class ClaimGroupsInSql implements SqlJson.Root {

    private static final Set<String> FILTER_FIELDS = Set.of("about", "topic", "outlet", "source", "article", "text", "includeDeprecated");
    /** The groups statement's rows as the group objects read them. */
    private static final String GROUP = "g";

    private final Validator validator;

    ClaimGroupsInSql(Validator validator) {
        this.validator = validator;
    }

    @Override
    public String field() {
        return "claimGroups";
    }

    @Override
    public SqlJson.Statement compile(SqlJson sql, ExecutableNormalizedField root) {
        Map<String, Object> arguments = root.getResolvedArguments();
        if (arguments.get("after") != null && !"".equals(arguments.get("after"))) {
            throw SqlJson.notCovered();
        }
        ClaimGrouping by;
        try {
            by = ClaimGrouping.valueOf(String.valueOf(arguments.get("by")));
        } catch (IllegalArgumentException unknown) {
            throw SqlJson.notCovered();
        }
        ClaimConditions conditions;
        try {
            conditions = ClaimConditions.lookingUpNames(filter(arguments.get("filter")));
        } catch (ApiError invalid) {
            throw SqlJson.notCovered();
        }
        int claimRows = 0;
        for (ExecutableNormalizedField child : root.getChildren()) {
            if (child.getName().equals("claims")) {
                claimRows = Math.max(claimRows, SqlJson.pageSize(child.getResolvedArguments()) + 1);
            }
        }
        String groups = sql.fields("ClaimGroup", root, Map.of(
                "count", field -> plain(sql, field, GROUP + ".total"),
                "cursor", field -> plain(sql, field, SqlJson.cursor(ClaimGroupApi.GROUPS + by.name().toLowerCase(Locale.ROOT),
                        GROUP + ".position", GROUP + ".key")),
                "source", keyObject(sql, by, ClaimGrouping.SOURCE, "Source", "source"),
                "outlet", keyObject(sql, by, ClaimGrouping.OUTLET, "Actor", "actor"),
                "actor", keyObject(sql, by, ClaimGrouping.ACTOR, "Actor", "actor"),
                "article", keyObject(sql, by, ClaimGrouping.ARTICLE, "Article", "article"),
                "claims", field -> sql.firstClaimPage(field, "claim.id", GROUP + ".ids", GROUP + ".total")));
        String rows = "SELECT r.parent_id AS key, r.n AS total, row_number() OVER (ORDER BY r.n DESC, r.parent_id) AS position, "
                + (claimRows > 0 ? "string_to_array(r.ids, ',')::bigint[]" : "NULL::bigint[]") + " AS ids"
                + " FROM (" + ClaimGroupApi.groupsSql(by, conditions, claimRows, false) + ") r";
        String statement = (conditions.names() == null ? "" : "WITH " + ClaimConditions.NAMES + " AS MATERIALIZED (SELECT "
                + conditions.names() + ") ")
                + "SELECT CASE WHEN " + conditions.found() + " THEN (SELECT coalesce(json_agg(" + groups + " ORDER BY " + GROUP
                + ".position), '[]') FROM (" + rows + ") " + GROUP + ") END";
        Map<String, Object> parameters = new HashMap<>(conditions.parameters());
        parameters.put("limit", SqlJson.pageSize(arguments));
        parameters.put("offset", 0);
        parameters.put("claimRows", claimRows);
        return SqlJson.withNamedParameters(statement, parameters, true);
    }

    /**
     * The filter as SmallRye would give it to the resolver, when it holds only covered fields and passes
     * its validation.
     */
    private ClaimFilter filter(Object argument) {
        if (argument == null) {
            return null;
        }
        if (!(argument instanceof Map<?, ?> fields)) {
            throw SqlJson.notCovered();
        }
        ClaimFilter filter = new ClaimFilter();
        fields.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (!FILTER_FIELDS.contains(name)) {
                throw SqlJson.notCovered();
            }
            if (name.equals("includeDeprecated")) {
                filter.includeDeprecated = value instanceof Boolean include ? include : fail();
                return;
            }
            String text = value instanceof String string ? string : fail();
            switch ((String) name) {
                case "about" -> filter.about = text;
                case "topic" -> filter.topic = text;
                case "outlet" -> filter.outlet = text;
                case "source" -> filter.source = text;
                case "article" -> filter.article = text;
                default -> filter.text = text;
            }
        });
        try {
            if (validator.validate(filter).isEmpty()) {
                return filter;
            }
        } catch (ValidationException notHere) {
            // the messages of violations are localised for the request, whose context the event loop does not have
        }
        throw SqlJson.notCovered();
    }

    private static <T> T fail() {
        throw SqlJson.notCovered();
    }

    private static String plain(SqlJson sql, ExecutableNormalizedField field, String value) {
        sql.noArguments(field);
        return value;
    }

    /**
     * The group's key object for {@code grouping}, a row of {@code table}; null in groups of another
     * grouping, as {@code ClaimGroupApi} answers, and for an OUTLET group of articles without one (key 0).
     */
    private static Function<ExecutableNormalizedField, String> keyObject(SqlJson sql, ClaimGrouping by, ClaimGrouping grouping,
                                                                         String type, String table) {
        return field -> {
            sql.noArguments(field);
            if (by != grouping) {
                return "NULL::json";
            }
            String row = "cg_key";
            return "(SELECT " + sql.object(type, row, field) + " FROM " + table + " " + row + " WHERE " + row + ".id = "
                    + GROUP + ".key)";
        };
    }
}
