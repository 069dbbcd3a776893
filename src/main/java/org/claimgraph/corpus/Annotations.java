package org.claimgraph.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.claim.Period;
import org.claimgraph.claim.QuantityKind;
import org.claimgraph.claim.Rank;
import org.claimgraph.claim.RelationType;
import org.claimgraph.claim.Stance;
import org.claimgraph.source.SourceKind;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The curated annotation file (src/main/resources/corpus/annotations.yaml), as written by
 * researchers: see docs/CORPUS.md for the guidelines. Parsing is strict — an unknown field is a
 * typo that would silently drop data, so it fails the load.
 */
@RegisterForReflection(targets = {Annotations.class, Annotations.TopicEntry.class, Annotations.ActorEntry.class,
        Annotations.RoleEntry.class, Annotations.SourceEntry.class, Annotations.ArticleEntry.class,
        Annotations.ClaimEntry.class, Annotations.QuantityEntry.class, Annotations.RelationEntry.class})
public record Annotations(String curator, List<TopicEntry> topics, List<ActorEntry> actors, List<SourceEntry> sources,
                          Map<String, ArticleEntry> articles, List<RelationEntry> relations) {

    public static final String RESOURCE = "corpus/annotations.yaml";

    public record TopicEntry(String slug, String name, String description) {
    }

    public record ActorEntry(String key, String name, ActorKind kind, String country, String description,
                             List<String> aliases, List<RoleEntry> roles) {
    }

    public record RoleEntry(String title, String organisation, String from, String to) {
    }

    public record SourceEntry(String key, SourceKind kind, String name, String actor, Integer count, String description) {
    }

    public record ArticleEntry(String title, String url, String outlet, String outletEvidence, String author,
                               String publishedAt, String updatedAt, String dateEvidence, String language,
                               List<ClaimEntry> claims) {
    }

    public record ClaimEntry(String key, String statement, String quote, Integer occurrence, List<String> sources,
                             String verb, Stance stance, List<String> subjects, List<String> topics, String when,
                             List<QuantityEntry> quantities, Float confidence, Rank rank, String note) {
    }

    public record QuantityEntry(String text, QuantityKind kind, BigDecimal amount, String unit, Period period,
                                BigDecimal lowerBound, BigDecimal upperBound) {
    }

    public record RelationEntry(String from, String to, RelationType type, String note) {
    }

    public static Annotations parse(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return mapper.readValue(yaml, Annotations.class);
    }
}
