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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.claimgraph.actor.Actor;
import org.claimgraph.article.Article;
import org.claimgraph.topic.Topic;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Ignore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@Entity
@Description("One statement reported in an article, anchored to its exact passage (W3C Web Annotation style: quote, "
        + "prefix, suffix and code-point offsets into the article's cleaned text), with the sources it is attributed to, "
        + "what it is about, and where the record itself comes from.")
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier of the claim.")
    @NonNull
    public Long id;

    @Description("Curation key from the annotation file; null for extracted claims.")
    public String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    @Ignore
    public Article article;

    @Description("The claim in normalised form, in the curator's or pipeline's own words.")
    @NonNull
    public String statement;

    @Description("The exact passage of the cleaned text that carries the claim.")
    @NonNull
    public String quote;

    @Description("Up to 32 characters of cleaned text just before the quote.")
    @NonNull
    public String prefix;

    @Description("Up to 32 characters of cleaned text just after the quote.")
    @NonNull
    public String suffix;

    @Column(name = "start_offset")
    @Description("Where the quote starts in the cleaned text (Unicode code points, 0-based, inclusive).")
    public int startOffset;

    @Column(name = "end_offset")
    @Description("Where the quote ends in the cleaned text (Unicode code points, exclusive).")
    public int endOffset;

    @Column(name = "reporting_verb")
    @Description("The reporting verb as in the text: said, told, denied, according to, …")
    public String reportingVerb;

    @Enumerated(EnumType.STRING)
    @Description("How the source puts the claim forward.")
    @NonNull
    public Stance stance;

    @Column(name = "refers_from")
    @Description("The date (or start of the period) the claim refers to, when it refers to one.")
    public LocalDate refersFrom;

    @Column(name = "refers_to")
    @Description("End of the period the claim refers to, when it is a period.")
    public LocalDate refersTo;

    @Column(name = "refers_precision")
    @Enumerated(EnumType.STRING)
    @Description("Precision of refersFrom/refersTo.")
    public DatePrecision refersPrecision;

    @Enumerated(EnumType.STRING)
    @Description("Whether a person curated the record or the pipeline extracted it.")
    @NonNull
    public Provenance provenance;

    @Description("Who curated the record, for curated claims.")
    public String curator;

    @Column(name = "pipeline_version")
    @Description("Version of the pipeline that extracted the record, for extracted claims.")
    public String pipelineVersion;

    @Description("Confidence that the record is right, 0 to 1.")
    public float confidence;

    @Column(name = "review_status")
    @Enumerated(EnumType.STRING)
    @Description("Whether a person has checked the record.")
    @NonNull
    public ReviewStatus reviewStatus;

    @Enumerated(EnumType.STRING)
    @Description("Wikibase-style rank; deprecated claims are left out of lists unless asked for.")
    @NonNull
    public Rank rank;

    @Description("Curator's or reviewer's note, e.g. on a misspelling in the quoted text or why a claim was rejected.")
    public String note;

    @Column(name = "reviewed_by")
    @Description("Who reviewed the extracted claim (reviewClaim); null while it is unreviewed, and for curated claims.")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    @Description("When it was last reviewed.")
    public Instant reviewedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "claim_subject", joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @Ignore
    public Set<Actor> subjects = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "claim_topic", joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @Ignore
    public Set<Topic> topics = new HashSet<>();

    public static Optional<Claim> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
