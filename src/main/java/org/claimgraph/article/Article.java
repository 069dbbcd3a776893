package org.claimgraph.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Description("A news article: its metadata as the page reveals it, its raw and cleaned text, and (through fields) "
        + "its outlet, claims and the actors it mentions.")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier of the article.")
    @NonNull
    public Long id;

    @Column(name = "corpus_file")
    @Description("File name in the corpus folder, for articles loaded from it.")
    public String corpusFile;

    @Description("Where the article was published, when known.")
    public String url;

    @Description("Title as shown on the page; null when the page shows none.")
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    @Ignore
    public Actor outlet;

    @Description("Byline as printed, when the page has one.")
    public String author;

    @Column(name = "published_on")
    @Description("Publication date, only when the page states it.")
    public LocalDate publishedAt;

    @Column(name = "updated_on")
    @Description("Last-updated date, only when the page states it.")
    public LocalDate updatedAt;

    @Description("Language code, e.g. `en`.")
    public String language;

    // The texts are most of an article row: loaded on first access, and served to GraphQL by
    // ArticleApi's batched resolvers, so lists of articles (search hits, claims' articles) skip them.
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "raw_text")
    @Ignore
    public String rawText;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "clean_text")
    @Ignore
    public String text;

    @Column(name = "content_hash")
    @Description("SHA-256 of the cleaned text, hex: the same article twice is one article.")
    @NonNull
    public String contentHash;

    @Column(name = "word_count")
    @Description("Number of words in the cleaned text.")
    public int wordCount;

    @Column(name = "loaded_by")
    @Description("What stored the article: `curated-corpus` or the ingest pipeline with its version.")
    @NonNull
    public String loadedBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    @Description("When the article was first stored.")
    @NonNull
    public Instant createdAt;

    public static Optional<Article> findByCorpusFile(String corpusFile) {
        return find("corpusFile", corpusFile).firstResultOptional();
    }

    public static Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    /** The article with its outlet in the same statement: article detail pages show both. */
    public static Optional<Article> withOutlet(long id) {
        return find("from Article a left join fetch a.outlet where a.id = ?1", id).firstResultOptional();
    }
}
