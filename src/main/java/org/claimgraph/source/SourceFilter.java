package org.claimgraph.source;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimgraph.actor.ActorAlias;
import org.claimgraph.actor.ActorLookup;
import org.claimgraph.graphql.BatchedPages;
import org.claimgraph.graphql.NameOrId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Input("SourceFilter")
@Description("Which sources to include. Every field is optional; the fields given must all hold (AND).")
public class SourceFilter {

    @Description("Only sources of this kind.")
    public SourceKind kind;

    @Size(min = 1, max = 200)
    @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    @Description("Words the source's name or description contains, in any order, case and accents ignored: "
            + "\"diplomatic sources\" finds \"four security and diplomatic sources\".")
    public String name;

    @NameOrId
    @Description("The actor behind the source: its id or any of its names (misspellings tolerated). An unknown name "
            + "is a NOT_FOUND error.")
    public String actor;

    /** The conditions on the source table (alias {@code x}), with the actor resolved to its id first. */
    BatchedPages applyTo(BatchedPages lists) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (kind != null) {
            sql.append(" AND x.kind = :s_kind");
            parameters.put("s_kind", kind.name());
        }
        if (name != null) {
            List<String> words = List.of(ActorAlias.normalize(name).split(" "));
            for (int i = 0; i < words.size(); i++) {
                sql.append(" AND translate(lower(unaccent(x.name || ' ' || coalesce(x.description, ''))), '’‘', '''''') LIKE :s_word").append(i)
                        .append(" ESCAPE '\\'");
                parameters.put("s_word" + i, "%" + words.get(i).replaceAll("([\\\\%_])", "\\\\$1") + "%");
            }
        }
        if (actor != null) {
            sql.append(" AND x.actor_id = :s_actor");
            parameters.put("s_actor", ActorLookup.require(actor, "actor"));
        }
        return lists.where(sql.toString(), parameters);
    }
}
