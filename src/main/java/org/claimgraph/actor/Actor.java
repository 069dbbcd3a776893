package org.claimgraph.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.claimgraph.claim.ReviewStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;

import java.util.Optional;

@Entity
@Description("A person, organisation, government body, state, armed group, company, media outlet, operation or event "
        + "that articles mention and claims are about. Every spelling seen in the texts resolves to it through its aliases.")
public class Actor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier of the actor.")
    @NonNull
    public Long id;

    @Ignore
    public String key;

    @Description("Canonical name, e.g. \"Wagner Group\".")
    @NonNull
    public String name;

    @Enumerated(EnumType.STRING)
    @Description("What kind of actor this is.")
    @NonNull
    public ActorKind kind;

    @Description("Who or what this is, including notes on spelling variants found in the texts.")
    public String description;

    @Description("ISO 3166-1 alpha-2 country code the actor belongs to, when there is one.")
    public String country;

    @Enumerated(EnumType.STRING)
    @Description("CONFIRMED for curated actors; UNREVIEWED for names the ingest pipeline proposed.")
    @NonNull
    public ReviewStatus reviewStatus;

    public static Optional<Actor> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
