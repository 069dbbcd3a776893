package org.claimgraph.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.claimgraph.ClaimgraphConfig;
import org.claimgraph.actor.Actor;
import org.claimgraph.actor.ActorAlias;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.actor.ActorRole;
import org.claimgraph.article.Article;
import org.claimgraph.article.MentionFinder;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ClaimRelation;
import org.claimgraph.claim.ClaimSource;
import org.claimgraph.claim.DatePrecision;
import org.claimgraph.claim.Provenance;
import org.claimgraph.claim.Quantity;
import org.claimgraph.claim.QuantityKind;
import org.claimgraph.claim.Rank;
import org.claimgraph.claim.ReviewStatus;
import org.claimgraph.claim.TextAnchor;
import org.claimgraph.claim.UsdRates;
import org.claimgraph.ingest.ReuseIndex;
import org.claimgraph.ingest.clean.CleanedText;
import org.claimgraph.ingest.clean.TextCleaner;
import org.claimgraph.source.Source;
import org.claimgraph.topic.Topic;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads the corpus folder and the curated annotation file into the graph at start-up.
 *
 * <p>Idempotent: every curated record is upserted by its key (articles by file name), so a
 * restart creates nothing new and keeps ids, and an edited annotation updates its records.
 * All or nothing: one transaction, and any annotation that does not fit the text — a quote that
 * is not exactly in the cleaned text, an unknown key — fails the whole load with a message
 * naming the file, the claim and the quote. Quotes are never re-anchored fuzzily.
 */
@ApplicationScoped
public class CorpusLoader {

    /** Bump when the loader's output changes for the same inputs, so the next start reloads. */
    static final String LOADER_VERSION = "corpus-loader/2";
    public static final String LOADED_BY = "curated-corpus";
    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    private final TextCleaner cleaner = new TextCleaner();

    @Inject
    ClaimgraphConfig config;

    @Inject
    ReuseIndex reuseIndex;

    void onStart(@Observes StartupEvent event) {
        if (!config.loadCorpus()) {
            return;
        }
        Optional<Path> corpusDir = config.resolvedCorpusDir();
        if (corpusDir.isEmpty()) {
            LOG.infof("No corpus folder: CLAIMGRAPH_CORPUS_DIR is unset and %s does not exist. Starting with the "
                    + "articles already stored; set CLAIMGRAPH_CORPUS_DIR to a folder of .txt articles to load them.",
                    ClaimgraphConfig.DEFAULT_CORPUS_DIR);
            return;
        }
        Result result = load(corpusDir.get(), readBundledAnnotations());
        LOG.infof("Corpus %s: %s", corpusDir.get(), result);
    }

