package org.claimgraph.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.claimgraph.actor.Actor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;

import java.util.Optional;

@Entity
@Description("Who a claim is attributed to — kept apart from who published it (the article's outlet). "
        + "A source may be backed by an actor; anonymous sources carry how many they are and how the text describes them.")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier of the source.")
    @NonNull
    public Long id;

    @Ignore
    public String key;

    @Enumerated(EnumType.STRING)
    @Description("What kind of source this is.")
    @NonNull
    public SourceKind kind;

    @Description("Display name, e.g. \"Reuters\" or \"four security and diplomatic sources\".")
    @NonNull
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    @Ignore
    public Actor actor;

    @Column(name = "anonymous_count")
    @Description("For anonymous sources: how many, when the text says (\"four sources\" → 4).")
    public Integer anonymousCount;

    @Description("How the text describes the source, e.g. \"a European source tracking West Africa\".")
    public String description;

    public static Optional<Source> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
