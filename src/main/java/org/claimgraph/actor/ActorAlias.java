package org.claimgraph.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimgraph.database.ArrayHas;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** One surface form of an actor's name, as found in text (misspellings included). */
@Entity
@Table(name = "actor_alias")
public class ActorAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    public String alias;

    public String normalized;

    public static ActorAlias of(Actor actor, String alias) {
        ActorAlias row = new ActorAlias();
        row.actor = actor;
        row.alias = alias;
        row.normalized = normalize(alias);
        return row;
    }

    /** Lower case, diacritics removed, apostrophes unified, spaces collapsed: "Keïta" and "keita" meet. */
    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.replace('’', '\'').replace('‘', '\'')
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    public static List<ActorAlias> forActors(Collection<Long> actorIds) {
        return list("array_has(?1, actor.id) order by actor.id, id", ArrayHas.of(actorIds));
    }
}
