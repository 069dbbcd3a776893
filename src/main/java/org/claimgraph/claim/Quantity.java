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
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;
import org.claimgraph.database.ArrayHas;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

@Entity
@Description("A number a claim states — money, or a count of people or things — with its original wording, bounds, "
        + "and for money a value normalised to US dollars per month at fixed 2021 average rates.")
public class Quantity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    @Ignore
    public Claim claim;

    @Ignore
    public short position;

    @Description("The original wording, e.g. \"more than nine million euros per month\".")
    @NonNull
    public String text;

    @Enumerated(EnumType.STRING)
    @Description("Money or a count.")
    @NonNull
    public QuantityKind kind;

    @Description("The stated figure.")
    public BigDecimal amount;

    @Description("ISO 4217 currency code for money; what is counted for counts (e.g. `mercenaries`).")
    @NonNull
    public String unit;

    @Enumerated(EnumType.STRING)
    @Description("The period a recurring amount covers; null for one-off amounts and counts.")
    public Period period;

    @Column(name = "lower_bound")
    @Description("Lower bound when the text gives one (\"more than\", \"at least\").")
    public BigDecimal lowerBound;

    @Column(name = "upper_bound")
    @Description("Upper bound when the text gives one (\"up to\", \"or even\").")
    public BigDecimal upperBound;

    @Column(name = "usd_per_month")
    @Description("For recurring money: the amount in US dollars per month at fixed 2021 average rates (see docs/CORPUS.md).")
    public BigDecimal usdPerMonth;

    @Description("The currency code for money; null for counts.")
    public String getCurrency() {
        return kind == QuantityKind.MONEY ? unit : null;
    }

    public static List<Quantity> forClaims(Collection<Long> claimIds) {
        return list("array_has(?1, claim.id) order by claim.id, position", ArrayHas.of(claimIds));
    }
}
