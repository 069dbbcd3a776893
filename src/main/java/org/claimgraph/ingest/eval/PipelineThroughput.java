package org.claimgraph.ingest.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.ingest.LinkedMention;
import org.claimgraph.ingest.clean.CleanedText;
import org.claimgraph.ingest.clean.TextCleaner;
import org.claimgraph.ingest.extract.ClaimExtractor;
import org.claimgraph.ingest.link.ActorLinker;

/**
 * Articles per second of the pure pipeline (clean, link, extract) on the corpus, in one
 * thread, after a warm-up, in wall-clock time and in the thread's CPU time (which a busy machine disturbs less).
 * A plain loop, not JMH: good for an order of magnitude in docs/BENCHMARKS.md.
 * Arguments: corpus folder (default {@code ../shared/corpus}) and rounds over it (default 2000).
 */
public final class PipelineThroughput {

    private PipelineThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        ActorLinker linker = new ActorLinker(new AnnotationGazetteer(ExtractionEvaluation.annotations()).actors());
        TextCleaner cleaner = new TextCleaner();
        ClaimExtractor extractor = new ClaimExtractor();

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long claims = run(texts, rounds / 4, cleaner, linker, extractor);
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        claims += run(texts, rounds, cleaner, linker, extractor);
        double all = rate(texts.size(), rounds, start);
        double allCpu = rate(texts.size(), rounds, cpuStart, cpu.getCurrentThreadCpuTime());
        List<CleanedText> cleaned = texts.stream().map(cleaner::clean).toList();
        List<List<LinkedMention>> mentions = cleaned.stream().map(c -> linker.link(c.text())).toList();
        start = System.nanoTime();
        cpuStart = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < cleaned.size(); i++) {
                claims += extractor.extract(cleaned.get(i).text(), mentions.get(i), cleaned.get(i).outletName()).size();
            }
        }
        double extractOnly = rate(texts.size(), rounds, start);
        double extractOnlyCpu = rate(texts.size(), rounds, cpuStart, cpu.getCurrentThreadCpuTime());
        System.out.printf("%d articles x %d rounds, 1 thread, %s %s%n", texts.size(), rounds,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf("clean + link + extract: %.0f articles/s wall clock, %.0f articles/s of thread CPU time%n",
                all, allCpu);
        System.out.printf("extract only:           %.0f articles/s wall clock, %.0f articles/s of thread CPU time%n",
                extractOnly, extractOnlyCpu);
        System.out.printf("(%d claims produced in total)%n", claims);
    }

    private static long run(List<String> texts, int rounds, TextCleaner cleaner, ActorLinker linker,
                            ClaimExtractor extractor) {
        long claims = 0;
        for (int r = 0; r < rounds; r++) {
            for (String raw : texts) {
                CleanedText cleaned = cleaner.clean(raw);
                claims += extractor.extract(cleaned.text(), linker.link(cleaned.text()), cleaned.outletName()).size();
            }
        }
        return claims;
    }

    private static double rate(int articles, int rounds, long startNanos) {
        return rate(articles, rounds, startNanos, System.nanoTime());
    }

    private static double rate(int articles, int rounds, long startNanos, long endNanos) {
        return (double) articles * rounds / ((endNanos - startNanos) / 1e9);
    }
}
