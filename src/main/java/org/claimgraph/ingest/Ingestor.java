package org.claimgraph.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.claimgraph.actor.Actor;
import org.claimgraph.actor.ActorAlias;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.article.Article;
import org.claimgraph.article.Mention;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ClaimSource;
import org.claimgraph.claim.Provenance;
import org.claimgraph.claim.Quantity;
import org.claimgraph.claim.Rank;
import org.claimgraph.claim.ReviewStatus;
import org.claimgraph.claim.TextAnchor;
import org.claimgraph.corpus.CorpusLoader;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.ingest.clean.CleanedText;
import org.claimgraph.ingest.clean.TextCleaner;
import org.claimgraph.ingest.clean.TextLanguage;
import org.claimgraph.ingest.extract.ClaimExtractor;
import org.claimgraph.ingest.extract.ExtractedClaim;
import org.claimgraph.ingest.extract.ExtractedQuantity;
import org.claimgraph.ingest.extract.ExtractedSource;
import org.claimgraph.ingest.extract.NameShapes;
import org.claimgraph.ingest.extract.ReferenceDates;
import org.claimgraph.ingest.extract.Extraction;
import org.claimgraph.ingest.html.HtmlToText;
import org.claimgraph.ingest.link.ActorLinker;
import org.claimgraph.source.Source;
import org.claimgraph.source.SourceKind;
import org.claimgraph.topic.Topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Takes a new article through the pipeline — HTML to text, cleaning, metadata, actor linking,
 * claim extraction, reuse — and stores the result in one transaction: a failure at any stage
 * leaves nothing behind. The same article twice (same URL and text, or the same cleaned text) is one
 * article: the second call returns the first one's record, also when both arrive at once. Other text
 * at a stored URL is refused (CONFLICT), never merged or dropped.
 */
@ApplicationScoped
public class Ingestor {

    /** Largest accepted text, in characters: far above any news article, far below what would strain memory. */
    public static final int MAX_CHARACTERS = 1_000_000;
    public static final String LOADED_BY = "ingest: " + Extraction.PIPELINE_VERSION;
    private static final int CLAIMS_PER_SESSION = 50;
    private static final int TIMEOUT_SECONDS = 600;

    private final TextCleaner cleaner = new TextCleaner();
    private final HtmlToText htmlToText = new HtmlToText();
    private final ClaimExtractor extractor = new ClaimExtractor();

    @Inject
    Gazetteer gazetteer;

    @Inject
    ReuseIndex reuseIndex;

    /** What one ingest did. */
    public record Outcome(Article article, boolean created, int claims, List<Actor> candidates, int reuses, int repeatedClaims,
                          List<String> warnings) {
    }