    public static Annotations readBundledAnnotations() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(Annotations.RESOURCE)) {
            if (in == null) {
                throw new CorpusLoadException("the annotation file " + Annotations.RESOURCE + " is missing from the build");
            }
            return Annotations.parse(in);
        } catch (IOException e) {
            throw new CorpusLoadException("the annotation file " + Annotations.RESOURCE + " cannot be read: " + e.getMessage());
        }
    }

    /** What a load did. */
    public record Result(boolean skipped, int articles, int claims, int relations) {
        @Override
        public String toString() {
            return (skipped ? "unchanged since the last load, skipped" : "loaded") + " — " + articles + " articles, "
                    + claims + " curated claims, " + relations + " claim relations";
        }
    }

    /** Loads unless the inputs are unchanged since the last successful load. */
    @Transactional
    public Result load(Path corpusDir, Annotations annotations) {
        return load(corpusDir, annotations, false);
    }

    /** Loads even when the inputs are unchanged: what a load on an empty database would do, upserted. */
    @Transactional
    public Result reload(Path corpusDir, Annotations annotations) {
        return load(corpusDir, annotations, true);
    }

    private Result load(Path corpusDir, Annotations annotations, boolean evenIfUnchanged) {
        if (!Files.isDirectory(corpusDir)) {
            throw new CorpusLoadException("the corpus folder " + corpusDir + " does not exist or is not a folder "
                    + "(CLAIMGRAPH_CORPUS_DIR)");
        }
        Map<String, String> rawTexts = readCorpus(corpusDir);
        String fingerprint = fingerprint(annotations, rawTexts);
        Optional<Object[]> last = Panache.getEntityManager()
                .createNativeQuery("SELECT fingerprint, articles, claims FROM corpus_load ORDER BY id DESC LIMIT 1", Object[].class)
                .getResultStream().findFirst();
        if (!evenIfUnchanged && last.isPresent() && fingerprint.equals(last.get()[0])) {
            return new Result(true, ((Number) last.get()[1]).intValue(), ((Number) last.get()[2]).intValue(),
                    (int) ClaimRelation.count());
        }
        new Run(annotations, rawTexts).execute();
        int articles = rawTexts.size();
        int claims = (int) Claim.count("provenance", Provenance.CURATED);
        Panache.getEntityManager()
                .createNativeQuery("INSERT INTO corpus_load (fingerprint, articles, claims) VALUES (?1, ?2, ?3)")
                .setParameter(1, fingerprint).setParameter(2, articles).setParameter(3, claims).executeUpdate();
        return new Result(false, articles, claims, (int) ClaimRelation.count());
    }

    private static Map<String, String> readCorpus(Path corpusDir) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(corpusDir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                texts.put(file.getFileName().toString(), decodeUtf8(file));
            }
        } catch (IOException e) {
            throw new CorpusLoadException("the corpus folder " + corpusDir + " cannot be read: " + e.getMessage());
        }
        return texts;
    }

    private static String decodeUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusLoadException(file + " is not UTF-8 text");
        }
    }

    private static String fingerprint(Annotations annotations, Map<String, String> rawTexts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update(new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(annotations));
            rawTexts.forEach((name, text) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot fingerprint the corpus", e);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-'));
        }
        return words;
    }

    /** One load: the lookup tables it builds as it goes, so references resolve to this run's rows. */
    private final class Run {
        private final Annotations annotations;
        private final Map<String, String> rawTexts;
        private final Map<String, Topic> topics = new HashMap<>();
        private final Map<String, Actor> actors = new HashMap<>();
        private final Map<String, Source> sources = new HashMap<>();
        private final Map<String, Claim> claims = new HashMap<>();
        private final String curator;

        Run(Annotations annotations, Map<String, String> rawTexts) {
            this.annotations = annotations;
            this.rawTexts = rawTexts;
            this.curator = require(annotations.curator(), "the annotation file has no `curator`");
        }

        void execute() {
            loadTopics();
            loadActors();
            loadSources();
            List<Article> articles = new ArrayList<>();
            for (Map.Entry<String, String> file : rawTexts.entrySet()) {
                articles.add(loadArticle(file.getKey(), file.getValue()));
            }
            warnAboutMissingFiles();
            deleteCuratedClaimsNoLongerAnnotated();
            loadRelations();
            Panache.getEntityManager().flush();
            MentionFinder finder = MentionFinder.forAllActors();
            articles.forEach(finder::replaceMentions);
            articles.forEach(reuseIndex::refresh);
        }

        private void loadTopics() {
            for (Annotations.TopicEntry entry : list(annotations.topics())) {
                String slug = require(entry.slug(), "a topic has no slug");
                Topic topic = Topic.findBySlug(slug).orElseGet(Topic::new);
                topic.slug = slug;
                topic.name = require(entry.name(), "topic " + slug + " has no name");
                topic.description = entry.description();
                topic.persist();
                put(topics, slug, topic, "topic");
            }
        }

        private void loadActors() {
            for (Annotations.ActorEntry entry : list(annotations.actors())) {
                String key = require(entry.key(), "an actor has no key");
                Actor actor = Actor.findByKey(key).orElseGet(Actor::new);
                actor.key = key;
                actor.name = require(entry.name(), "actor " + key + " has no name");
                actor.kind = require(entry.kind(), "actor " + key + " has no kind");
                actor.description = entry.description();
                actor.country = entry.country();
                actor.reviewStatus = ReviewStatus.CONFIRMED;
                actor.persist();
                put(actors, key, actor, "actor");
            }
            for (Annotations.ActorEntry entry : list(annotations.actors())) {
                Actor actor = actors.get(entry.key());
                replaceAliases(actor, entry);
                replaceRoles(actor, entry);
            }
        }

        private void replaceAliases(Actor actor, Annotations.ActorEntry entry) {
            Set<String> wanted = new HashSet<>();
            wanted.add(actor.name);
            list(entry.aliases()).forEach(alias -> wanted.add(require(alias, "actor " + entry.key() + " has an empty alias").strip()));
            List<ActorAlias> existing = ActorAlias.list("actor", actor);
            for (ActorAlias alias : existing) {
                if (!wanted.remove(alias.alias)) {
                    alias.delete();
                }
            }
            wanted.forEach(alias -> ActorAlias.of(actor, alias).persist());
        }

        private void replaceRoles(Actor actor, Annotations.ActorEntry entry) {
            ActorRole.delete("actor", actor);
            short position = 0;
            for (Annotations.RoleEntry roleEntry : list(entry.roles())) {
                ActorRole role = new ActorRole();
                role.actor = actor;
                role.position = position++;
                role.title = require(roleEntry.title(), "a role of actor " + entry.key() + " has no title");
                role.organisation = roleEntry.organisation() == null ? null
                        : reference(actors, roleEntry.organisation(), "actor", "role of actor " + entry.key());
                role.since = roleEntry.from();
                role.until = roleEntry.to();
                role.persist();
            }
        }

        private void loadSources() {
            for (Annotations.SourceEntry entry : list(annotations.sources())) {
                String key = require(entry.key(), "a source has no key");
                Source source = Source.findByKey(key).orElseGet(Source::new);
                source.key = key;
                source.kind = require(entry.kind(), "source " + key + " has no kind");
                source.name = require(entry.name(), "source " + key + " has no name");
                source.actor = entry.actor() == null ? null : reference(actors, entry.actor(), "actor", "source " + key);
                source.anonymousCount = entry.count();
                source.description = entry.description();
                source.persist();
                put(sources, key, source, "source");
            }
        }

        private Article loadArticle(String file, String raw) {
            Annotations.ArticleEntry entry = annotations.articles() == null ? null : annotations.articles().get(file);
            CleanedText cleaned = cleaner.clean(raw);
            if (cleaned.text().isBlank()) {
                throw new CorpusLoadException(file + ": no article text is left after removing site chrome");
            }
            Article article = Article.findByCorpusFile(file).orElseGet(Article::new);
            article.corpusFile = file;
            article.rawText = raw;
            article.text = cleaned.text();
            article.contentHash = sha256(cleaned.text());
            article.wordCount = wordCount(cleaned.text());
            article.loadedBy = LOADED_BY;
            article.title = cleaned.title();
            article.author = cleaned.author();
            article.publishedAt = cleaned.publishedOn();
            article.updatedAt = cleaned.updatedOn();
            article.outlet = cleaned.outletName() == null ? null : outletNamed(cleaned.outletName());
            article.language = null;
            if (entry != null) {
                applyCuratedMetadata(file, raw, entry, article);
            }
            article.persist();
            Panache.getEntityManager().flush();
            if (entry != null) {
                for (Annotations.ClaimEntry claimEntry : list(entry.claims())) {
                    loadClaim(file, article, claimEntry);
                }
            }
            return article;
        }

        /** Curated metadata overrides detection, but only with values the page itself shows. */
        private void applyCuratedMetadata(String file, String raw, Annotations.ArticleEntry entry, Article article) {
            if (entry.title() != null) {
                requireInText(file, raw, entry.title(), "title");
                article.title = entry.title();
            }
            if (entry.author() != null) {
                requireInText(file, raw, entry.author(), "author");
                article.author = entry.author();
            }
            if (entry.outlet() != null) {
                requireInText(file, raw, require(entry.outletEvidence(), file + ": `outlet` needs `outletEvidence`, "
                        + "the words of the page that name it"), "outletEvidence");
                article.outlet = reference(actors, entry.outlet(), "actor", file + " outlet");
            }
            if (entry.publishedAt() != null || entry.updatedAt() != null) {
                requireInText(file, raw, require(entry.dateEvidence(), file + ": dates need `dateEvidence`, "
                        + "the words of the page that state them"), "dateEvidence");
                article.publishedAt = entry.publishedAt() == null ? null : LocalDate.parse(entry.publishedAt());
                article.updatedAt = entry.updatedAt() == null ? null : LocalDate.parse(entry.updatedAt());
            }
            article.url = entry.url();
            article.language = entry.language();
        }

        private Actor outletNamed(String name) {
            return ActorAlias.<ActorAlias>find("normalized = ?1 and actor.kind = ?2", ActorAlias.normalize(name), ActorKind.MEDIA_OUTLET)
                    .firstResultOptional().map(alias -> alias.actor).orElse(null);
        }

        private void loadClaim(String file, Article article, Annotations.ClaimEntry entry) {
            String key = require(entry.key(), file + ": a claim has no key");
            String where = file + ", claim " + key;
            String quote = require(entry.quote(), where + ": no quote");
            TextAnchor anchor = anchor(article.text, quote, entry.occurrence(), where);
            Claim claim = Claim.findByKey(key).orElseGet(Claim::new);
            claim.key = key;
            claim.article = article;
            claim.statement = require(entry.statement(), where + ": no statement");
            claim.quote = quote;
            anchor.applyTo(claim);
            claim.reportingVerb = entry.verb();
            claim.stance = require(entry.stance(), where + ": no stance");
            applyWhen(claim, entry.when(), where);
            claim.provenance = Provenance.CURATED;
            claim.curator = curator;
            claim.pipelineVersion = null;
            claim.confidence = entry.confidence() == null ? 1.0f : entry.confidence();
            claim.reviewStatus = ReviewStatus.CONFIRMED;
            claim.rank = entry.rank() == null ? Rank.NORMAL : entry.rank();
            claim.note = entry.note();
            claim.subjects.clear();
            list(entry.subjects()).forEach(subject -> claim.subjects.add(reference(actors, subject, "actor", where)));
            claim.topics.clear();
            list(entry.topics()).forEach(topic -> claim.topics.add(reference(topics, topic, "topic", where)));
            claim.persist();
            Panache.getEntityManager().flush();
            put(claims, key, claim, "claim");

            ClaimSource.delete("id.claimId", claim.id);
            List<String> chain = list(entry.sources());
            if (chain.isEmpty()) {
                throw new CorpusLoadException(where + ": no sources (use the article's AUTHOR source for its own voice)");
            }
            for (int position = 0; position < chain.size(); position++) {
                ClaimSource.of(claim.id, position, reference(sources, chain.get(position), "source", where)).persist();
            }

            Quantity.delete("claim", claim);
            short position = 0;
            for (Annotations.QuantityEntry entryQuantity : list(entry.quantities())) {
                Quantity quantity = new Quantity();
                quantity.claim = claim;
                quantity.position = position++;
                quantity.text = require(entryQuantity.text(), where + ": a quantity has no text");
                if (!quote.contains(quantity.text)) {
                    throw new CorpusLoadException(where + ": quantity text \"" + quantity.text + "\" is not in the quote \"" + quote + "\"");
                }
                quantity.kind = require(entryQuantity.kind(), where + ": quantity \"" + quantity.text + "\" has no kind");
                quantity.unit = require(entryQuantity.unit(), where + ": quantity \"" + quantity.text + "\" has no unit");
                if (quantity.kind == QuantityKind.MONEY && !UsdRates.knows(quantity.unit)) {
                    throw new CorpusLoadException(where + ": unknown currency " + quantity.unit + " in \"" + quantity.text + "\"");
                }
                quantity.amount = entryQuantity.amount();
                quantity.period = entryQuantity.period();
                quantity.lowerBound = entryQuantity.lowerBound();
                quantity.upperBound = entryQuantity.upperBound();
                quantity.usdPerMonth = UsdRates.usdPerMonth(quantity.kind, quantity.amount, quantity.lowerBound,
                        quantity.upperBound, quantity.unit, quantity.period).orElse(null);
                quantity.persist();
            }
        }

        private void applyWhen(Claim claim, String when, String where) {
            claim.refersFrom = null;
            claim.refersTo = null;
            claim.refersPrecision = null;
            if (when == null || when.isBlank()) {
                return;
            }
            String[] range = when.strip().split("/");
            if (range.length > 2) {
                throw new CorpusLoadException(where + ": `when` must be a date or FROM/TO, not \"" + when + "\"");
            }
            PartialDate from = PartialDate.parse(range[0], where);
            claim.refersFrom = from.date();
            claim.refersPrecision = from.precision();
            if (range.length == 2) {
                claim.refersTo = PartialDate.parse(range[1], where).date();
            }
        }

        private void warnAboutMissingFiles() {
            if (annotations.articles() == null) {
                return;
            }
            annotations.articles().keySet().stream().filter(file -> !rawTexts.containsKey(file)).forEach(file ->
                    LOG.warnf("The annotation file annotates %s, which is not in the corpus folder: its claims are not loaded", file));
        }

        private void deleteCuratedClaimsNoLongerAnnotated() {
            List<Claim> curated = Claim.list("provenance = ?1 and key is not null", Provenance.CURATED);
            for (Claim claim : curated) {
                if (!claims.containsKey(claim.key) && rawTexts.containsKey(claim.article.corpusFile)) {
                    claim.delete();
                }
            }
        }

        private void loadRelations() {
            String assertedBy = "curator: " + curator;
            Map<String, ClaimRelation> existing = new HashMap<>();
            for (ClaimRelation relation : ClaimRelation.<ClaimRelation>list("assertedBy", assertedBy)) {
                existing.put(relation.from.id + ">" + relation.to.id + ":" + relation.type, relation);
            }
            for (Annotations.RelationEntry entry : list(annotations.relations())) {
                String where = "relation " + entry.from() + " -> " + entry.to();
                Claim from = reference(claims, entry.from(), "claim", where);
                Claim to = reference(claims, entry.to(), "claim", where);
                if (from == to) {
                    throw new CorpusLoadException(where + ": a claim cannot relate to itself");
                }
                String identity = from.id + ">" + to.id + ":" + require(entry.type(), where + ": no type");
                ClaimRelation relation = existing.remove(identity);
                if (relation == null) {
                    relation = new ClaimRelation();
                    relation.from = from;
                    relation.to = to;
                    relation.type = entry.type();
                    relation.assertedBy = assertedBy;
                }
                relation.note = entry.note();
                relation.persist();
            }
            existing.values().forEach(ClaimRelation::delete);
        }
    }

    /** The anchor of the quote's only (or chosen) exact occurrence; never a fuzzy one. */
    static TextAnchor anchor(String text, String quote, Integer occurrence, String where) {
        List<Integer> hits = new ArrayList<>();
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            hits.add(at);
        }
        if (hits.isEmpty()) {
            throw new CorpusLoadException(where + ": the quote does not occur in the cleaned text: \"" + quote + "\"");
        }
        if (occurrence == null && hits.size() > 1) {
            throw new CorpusLoadException(where + ": the quote occurs " + hits.size() + " times; add `occurrence`: \"" + quote + "\"");
        }
        int index = occurrence == null ? 1 : occurrence;
        if (index < 1 || index > hits.size()) {
            throw new CorpusLoadException(where + ": `occurrence: " + index + "` but the quote occurs " + hits.size()
                    + " time(s): \"" + quote + "\"");
        }
        int charStart = hits.get(index - 1);
        return TextAnchor.of(text, charStart, charStart + quote.length());
    }

    record PartialDate(LocalDate date, DatePrecision precision) {
        static PartialDate parse(String value, String where) {
            String text = value.strip();
            try {
                return switch (text.length()) {
                    case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
                    case 7 -> new PartialDate(YearMonth.parse(text).atDay(1), DatePrecision.MONTH);
                    case 10 -> new PartialDate(LocalDate.parse(text), DatePrecision.DAY);
                    default -> throw new IllegalArgumentException();
                };
            } catch (RuntimeException e) {
                throw new CorpusLoadException(where + ": `when` \"" + value + "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
    }

    private static void requireInText(String file, String raw, String value, String field) {
        if (!raw.contains(value)) {
            throw new CorpusLoadException(file + ": `" + field + "` \"" + value + "\" does not occur in the article; "
                    + "record only metadata the page shows");
        }
    }

    private static <T> T require(T value, String message) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new CorpusLoadException(message);
        }
        return value;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static <T> void put(Map<String, T> map, String key, T value, String what) {
        if (map.putIfAbsent(key, value) != null) {
            throw new CorpusLoadException("the annotation file defines " + what + " `" + key + "` twice");
        }
    }

    private static <T> T reference(Map<String, T> map, String key, String what, String where) {
        T value = map.get(key);
        if (value == null) {
            throw new CorpusLoadException(where + ": unknown " + what + " `" + key + "`");
        }
        return value;
    }

    /** The annotation file or the corpus does not fit together; nothing of the load is kept. */
    public static final class CorpusLoadException extends RuntimeException {
        public CorpusLoadException(String message) {
            super("Corpus load failed: " + message);
        }
    }
}
