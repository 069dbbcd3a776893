package org.claimgraph;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * claimgraph's own settings (environment: CLAIMGRAPH_…). The database ones are consumed before
 * Quarkus starts, by {@code DatabaseBootstrap}; they are declared here too so that every
 * setting is in one place and a misspelt key under {@code claimgraph.} is reported.
 */
@ConfigMapping(prefix = "claimgraph")
public interface ClaimgraphConfig {

    /** Where new users keep the corpus: next to the repository, as in the project's layout. */
    Path DEFAULT_CORPUS_DIR = Path.of("..", "shared", "corpus");

    /** Folder of corpus articles to load at start; unset: {@link #DEFAULT_CORPUS_DIR} when it exists. */
    Optional<Path> corpusDir();

    /** Load the corpus folder at start (the import command turns this off). */
    @WithDefault("true")
    boolean loadCorpus();

    /** Folder of the embedded PostgreSQL cluster. */
    @WithDefault("data")
    Path dataDir();

    /** Serve GraphiQL at /q/graphql-ui. */
    @WithDefault("true")
    boolean graphiqlEnabled();

    Embedded embedded();

    Limits limits();

    /** What one GraphQL operation may ask for (see QueryLimits). */
    interface Limits {
        /** Deepest nesting of fields. */
        @WithDefault("15")
        int maxDepth();

        /** Estimated objects in a response: fields times page sizes. */
        @WithDefault("25000")
        long maxComplexity();

        /** Aliased fields in one operation. */
        @WithDefault("30")
        int maxAliases();

        /** Claims one contradictions request compares, every pair of them: its cost grows with their square. */
        @WithDefault("1000")
        int maxComparedClaims();
    }

    Database database();

    AnswerCache answerCache();

    /** Answers of root fields built in SQL, given again while the data is unchanged (see Answers). */
    interface AnswerCache {
        /** Memory the kept answers may take; 0 keeps none. */
        @WithDefault("32M")
        MemorySize maxSize();
    }

    interface Embedded {
        /** Port of the embedded PostgreSQL; 0 picks a free one. */
        @WithDefault("0")
        int port();
    }

    interface Database {
        /** Set at start: which database is in use, for the log. */
        Optional<String> description();
    }

    default Optional<Path> resolvedCorpusDir() {
        return corpusDir().or(() -> Files.isDirectory(DEFAULT_CORPUS_DIR) ? Optional.of(DEFAULT_CORPUS_DIR) : Optional.empty())
                .map(path -> path.toAbsolutePath().normalize());
    }
}
