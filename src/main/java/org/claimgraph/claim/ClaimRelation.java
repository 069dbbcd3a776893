package org.claimgraph.claim;

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
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.claimgraph.database.ArrayHas;

import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "claim_relation")
@Description("A typed, directed link between two claims, with who or what asserted it.")
public class ClaimRelation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier of the relation.")
    @NonNull
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_claim_id")
    @Description("The claim the relation starts from (loaded with the relation).")
    @NonNull
    public Claim from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_claim_id")
    @Description("The claim the relation points to (loaded with the relation).")
    @NonNull
    public Claim to;

    @Enumerated(EnumType.STRING)
    @Description("How `from` relates to `to`.")
    @NonNull
    public RelationType type;

    @Column(name = "asserted_by")
    @Description("Who or what asserted the link: a curator, or a pipeline with its version.")
    @NonNull
    public String assertedBy;

    @Description("Why the link holds.")
    public String note;

    /** Relations touching any of the claims, in either direction, with both ends loaded. */
    public static List<ClaimRelation> touching(Collection<Long> claimIds) {
        return find("select r from ClaimRelation r join fetch r.from join fetch r.to "
                + "where array_has(?1, r.from.id) or array_has(?1, r.to.id) order by r.id", ArrayHas.of(claimIds)).list();
    }
}
