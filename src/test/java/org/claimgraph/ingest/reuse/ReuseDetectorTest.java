package org.claimgraph.ingest.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseDetectorTest {

    @Test
    void findsTheArticlesAQueryReusesLargestShareFirst() {
        SyntheticText prose = new SyntheticText(3, 3_000);
        List<String> a = prose.sentences(12);
        List<String> b = prose.sentences(12);
        ReuseDetector detector = new ReuseDetector();
        detector.add(1, SyntheticText.article(a));
        detector.add(2, SyntheticText.article(b));
        detector.add(3, SyntheticText.article(prose.sentences(12)));
        List<String> query = new ArrayList<>(a.subList(0, 8));
        query.addAll(b.subList(4, 8));
        query.addAll(prose.sentences(4));

        List<ReuseLink> links = detector.find(SyntheticText.article(query));

        assertEquals(List.of(1L, 2L), links.stream().map(ReuseLink::otherArticleId).toList());
        assertEquals(0.5, links.get(0).share(), 0.05);
        assertEquals(0.25, links.get(1).share(), 0.05);
    }

    @Test
    void bandKeysAreWhatADatabaseStores() {
        ReuseDetector detector = new ReuseDetector();
        String text = "Too short. " + SyntheticText.article(new SyntheticText(5, 500).sentences(3));

        // "Too short." has too few content stems to be signed: three sentences, twelve bands each.
        assertEquals(3, detector.signatures(text).size());
        assertEquals(36, detector.bandKeys(text).size());
        assertEquals(detector.bandKeys(text), new ReuseDetector().bandKeys(text));
    }

    @Test
    void anIdIsIndexedOnce() {
        ReuseDetector detector = new ReuseDetector();
        detector.add(1, "One sentence about nothing in particular at all.");
        assertThrows(IllegalArgumentException.class, () -> detector.add(1, "Another."));
    }

    /**
     * 5,000 articles of random prose plus planted reuse: verbatim copies of part of an article, and rewritten
     * copies. Prints the timings; asserts only what is found.
     */
    @Test
    void scalesToThousandsOfArticles() {
        SyntheticText prose = new SyntheticText(2021, 20_000);
        ReuseDetector detector = new ReuseDetector();
        List<List<String>> articles = new ArrayList<>();
        long started = System.nanoTime();
        for (int id = 0; id < 5_000; id++) {
            List<String> sentences = prose.sentences(12);
            articles.add(sentences);
            detector.add(id, SyntheticText.article(sentences));
        }
        long indexed = System.nanoTime();

        List<String> queries = new ArrayList<>();
        List<Long> sources = new ArrayList<>();
        for (int plant = 0; plant < 10; plant++) {
            int source = prose.nextInt(articles.size());
            List<String> sentences = new ArrayList<>(prose.sentences(8));
            for (String sentence : articles.get(source).subList(2, 6)) {
                sentences.add(plant % 2 == 0 ? sentence : prose.rewrite(sentence));
            }
            queries.add(SyntheticText.article(sentences));
            sources.add((long) source);
        }
        for (int unrelated = 0; unrelated < 10; unrelated++) {
            queries.add(SyntheticText.article(prose.sentences(12)));
            sources.add(null);
        }
        long queryStart = System.nanoTime();
        List<List<ReuseLink>> results = new ArrayList<>();
        for (String query : queries) {
            results.add(detector.find(query));
        }
        long queried = System.nanoTime();
        System.out.printf("reuse scale: indexed 5000 articles (60000 sentences) in %d ms; %d queries in %d ms (%.1f ms each)%n",
                (indexed - started) / 1_000_000, queries.size(), (queried - queryStart) / 1_000_000,
                (queried - queryStart) / 1e6 / queries.size());

        for (int q = 0; q < queries.size(); q++) {
            List<Long> found = results.get(q).stream().map(ReuseLink::otherArticleId).toList();
            assertEquals(sources.get(q) == null ? List.of() : List.of(sources.get(q)), found, "query " + q);
        }
        assertTrue(results.get(0).get(0).share() > 0.3);
    }
}