    // The default 60 s is too short for the longest texts accepted: the database checks each claim's quote
    // against the article text, which costs time in proportion to where in a long text the quote sits.
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public Outcome ingest(IngestInput input) {
        String raw = requireText(input.text);
        boolean html = input.format == IngestFormat.HTML || (input.format != IngestFormat.TEXT && HtmlToText.looksLikeHtml(raw));
        HtmlToText.Page page = html ? htmlToText.read(raw) : HtmlToText.Page.plain(raw);
        CleanedText cleaned = cleaner.clean(page.text());
        if (cleaned.text().isBlank()) {
            throw ApiError.badInput("no article text is left once site chrome is removed; is this an article?");
        }
        String hash = CorpusLoader.sha256(cleaned.text());
        Optional<Article> known = find(input.url, hash);
        if (known.isPresent()) {
            return new Outcome(sameArticle(known.get(), raw, hash), false, 0, List.of(), 0, 0, List.of());
        }
        Long articleId = insertArticle(input, raw, cleaned, page, hash);
        if (articleId == null) {
            // Another request stored the same article between our look-up and our insert.
            return new Outcome(sameArticle(find(input.url, hash).orElseThrow(), raw, hash), false, 0, List.of(), 0, 0, List.of());
        }
        Article article = Article.findById(articleId);
        String outlet = article.outlet == null ? null : article.outlet.name;

        ActorLinker linker = gazetteer.linker();
        List<LinkedMention> mentions = linker.link(article.text);
        Map<String, Actor> stored = storeMentions(article, mentions);
        List<Long> candidates = stored.values().stream().map(actor -> actor.id).toList();
        // A new name is a speaker and a subject like any other: unlinked, "…, Peter Jones said." was the author's
        // claim in the first article to name him and his own in every later one.
        List<LinkedMention> linked = mentions.stream().map(mention -> !mention.isCandidate() ? mention
                : new LinkedMention(new KnownActor(stored.get(mention.surface()).id, mention.surface(), ActorKind.UNKNOWN,
                        List.of(mention.surface())), mention.surface(), mention.start(), mention.end())).toList();
        List<String> warnings = new ArrayList<>();
        List<ExtractedClaim> claims;
        if (article.language == null || article.language.toLowerCase(Locale.ROOT).startsWith("en")) {
            claims = extractor.extract(article.text, linked, outlet);
        } else {
            // The rules read English reporting verbs and word order: on other text they made the author say
            // what a quoted minister said. The article, its mentions and its reuses are still stored.
            claims = List.of();
            warnings.add("no claims were extracted: the article is in language \"" + article.language
                    + "\" and claim extraction reads English only");
        }
        // Every flush (one per claim, for its id) checks each entity the session holds: with all of a long
        // article's mentions and claims held, ingesting 300,000 characters outran the transaction timeout.
        // Rows already written are let go of; what is still needed is referred to by id.
        EntityManager em = Panache.getEntityManager();
        Map<String, Long> topics = new HashMap<>();
        Topic.<Topic>listAll().forEach(topic -> topics.put(topic.slug, topic.id));
        Sources sources = new Sources(article);
        for (int i = 0; i < claims.size(); i++) {
            if (i % CLAIMS_PER_SESSION == 0) {
                em.flush();
                em.clear();
            }
            storeClaim(article, claims.get(i), sources, topics);
        }
        em.flush();
        em.clear();
        article = Article.findById(articleId);
        int reuses = reuseIndex.refresh(article);
        int repeated = reuses == 0 ? 0 : reuseIndex.linkRepeatedClaims(article);
        List<Actor> candidateActors = candidates.isEmpty() ? List.of() : Actor.list("id in ?1 order by id", candidates);
        return new Outcome(article, true, claims.size(), candidateActors, reuses, repeated, warnings);
    }

