package org.claimgraph.ingest.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseVerifierTest {

    private final ReuseVerifier verifier = new ReuseVerifier();
    private final SyntheticText prose = new SyntheticText(11, 3_000);

    @Test
    void identicalTextsReuseEverything() {
        String text = SyntheticText.article(prose.sentences(12));

        Comparison comparison = verifier.compare(text, text);

        assertEquals(1.0, comparison.share(), 1e-9);
        assertEquals(1.0, comparison.containment(), 1e-9);
        assertEquals(List.of(new Span(0, text.length(), 0, text.length(), true)), comparison.spans());
        assertTrue(verifier.isReuse(comparison));
    }

    @Test
    void disjointTextsReuseNothing() {
        Comparison comparison = verifier.compare(SyntheticText.article(prose.sentences(12)), SyntheticText.article(prose.sentences(12)));

        assertEquals(0.0, comparison.share());
        assertEquals(0, comparison.reusedSentences());
        assertEquals(List.of(), comparison.spans());
        assertFalse(verifier.isReuse(comparison));
    }

    @Test
    void aPartialCopyHasAProportionalShare() {
        List<String> source = prose.sentences(20);
        for (int copied : new int[] {3, 6, 12}) {
            List<String> sentences = new ArrayList<>(source.subList(5, 5 + copied));
            sentences.addAll(prose.sentences(24 - copied));
            String text = SyntheticText.article(sentences);
            String copiedPart = SyntheticText.article(sentences.subList(0, copied));

            Comparison comparison = verifier.compare(text, SyntheticText.article(source));

            double expected = (double) nonSpace(copiedPart) / nonSpace(text);
            assertEquals(expected, comparison.share(), 0.01, copied + " sentences");
            assertEquals(copied, comparison.reusedSentences());
            assertTrue(verifier.isReuse(comparison));
            // One passage, at the right place in both texts.
            Span span = comparison.spans().get(0);
            assertEquals(1, comparison.spans().size());
            assertEquals(0, span.start());
            assertEquals(copiedPart, text.substring(span.start(), span.end()));
            assertEquals(SyntheticText.article(source).indexOf(source.get(5)), span.otherStart());
        }
    }

    @Test
    void rewrittenSentencesAreFoundThoughNotVerbatim() {
        List<String> source = prose.sentences(12);
        List<String> sentences = new ArrayList<>(prose.sentences(6));
        for (String sentence : source.subList(2, 7)) {
            sentences.add(prose.rewrite(sentence));
        }
        sentences.addAll(prose.sentences(6));

        Comparison comparison = verifier.compare(SyntheticText.article(sentences), SyntheticText.article(source));

        assertEquals(5, comparison.reusedSentences());
        assertTrue(verifier.isReuse(comparison));
        assertTrue(comparison.containment() < 0.1, "few 5-grams survive: " + comparison.containment());
        assertTrue(comparison.spans().stream().noneMatch(Span::verbatim));
        assertEquals(5.0 / 17, comparison.share(), 0.05);
    }

    @Test
    void oneOrTwoSharedSentencesAreNotReuse() {
        List<String> source = prose.sentences(12);
        List<String> sentences = new ArrayList<>(prose.sentences(10));
        sentences.add(4, source.get(3));
        sentences.add(8, source.get(9));

        Comparison comparison = verifier.compare(SyntheticText.article(sentences), SyntheticText.article(source));

        assertEquals(2, comparison.reusedSentences());
        assertFalse(verifier.isReuse(comparison));
    }

    @Test
    void sharesAreCountedInTheNewArticle() {
        List<String> source = prose.sentences(30);
        String small = SyntheticText.article(source.subList(0, 6));
        String large = SyntheticText.article(source);

        assertEquals(1.0, verifier.compare(small, large).share(), 1e-9);
        assertEquals(0.2, verifier.compare(large, small).share(), 0.02);
    }

    private static int nonSpace(String text) {
        return (int) text.chars().filter(c -> !Character.isWhitespace(c)).count();
    }
}
