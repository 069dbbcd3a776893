package org.claimgraph.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.Optional;

@Entity
@Description("A subject area from the controlled vocabulary (payments, deployment, mining, …) that claims are filed under.")
public class Topic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier of the topic.")
    @NonNull
    public Long id;

    @Description("Short, URL-safe name used in filters, e.g. `payments`.")
    @NonNull
    public String slug;

    @Description("Human-readable name, e.g. \"Payments\".")
    @NonNull
    public String name;

    @Description("What belongs under this topic.")
    public String description;

    public static Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Topic> listAllBySlug() {
        return list("order by slug");
    }
}
