package org.claimgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.claimgraph.ingest.clean.TextCleaner;
import org.junit.jupiter.api.Assumptions;

/**
 * The corpus articles (users' data, outside the project: {@code ../shared/corpus} by default, or the folder named
 * by {@code -Dclaimgraph.corpus-dir} / {@code CLAIMGRAPH_CORPUS_DIR}), cleaned as the pipeline cleans them. Tests
 * that need them are skipped, not failed, where the corpus is absent.
 */
public final class CorpusTexts {

    private CorpusTexts() {
    }

    public static Path dir() {
        String dir = System.getProperty("claimgraph.corpus-dir");
        if (dir == null) {
            dir = System.getenv("CLAIMGRAPH_CORPUS_DIR");
        }
        return Path.of(dir != null ? dir : "../shared/corpus");
    }

    /** File name → cleaned text, in file-name order. */
    public static Map<String, String> cleaned() {
        Path dir = dir();
        Assumptions.assumeTrue(Files.isDirectory(dir), "no corpus at " + dir.toAbsolutePath());
        TextCleaner cleaner = new TextCleaner();
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                texts.put(file.getFileName().toString(), cleaner.clean(Files.readString(file)).text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Assumptions.assumeFalse(texts.isEmpty(), "no .txt files in " + dir.toAbsolutePath());
        return texts;
    }
}
