package org.claimgraph.ingest;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import org.claimgraph.graphql.ApiError;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code java -jar quarkus-run.jar import FOLDER}: ingests every .txt, .html and .htm file of a
 * folder and its sub-folders, each in its own transaction, with a progress bar (count, rate, ETA) and a summary.
 * Re-running is safe: articles already stored are counted as known and left unchanged. Exits
 * non-zero when any file failed.
 */
public class ImportCommand implements QuarkusApplication {

    private static final int BAR_WIDTH = 30;
    private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

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
            err.println("  ingests every .txt, .html and .htm file of FOLDER and its sub-folders; safe to re-run");
            return 2;
        }
        Path folder = Path.of(args[1]).toAbsolutePath().normalize();
        List<Path> files;
        long others;
        try (Stream<Path> listing = Files.walk(folder)) {
            // Sub-folders too (an archive sorted by outlet or month); hidden ones (.git) are no articles.
            List<Path> all = listing.filter(path -> !isHidden(folder.relativize(path))).filter(Files::isRegularFile)
                    .map(folder::relativize).sorted().toList();
            files = all.stream().filter(ImportCommand::isArticle).toList();
            others = all.size() - files.size();
        } catch (IOException | java.io.UncheckedIOException e) {
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
                input.text = read(folder.resolve(file));
                input.format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")
                        ? IngestFormat.TEXT : IngestFormat.HTML;
                Ingestor.Outcome outcome = ingestor.ingest(input);
                for (String warning : outcome.warnings()) {
                    clearLine(err, terminal);
                    err.println("  note: " + file + ": " + warning);
                }
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
                err.println("  failed: " + file + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                clearLine(err, terminal);
                err.println("  failed: " + file + ": " + e);
            }
            progress(err, terminal, i + 1, files.size(), started, file.toString());
        }
        clearLine(err, terminal);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "Imported %d files from %s in %.1f s (%.1f articles/s): %d new articles, %d already stored, "
                        + "%d failed; %d claims extracted, %d candidate actors, %d reuse links.%s%n",
                files.size(), folder, seconds, files.size() / Math.max(seconds, 1e-9), created, known, failed, claims,
                candidates, reuses, others == 0 ? "" : " Skipped " + others + (others == 1 ? " file" : " files")
                        + " not named .txt, .html or .htm.");
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

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file as UTF-8; an HTML page in another encoding is read in the one its markup declares
     * ({@code <meta charset="windows-1252">}), as a browser would.
     */
    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            if (Ingestor.looksBinary(new String(bytes, StandardCharsets.ISO_8859_1))) {
                throw new IOException("binary data, not text");
            }
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
                throw new IOException("not UTF-8 text (convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8)");
            }
            Matcher declared = DECLARED_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            if (!declared.find()) {
                throw new IOException("not UTF-8, and the page declares no other encoding (<meta charset>)");
            }
            try {
                return decode(bytes, Charset.forName(declared.group(1)));
            } catch (IllegalArgumentException | CharacterCodingException notThat) {
                throw new IOException("not UTF-8, nor the " + declared.group(1) + " the page declares");
            }
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
