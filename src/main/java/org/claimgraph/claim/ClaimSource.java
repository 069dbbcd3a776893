package org.claimgraph.claim;

import org.claimgraph.database.InArray;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimgraph.source.Source;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** One link of a claim's attribution chain; position 0 is the immediate source. */
@Entity
@Table(name = "claim_source")
public class ClaimSource extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    public static ClaimSource of(long claimId, int position, Source source) {
        ClaimSource link = new ClaimSource();
        link.id = new Key(claimId, (short) position);
        link.source = source;
        return link;
    }

    public static List<ClaimSource> forClaims(Collection<Long> claimIds) {
        return find("select cs from ClaimSource cs join fetch cs.source where in_array(cs.id.claimId, ?1) "
                + "order by cs.id.claimId, cs.id.position", InArray.of(claimIds)).list();
    }

    @Embeddable
    public record Key(@jakarta.persistence.Column(name = "claim_id") long claimId,
                      @jakarta.persistence.Column(name = "position") short position) implements Serializable {
    }
}
