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
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;
import org.claimgraph.database.ArrayHas;

import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "actor_role")
@Description("A role an actor holds or held, as the texts state it, e.g. \"French Minister of the Armed Forces\".")
public class ActorRole extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    @Ignore
    public Actor actor;

    @Ignore
    public short position;

    @Description("The role's title.")
    @NonNull
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    @Description("The organisation the role is held in, when it is an actor of its own (fetched with the role).")
    public Actor organisation;

    @Description("When the role began: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown.")
    public String since;

    @Description("When the role ended: YYYY, YYYY-MM or YYYY-MM-DD; null when ongoing or unknown.")
    public String until;

    public static List<ActorRole> forActors(Collection<Long> actorIds) {
        return find("select r from ActorRole r left join fetch r.organisation where array_has(?1, r.actor.id) order by r.actor.id, r.position",
                ArrayHas.of(actorIds)).list();
    }
}
