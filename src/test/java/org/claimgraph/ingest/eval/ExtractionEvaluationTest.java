package org.claimgraph.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the evaluation honest: the pipeline on the five corpus articles, as if new, against the targets of issue 5.
 * Skipped when the corpus folder is absent.
 */
class ExtractionEvaluationTest {

    private static Path corpusDir() {
        String dir = System.getProperty("claimgraph.corpus-dir");
        if (dir == null) {
            dir = System.getenv("CLAIMGRAPH_CORPUS_DIR");
        }
        return Path.of(dir != null ? dir : "../shared/corpus");
    }

    @Test
    void meetsTheTargetsOnTheCorpus() throws IOException {
        Path dir = corpusDir();
        Assumptions.assumeTrue(Files.isDirectory(dir), "no corpus at " + dir.toAbsolutePath());

        ExtractionEvaluation.Report report = ExtractionEvaluation.evaluate(dir);
        System.out.print(report.table());

        assertEquals(5, report.articles().size(), "articles evaluated");
        assertAll(
                () -> assertTrue(report.claimRecall() >= 0.8, "claim recall " + report.claimRecall()),
                () -> assertTrue(report.claimPrecision() >= 0.7, "claim precision " + report.claimPrecision()),
                () -> assertTrue(report.moneyExact(), "money quantities exact"),
                () -> assertEquals(0, report.sum(ExtractionEvaluation.ArticleResult::chromeLinesLeft), "chrome lines left"),
                () -> assertEquals(0, report.sum(ExtractionEvaluation.ArticleResult::contentSentencesLost),
                        "content sentences lost"),
                () -> assertEquals(0, report.sum(ExtractionEvaluation.ArticleResult::quotesNotFound),
                        "curated quotes missing from the cleaned text"));
    }
}
