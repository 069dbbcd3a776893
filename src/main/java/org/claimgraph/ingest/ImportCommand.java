package org.claimgraph.ingest;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import org.claimgraph.graphql.ApiError;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code java -jar quarkus-run.jar import FOLDER}: ingests every .txt, .html and .htm file of a
 * folder, each in its own transaction, with a progress bar (count, rate, ETA) and a summary.
 * Re-running is safe: articles already stored are counted as known and left unchanged. Exits
 * non-zero when any file failed.
 */
public class ImportCommand implements QuarkusApplication {

    private static final int BAR_WIDTH = 30;

    @Inject
    Ingestor ingestor;

    @Override
    public int run(String... args) {
        return run(System.out, System.err, args);
    }

    /** Summary to {@code out}; progress and failures to {@code err}. */
    int run(PrintStream out, PrintStream err, String... args) {
        if (args.length != 2 || args[1].startsWith("-")) {
            err.println("usage: java -jar target/quarkus-app/quarkus-run.jar import FOLDER");
            err.println("  ingests every .txt, .html and .htm file of FOLDER; safe to re-run");
            return 2;
        }
        Path folder = Path.of(args[1]).toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(ImportCommand::isArticle).sorted().toList();
        } catch (IOException e) {
            err.println("claimgraph import: cannot read the folder " + folder + ": " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("claimgraph import: no .txt, .html or .htm files in " + folder);
            return 2;
        }
        int created = 0;
        int known = 0;
        int failed = 0;
        int claims = 0;
        int candidates = 0;
        int reuses = 0;
        long started = System.nanoTime();
        boolean terminal = System.console() != null;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                IngestInput input = new IngestInput();
                input.text = readUtf8(file);
                input.format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")
                        ? IngestFormat.TEXT : IngestFormat.HTML;
                Ingestor.Outcome outcome = ingestor.ingest(input);
                if (outcome.created()) {
                    created++;
                    claims += outcome.claims();
                    candidates += outcome.candidates().size();
                    reuses += outcome.reuses();
                } else {
                    known++;
                }
            } catch (ApiError | IOException e) {
                failed++;
                clearLine(err, terminal);
                err.println("  failed: " + file.getFileName() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                clearLine(err, terminal);
                err.println("  failed: " + file.getFileName() + ": " + e);
            }
            progress(err, terminal, i + 1, files.size(), started, file.getFileName().toString());
        }
        clearLine(err, terminal);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "Imported %d files from %s in %.1f s (%.1f articles/s): %d new articles, %d already stored, "
                        + "%d failed; %d claims extracted, %d candidate actors, %d reuse links.%n",
                files.size(), folder, seconds, files.size() / Math.max(seconds, 1e-9), created, known, failed, claims,
                candidates, reuses);
        return failed == 0 ? 0 : 1;
    }

    private static void progress(PrintStream err, boolean terminal, int done, int total, long started, String current) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        long eta = Math.round((total - done) / rate);
        int filled = (int) Math.round(BAR_WIDTH * (double) done / total);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %3d%%  %.1f articles/s  ETA %d:%02d  %s",
                "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), done, total, done * 100 / total, rate,
                eta / 60, eta % 60, current);
        if (terminal) {
            err.print("\r" + line);
        } else if (done == total || done % Math.max(1, total / 20) == 0) {
            // Without a terminal (CI, logs) one line per 5 % rather than a redrawn bar.
            err.println(line);
        }
    }

    private static void clearLine(PrintStream err, boolean terminal) {
        if (terminal) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 80) + "\r");
        }
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
    }
}
