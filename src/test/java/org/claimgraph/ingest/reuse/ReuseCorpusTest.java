package org.claimgraph.ingest.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.ingest.CorpusTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reuse detection on the five corpus articles. What is really there (docs/CORPUS.md §1): 004 opens with a
 * reworded copy of 002's first paragraphs, and 001 and 004 both rewrite the same Reuters report of 13 September
 * 2021. 000 and 002 report the same statements independently (both quote Le Drian and the Kremlin), which is not
 * reuse; 003 is an independent analysis.
 */
class ReuseCorpusTest {

    /** Unordered pairs of article indices expected to be linked, in both directions. */
    private static final Set<String> REUSE = Set.of("1-4", "2-4");

    private static List<String> names;
    private static List<String> texts;

    @BeforeAll
    static void load() {
        Map<String, String> cleaned = CorpusTexts.cleaned();
        names = new ArrayList<>(cleaned.keySet());
        texts = new ArrayList<>(cleaned.values());
    }

    @Test
    void linksTheReusePairsBothWaysAndNothingElse() {
        ReuseDetector detector = new ReuseDetector();
        for (int i = 0; i < texts.size(); i++) {
            detector.add(i, texts.get(i));
        }
        ReuseVerifier verifier = new ReuseVerifier();
        Set<String> linked = new TreeSet<>();
        StringBuilder matrix = new StringBuilder("reuse share of row in column (strict sentences, 5-gram containment); * = linked\n       ");
        for (String name : names) {
            matrix.append(String.format("%-20s", name.substring(0, 3)));
        }
        for (int i = 0; i < texts.size(); i++) {
            List<ReuseLink> links = detector.find(texts.get(i));
            matrix.append(String.format("%n  %s  ", names.get(i).substring(0, 3)));
            for (int j = 0; j < texts.size(); j++) {
                long other = j;
                if (i == j) {
                    assertTrue(links.stream().anyMatch(l -> l.otherArticleId() == other && l.share() > 0.999), "itself");
                    matrix.append(String.format("%-20s", "-"));
                    continue;
                }
                Comparison comparison = verifier.compare(texts.get(i), texts.get(j));
                boolean isLinked = links.stream().anyMatch(l -> l.otherArticleId() == other);
                if (isLinked) {
                    linked.add(Math.min(i, j) + "-" + Math.max(i, j));
                }
                matrix.append(String.format("%-20s", String.format("%s%.3f (%d, %.3f)", isLinked ? "*" : " ",
                        comparison.share(), comparison.reusedSentences(), comparison.containment())));
            }
        }
        System.out.println(matrix);

        assertEquals(REUSE, linked);
    }

    @Test
    void theReusedPassagesAreTheRightOnes() {
        ReuseDetector detector = new ReuseDetector();
        detector.add(2, texts.get(2));
        ReuseLink link = detector.find(texts.get(4)).get(0);
        assertEquals(2, link.otherArticleId());
        assertTrue(link.share() > 0.15, "share " + link.share());
        for (Span span : link.spans()) {
            System.out.printf("004 %d..%d <- 002 %d..%d%s%n    %s%n    %s%n", span.start(), span.end(), span.otherStart(),
                    span.otherEnd(), span.verbatim() ? " verbatim" : "", texts.get(4).substring(span.start(), span.end()),
                    texts.get(2).substring(span.otherStart(), span.otherEnd()));
        }
        // The opening of 004 is 002's second paragraph, reworded; its Sochi summit paragraph is there too.
        String first = texts.get(4).substring(link.spans().get(0).start(), link.spans().get(0).end());
        assertTrue(first.startsWith("The presence of Russian paramilitaries in Mali"), first);
        assertTrue(link.spans().stream().anyMatch(span -> texts.get(2).substring(span.otherStart(), span.otherEnd())
                .contains("43 African heads of state gathered in Sochi")));
    }
}