    /** NUL, or control characters no text uses in more than one character in a hundred. */
    static boolean looksBinary(CharSequence text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        return control > 0 && (text.chars().anyMatch(c -> c == 0) || control * 100 > text.length());
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.badInput("`text` is empty");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw ApiError.badInput("`text` has " + text.length() + " characters; at most " + MAX_CHARACTERS + " are accepted");
        }
        if (looksBinary(text)) {
            throw ApiError.badInput("`text` looks like binary data (it contains control characters); send the article's text or HTML");
        }
        return text;
    }

    /**
     * The stored article, when it is the one sent again. One at the same URL whose text differs is a revision
     * (a correction, an update): answering with the stored one would drop the new text without a word, and
     * replacing it would move the passages its claims are anchored to, so the caller is told instead.
     */
    private static Article sameArticle(Article stored, String raw, String hash) {
        if (!stored.contentHash.equals(hash) && !stored.rawText.equals(raw)) {
            throw ApiError.conflict("article " + stored.id + " is stored for this URL with other text (an earlier "
                    + "version?); nothing was written. Send the new version without a URL, or with its own URL, "
                    + "to store it as an article of its own");
        }
        return stored;
    }

    private static Optional<Article> find(String url, String hash) {
        if (url != null && !url.isBlank()) {
            Optional<Article> byUrl = Article.find("url", url.strip()).firstResultOptional();
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return Article.findByContentHash(hash);
    }

    /** Inserts the row unless an article with the same URL or text exists; null when one does. */
    private Long insertArticle(IngestInput input, String raw, CleanedText cleaned, HtmlToText.Page page, String hash) {
        // A blank title, byline or outlet is one not given. Without the caller's outlet, a known one the
        // page's markup or its text names; else the site name the markup states (og:site_name), which a
        // page sets on purpose, or the wire service its dateline credits, as a candidate — a name guessed
        // from the navigation text is not enough.
        String outletName = blankToNull(input.outlet);
        String siteName = blankToNull(page.siteName());
        Actor outlet = outletName != null ? outletNamed(outletName, true)
                : knownOutlet(siteName, cleaned.outletName(), cleaned.wireAgency());
        if (outlet == null && isName(siteName)) {
            outlet = candidate(siteName, ActorKind.MEDIA_OUTLET, "Outlet named by an ingested page's og:site_name");
        } else if (outlet == null && isName(cleaned.wireAgency())) {
            outlet = candidate(cleaned.wireAgency(), ActorKind.MEDIA_OUTLET, "Wire service credited by an ingested article's dateline");
        }
        String title = blankToNull(input.title);
        String author = blankToNull(input.author);
        List<?> inserted = Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO article (url, title, outlet_id, author, published_on, updated_on, language, raw_text,
                                             clean_text, content_hash, word_count, loaded_by)
                        VALUES (:url, :title, :outlet, :author, :published, :updated, :language, :raw, :text, :hash, :words, :by)
                        ON CONFLICT DO NOTHING RETURNING id
                        """)
                .setParameter("url", blankToNull(input.url))
                .setParameter("title", title != null ? title : cleaned.title())
                .setParameter("outlet", outlet == null ? null : outlet.id)
                .setParameter("author", author != null ? author : cleaned.author() != null ? cleaned.author() : page.author())
                // The caller's date first, then the page's markup for machines, then a dateline in the text.
                .setParameter("published", input.publishedAt != null ? input.publishedAt
                        : page.publishedOn() != null ? page.publishedOn() : cleaned.publishedOn())
                .setParameter("updated", page.updatedOn() != null ? page.updatedOn() : cleaned.updatedOn())
                .setParameter("language", blankToNull(input.language) != null ? blankToNull(input.language)
                        : page.language() != null ? page.language() : TextLanguage.of(cleaned.text()))
                .setParameter("raw", raw)
                .setParameter("text", cleaned.text())
                .setParameter("hash", hash)
                .setParameter("words", CorpusLoader.wordCount(cleaned.text()))
                .setParameter("by", LOADED_BY)
                .getResultList();
        return inserted.isEmpty() ? null : ((Number) inserted.get(0)).longValue();
    }

    private static boolean isName(String name) {
        return name != null && name.length() <= 100 && name.codePoints().anyMatch(Character::isLetter);
    }

    /** The known outlet of the first of these names that names one (nulls skipped); null if none does. */
    private Actor knownOutlet(String... names) {
        for (String name : names) {
            Actor outlet = name == null ? null : outletNamed(name, false);
            if (outlet != null) {
                return outlet;
            }
        }
        return null;
    }

    /** The outlet actor of that name; a name given by the caller but unknown becomes an unreviewed candidate. */
    private Actor outletNamed(String name, boolean createIfUnknown) {
        Optional<Actor> known = ActorAlias.<ActorAlias>find("normalized = ?1 order by actor.id", ActorAlias.normalize(name))
                .firstResultOptional().map(alias -> alias.actor);
        if (known.isPresent() || !createIfUnknown) {
            return known.orElse(null);
        }
        return candidate(name, ActorKind.MEDIA_OUTLET, "Outlet named by the caller of ingestArticle");
    }

    /** Stores the mentions; returns the candidate actors made for unknown names, by name. */
    private Map<String, Actor> storeMentions(Article article, List<LinkedMention> mentions) {
        Map<String, Actor> candidates = new LinkedHashMap<>();
        for (LinkedMention mention : mentions) {
            Actor actor;
            if (mention.isCandidate()) {
                actor = candidates.computeIfAbsent(mention.surface(), name -> candidate(name, NameShapes.kindOf(name),
                        "Name found in article " + article.id + " that matched no known actor"));
            } else {
                actor = Actor.getEntityManager().getReference(Actor.class, mention.actor().id());
            }
            TextAnchor place = TextAnchor.of(article.text, mention.start(), mention.end());
            Mention row = new Mention();
            row.article = article;
            row.actor = actor;
            row.surface = mention.surface();
            row.startOffset = place.start();
            row.endOffset = place.end();
            row.persist();
        }
        return candidates;
    }

    private static Actor candidate(String name, ActorKind kind, String why) {
        Actor actor = new Actor();
        actor.name = name;
        actor.kind = kind;
        actor.description = why + " (" + Extraction.PIPELINE_VERSION + "); not reviewed.";
        actor.reviewStatus = ReviewStatus.UNREVIEWED;
        actor.persist();
        ActorAlias.of(actor, name).persist();
        return actor;
    }

    private void storeClaim(Article article, ExtractedClaim extracted, Sources sources, Map<String, Long> topics) {
        EntityManager em = Panache.getEntityManager();
        Claim claim = new Claim();
        claim.article = article;
        claim.statement = extracted.statement();
        claim.quote = extracted.quote();
        TextAnchor.of(article.text, extracted.start(), extracted.end()).applyTo(claim);
        claim.reportingVerb = extracted.verb();
        // A live page often gives only the time of its last update: "on Thursday" counts back from that
        ReferenceDates.Reference refers = ReferenceDates.in(extracted.quote(),
                article.publishedAt != null ? article.publishedAt : article.updatedAt);
        if (refers != null) {
            claim.refersFrom = refers.date();
            claim.refersPrecision = refers.precision();
        }
        claim.stance = extracted.stance();
        claim.provenance = Provenance.EXTRACTED;
        claim.pipelineVersion = Extraction.PIPELINE_VERSION;
        claim.confidence = (float) extracted.confidence();
        claim.reviewStatus = ReviewStatus.UNREVIEWED;
        claim.rank = Rank.NORMAL;
        extracted.subjects().forEach(subject -> claim.subjects.add(em.getReference(Actor.class, subject.id())));
        extracted.topics().stream().filter(topics::containsKey)
                .forEach(slug -> claim.topics.add(em.getReference(Topic.class, topics.get(slug))));
        claim.persist();
        em.flush();
        for (int position = 0; position < extracted.sources().size(); position++) {
            ClaimSource.of(claim.id, position, sources.of(extracted.sources().get(position))).persist();
        }
        short position = 0;
        for (ExtractedQuantity found : extracted.quantities()) {
            Quantity quantity = new Quantity();
            quantity.claim = claim;
            quantity.position = position++;
            quantity.text = found.text();
            quantity.kind = found.kind();
            quantity.amount = found.amount();
            quantity.unit = found.unit();
            quantity.period = found.period();
            quantity.lowerBound = found.lowerBound();
            quantity.upperBound = found.upperBound();
            quantity.usdPerMonth = found.usdPerMonth();
            quantity.persist();
        }
    }

    /**
     * Sources of one article's claims. A named speaker (backed by an actor) or a named outlet or
     * agency is the same source in every article; anonymous sources, unnamed officials and the
     * author's own voice belong to this article (two articles' "four sources" are not the same
     * four people), unless the author's outlet is known.
     */
    private static final class Sources {
        private final Article article;
        private final Map<String, Source> local = new HashMap<>();

        Sources(Article article) {
            this.article = article;
        }

        Source of(ExtractedSource found) {
            fileTitledCandidateAsPerson(found);
            String identity = found.kind() + "|" + found.name() + "|" + found.anonymousCount() + "|"
                    + (found.actor() == null ? "" : found.actor().id());
            return local.computeIfAbsent(identity, key -> shared(found).orElseGet(() -> create(found)));
        }

        /**
         * "government spokesman Abdoulaye Maïga": a name no one classified, speaking under a personal title, is a
         * person. Only an unreviewed candidate is changed; a reviewed actor's kind is a person's decision.
         */
        private static void fileTitledCandidateAsPerson(ExtractedSource found) {
            boolean personal = found.kind() == SourceKind.SPOKESPERSON || found.kind() == SourceKind.OFFICIAL
                    || found.kind() == SourceKind.EXPERT;
            if (found.actor() == null || found.actor().kind() != ActorKind.UNKNOWN || found.description() == null || !personal) {
                return;
            }
            Actor actor = Actor.findById(found.actor().id());
            if (actor != null && actor.kind == ActorKind.UNKNOWN && actor.reviewStatus == ReviewStatus.UNREVIEWED) {
                actor.kind = ActorKind.PERSON;
            }
        }

        private Optional<Source> shared(ExtractedSource found) {
            if (found.actor() != null) {
                return Source.find("actor.id = ?1 and kind = ?2 order by id", found.actor().id(), found.kind()).firstResultOptional();
            }
            boolean named = found.kind() == SourceKind.NEWS_AGENCY || found.kind() == SourceKind.OUTLET
                    || (found.kind() == SourceKind.AUTHOR && article.outlet != null);
            return named ? Source.find("actor is null and kind = ?1 and name = ?2 order by id", found.kind(), found.name())
                    .firstResultOptional() : Optional.empty();
        }

        private Source create(ExtractedSource found) {
            Source source = new Source();
            source.kind = found.kind();
            source.name = found.name();
            source.anonymousCount = found.kind() == SourceKind.ANONYMOUS ? found.anonymousCount() : null;
            source.description = found.description();
            source.actor = found.actor() == null ? null : Source.getEntityManager().getReference(Actor.class, found.actor().id());
            source.persist();
            return source;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
