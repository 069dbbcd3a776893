package org.claimgraph.ingest.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;
import org.claimgraph.claim.QuantityKind;
import org.claimgraph.corpus.Annotations;
import org.claimgraph.ingest.LinkedMention;
import org.claimgraph.ingest.clean.CleanedText;
import org.claimgraph.ingest.clean.TextCleaner;
import org.claimgraph.ingest.extract.ClaimExtractor;
import org.claimgraph.ingest.extract.ExtractedClaim;
import org.claimgraph.ingest.extract.ReferenceDates;
import org.claimgraph.ingest.extract.ExtractedQuantity;
import org.claimgraph.ingest.extract.ExtractedSource;
import org.claimgraph.ingest.extract.Extraction;
import org.claimgraph.ingest.link.ActorLinker;
import org.claimgraph.source.SourceKind;

/**
 * Runs the pipeline (clean with {@link TextCleaner}, link with {@link ActorLinker}, extract with
 * {@link ClaimExtractor}) on the corpus articles as if they were new, and compares the claims it finds with the
 * curated ones in {@code corpus/annotations.yaml}. Only the annotation file's actor list is used as input (as the
 * gazetteer the database would provide); its claims are the answer key.
 *
 * <p>Definitions:
 * <ul>
 *   <li>A curated claim is located by exact search of its quote in the cleaned text (a quote not found is a lost
 *       claim and counts as content lost).</li>
 *   <li><b>Same source</b>: the same backing actor when both sources have one; else the same kind and the same
 *       anonymous count (both null counts as the same); else equal names after normalisation (lower case,
 *       letters and digits only).</li>
 *   <li><b>Claims</b>: an extracted claim matches a curated one when their quote spans overlap and their
 *       immediate sources are the same; the pairing is one-to-one (a maximum bipartite matching per article).
 *       Precision = matched / extracted, recall = matched / curated.</li>
 *   <li><b>Sources</b>, as sets per article: the distinct immediate sources of the extracted claims against those
 *       of the curated claims, paired one-to-one by "same source".</li>
 *   <li><b>Quantities</b>: a curated quantity is found when the matched extracted claim has a quantity with the
 *       same kind, amount, unit, period and bounds (numbers compared by value). Precision counts every extracted
 *       quantity, recall every curated one, matched claim or not. Money is exact when every curated money
 *       quantity is found and every extracted one is right.</li>
 *   <li><b>Cleaning</b>: see {@link CleaningCheck}.</li>
 * </ul>
 */
public final class ExtractionEvaluation {

    /** The figures of one article. */
    public record ArticleResult(String file, int curatedClaims, int extractedClaims, int matchedClaims,
                                int curatedAuthorClaims, int extractedAuthorClaims, int matchedAuthorClaims,
                                int curatedSources, int extractedSources, int matchedSources,
                                int curatedQuantities, int extractedQuantities, int exactQuantities,
                                int curatedMoney, int extractedMoney, int exactMoney,
                                int overlapping, int overlappingWithSource, int stanceAgreements,
                                int chainAgreements, double topicJaccard, int kindFallbackMatches,
                                int chromeLinesLeft, int contentSentencesLost, int quotesNotFound,
                                int curatedDates, int exactDates, int differentDates, int uncuratedDates,
                                int curatedSubjects, int extractedSubjects, int sharedSubjects,
                                List<String> details) {
    }

    /** The figures of a run, with totals and the printable table. */
    public record Report(List<ArticleResult> articles, String linker) {

        public int sum(ToIntFunction<ArticleResult> field) {
            return articles.stream().mapToInt(field).sum();
        }

        public double claimPrecision() {
            return ratio(sum(ArticleResult::matchedClaims), sum(ArticleResult::extractedClaims));
        }

        public double claimRecall() {
            return ratio(sum(ArticleResult::matchedClaims), sum(ArticleResult::curatedClaims));
        }

        public double sourcePrecision() {
            return ratio(sum(ArticleResult::matchedSources), sum(ArticleResult::extractedSources));
        }

        public double sourceRecall() {
            return ratio(sum(ArticleResult::matchedSources), sum(ArticleResult::curatedSources));
        }

        public double quantityPrecision() {
            return ratio(sum(ArticleResult::exactQuantities), sum(ArticleResult::extractedQuantities));
        }

        public double quantityRecall() {
            return ratio(sum(ArticleResult::exactQuantities), sum(ArticleResult::curatedQuantities));
        }

        /** Every curated money amount found exactly, and no extracted money amount wrong. */
        public boolean moneyExact() {
            int exact = sum(ArticleResult::exactMoney);
            return exact == sum(ArticleResult::curatedMoney) && exact == sum(ArticleResult::extractedMoney);
        }

        public String table() {
            StringBuilder out = new StringBuilder();
            out.append("Claim extraction evaluation — pipeline ").append(Extraction.PIPELINE_VERSION)
                    .append(", linker: ").append(linker).append('\n');
            String header = String.format("%-26s %7s %9s %7s %6s %6s %6s %12s %9s %7s %5s%n", "article", "curated",
                    "extracted", "matched", "P", "R", "F1", "quantities", "sources", "chrome", "lost");
            out.append(header).append("-".repeat(header.length() - 1)).append('\n');
            for (ArticleResult a : articles) {
                row(out, a.file(), a.curatedClaims(), a.extractedClaims(), a.matchedClaims(),
                        a.exactQuantities() + "/" + a.curatedQuantities(),
                        a.matchedSources() + "/" + a.curatedSources(), a.chromeLinesLeft(),
                        a.contentSentencesLost() + a.quotesNotFound());
            }
            out.append("-".repeat(header.length() - 1)).append('\n');
            row(out, "total", sum(ArticleResult::curatedClaims), sum(ArticleResult::extractedClaims),
                    sum(ArticleResult::matchedClaims),
                    sum(ArticleResult::exactQuantities) + "/" + sum(ArticleResult::curatedQuantities),
                    sum(ArticleResult::matchedSources) + "/" + sum(ArticleResult::curatedSources),
                    sum(ArticleResult::chromeLinesLeft),
                    sum(ArticleResult::contentSentencesLost) + sum(ArticleResult::quotesNotFound));
            out.append('\n');
            line(out, "claims", claimPrecision(), claimRecall(),
                    "match = overlapping quote span + same immediate source");
            int ea = sum(ArticleResult::extractedAuthorClaims);
            int ca = sum(ArticleResult::curatedAuthorClaims);
            int ma = sum(ArticleResult::matchedAuthorClaims);
            line(out, " author", ratio(ma, ea), ratio(ma, ca), "the outlet's own claims: " + ma + " matched, " + ea
                    + " extracted, " + ca + " curated");
            int eo = sum(ArticleResult::extractedClaims) - ea;
            int co = sum(ArticleResult::curatedClaims) - ca;
            int mo = sum(ArticleResult::matchedClaims) - ma;
            line(out, " others", ratio(mo, eo), ratio(mo, co), "attributed claims: " + mo + " matched, " + eo
                    + " extracted, " + co + " curated");
            line(out, "sources", sourcePrecision(), sourceRecall(), sum(ArticleResult::matchedSources)
                    + " of " + sum(ArticleResult::extractedSources) + " distinct extracted sources are curated ones");
            line(out, "quantities", quantityPrecision(), quantityRecall(), sum(ArticleResult::exactQuantities)
                    + " exact of " + sum(ArticleResult::extractedQuantities) + " extracted, "
                    + sum(ArticleResult::curatedQuantities) + " curated");
            out.append(String.format("money exact: %s (%d of %d curated amounts found exactly, %d extracted)%n",
                    moneyExact() ? "yes" : "NO", sum(ArticleResult::exactMoney), sum(ArticleResult::curatedMoney),
                    sum(ArticleResult::extractedMoney)));
            int matched = sum(ArticleResult::matchedClaims);
            out.append(String.format("attribution: %d of %d extracted claims that overlap a curated claim have "
                    + "its source (%.2f)%n", sum(ArticleResult::overlappingWithSource),
                    sum(ArticleResult::overlapping), ratio(sum(ArticleResult::overlappingWithSource),
                            sum(ArticleResult::overlapping))));
            out.append(String.format("matched claims: %d of %d matched on kind and count because only one side "
                    + "has a backing actor (AUTHOR sources excluded)%n", sum(ArticleResult::kindFallbackMatches), matched));
            out.append(String.format("reference dates of matched claims: %d of %d curated dates found exactly, %d differ; "
                            + "%d dated where the curation has no date (the curators also dated claims by their context)%n",
                    sum(ArticleResult::exactDates), sum(ArticleResult::curatedDates), sum(ArticleResult::differentDates),
                    sum(ArticleResult::uncuratedDates)));
            out.append(String.format("matched claims: stance agrees %d/%d (%.2f), relay chain agrees %d/%d (%.2f), "
                            + "topics mean Jaccard %.2f%n", sum(ArticleResult::stanceAgreements), matched,
                    ratio(sum(ArticleResult::stanceAgreements), matched), sum(ArticleResult::chainAgreements), matched,
                    ratio(sum(ArticleResult::chainAgreements), matched),
                    matched == 0 ? 0 : articles.stream().mapToDouble(ArticleResult::topicJaccard).sum() / matched));
            out.append(String.format("subjects of matched claims: precision %.2f recall %.2f (%d found, %d curated, %d both)%n",
                    ratio(sum(ArticleResult::sharedSubjects), sum(ArticleResult::extractedSubjects)),
                    ratio(sum(ArticleResult::sharedSubjects), sum(ArticleResult::curatedSubjects)),
                    sum(ArticleResult::extractedSubjects), sum(ArticleResult::curatedSubjects), sum(ArticleResult::sharedSubjects)));
            out.append(String.format("cleaning: %d chrome lines left, %d content sentences lost, %d curated quotes "
                            + "not found in the cleaned text%n", sum(ArticleResult::chromeLinesLeft),
                    sum(ArticleResult::contentSentencesLost), sum(ArticleResult::quotesNotFound)));
            return out.toString();
        }

        private static void row(StringBuilder out, String file, int curated, int extracted, int matched,
                                String quantities, String sources, int chrome, int lost) {
            double p = ratio(matched, extracted);
            double r = ratio(matched, curated);
            out.append(String.format("%-26s %7d %9d %7d %6.2f %6.2f %6.2f %12s %9s %7d %5d%n", file, curated,
                    extracted, matched, p, r, f1(p, r), quantities, sources, chrome, lost));
        }

        private static void line(StringBuilder out, String what, double p, double r, String note) {
            out.append(String.format("%-10s precision %.2f  recall %.2f  F1 %.2f   (%s)%n", what, p, r, f1(p, r),
                    note));
        }
    }

    private record CuratedSource(String key, SourceKind kind, Long actorId, Integer count, String name) {
    }

    private record Curated(Annotations.ClaimEntry entry, int start, int end, List<CuratedSource> chain) {
    }

    private static final String LINKER = ActorLinker.class.getName();

    private ExtractionEvaluation() {
    }

    /** Evaluates every article of the annotation file that {@code corpusDir} holds. */
    public static Report evaluate(Path corpusDir) throws IOException {
        Annotations annotations = annotations();
        AnnotationGazetteer gazetteer = new AnnotationGazetteer(annotations);
        ActorLinker linker = new ActorLinker(gazetteer.actors());
        Map<String, Annotations.SourceEntry> sources = new HashMap<>();
        annotations.sources().forEach(s -> sources.put(s.key(), s));
        TextCleaner cleaner = new TextCleaner();
        ClaimExtractor extractor = new ClaimExtractor();
        List<ArticleResult> results = new ArrayList<>();
        for (Map.Entry<String, Annotations.ArticleEntry> article : new TreeMap<>(annotations.articles()).entrySet()) {
            Path file = corpusDir.resolve(article.getKey());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            CleanedText cleaned = cleaner.clean(raw);
            List<LinkedMention> mentions = linker.link(cleaned.text());
            List<ExtractedClaim> extracted = extractor.extract(cleaned.text(), mentions, cleaned.outletName());
            results.add(compare(article.getKey(), raw, cleaned, extracted, article.getValue().claims(), sources,
                    gazetteer));
        }
        return new Report(results, LINKER);
    }

    private static ArticleResult compare(String file, String raw, CleanedText cleaned, List<ExtractedClaim> extracted,
                                         List<Annotations.ClaimEntry> entries,
                                         Map<String, Annotations.SourceEntry> sources, AnnotationGazetteer gazetteer) {
        List<String> details = new ArrayList<>();
        List<Curated> curated = new ArrayList<>();
        int notFound = 0;
        for (Annotations.ClaimEntry c : entries) {
            int at = locate(cleaned.text(), c.quote(), c.occurrence() == null ? 1 : c.occurrence());
            if (at < 0) {
                notFound++;
                details.add("NOT FOUND " + c.key());
                continue;
            }
            List<CuratedSource> chain = c.sources().stream().map(key -> curatedSource(sources.get(key), gazetteer)).toList();
            curated.add(new Curated(c, at, at + c.quote().length(), chain));
        }
        int[] pairOf = match(extracted, curated, (e, c) -> overlaps(e, c) && sameSource(e.immediateSource(), c.chain().get(0)));

        int matched = 0;
        int exactQuantities = 0;
        int exactMoney = 0;
        int stance = 0;
        int chains = 0;
        double jaccard = 0;
        int fallback = 0;
        int curatedDates = 0;
        int exactDates = 0;
        int differentDates = 0;
        int uncuratedDates = 0;
        int curatedSubjects = 0;
        int extractedSubjects = 0;
        int sharedSubjects = 0;
        for (int ci = 0; ci < curated.size(); ci++) {
            Curated c = curated.get(ci);
            if (pairOf[ci] < 0) {
                details.add("MISS  " + c.entry().key() + " [" + c.chain().get(0).key() + "] " + c.entry().quote());
                continue;
            }
            ExtractedClaim e = extracted.get(pairOf[ci]);
            matched++;
            List<ExtractedQuantity> pool = new ArrayList<>(e.quantities());
            for (Annotations.QuantityEntry q : quantities(c)) {
                ExtractedQuantity hit = pool.stream().filter(x -> sameQuantity(x, q)).findFirst().orElse(null);
                if (hit != null) {
                    pool.remove(hit);
                    exactQuantities++;
                    exactMoney += q.kind() == QuantityKind.MONEY ? 1 : 0;
                } else {
                    details.add("QTY   " + c.entry().key() + " expected " + q + " got " + e.quantities());
                }
            }
            String when = c.entry().when();
            String dated = written(ReferenceDates.in(e.quote(), cleaned.publishedOn()));
            curatedDates += when != null ? 1 : 0;
            exactDates += when != null && when.equals(dated) ? 1 : 0;
            differentDates += when != null && dated != null && !when.equals(dated) ? 1 : 0;
            uncuratedDates += when == null && dated != null ? 1 : 0;
            if (dated != null && !dated.equals(when)) {
                details.add("DATE  " + c.entry().key() + " expected " + when + " got " + dated);
            }
            Set<Long> wanted = new HashSet<>();
            c.entry().subjects().forEach(key -> wanted.add(gazetteer.byKey(key).id()));
            Set<Long> found = new HashSet<>();
            e.subjects().forEach(actor -> found.add(actor.id()));
            Set<Long> missing = new HashSet<>(wanted);
            missing.removeAll(found);
            if (!missing.isEmpty()) {
                details.add("SUBJ  " + c.entry().key() + " missing " + c.entry().subjects().stream()
                        .filter(key -> missing.contains(gazetteer.byKey(key).id())).toList() + " in: " + e.quote());
            }
            curatedSubjects += wanted.size();
            extractedSubjects += found.size();
            found.retainAll(wanted);
            sharedSubjects += found.size();
            stance += e.stance() == c.entry().stance() ? 1 : 0;
            chains += sameChain(e.sources(), c.chain()) ? 1 : 0;
            jaccard += jaccard(e.topics(), c.entry().topics());
            CuratedSource expected = c.chain().get(0);
            boolean oneBacked = (e.immediateSource().actor() == null) != (expected.actorId() == null);
            fallback += oneBacked && expected.kind() != SourceKind.AUTHOR ? 1 : 0;
        }
        Set<Integer> paired = new HashSet<>();
        Arrays.stream(pairOf).filter(i -> i >= 0).forEach(paired::add);
        int overlapping = 0;
        int overlappingWithSource = 0;
        for (int ei = 0; ei < extracted.size(); ei++) {
            ExtractedClaim e = extracted.get(ei);
            boolean any = curated.stream().anyMatch(c -> overlaps(e, c));
            overlapping += any ? 1 : 0;
            overlappingWithSource += curated.stream().anyMatch(c -> overlaps(e, c)
                    && sameSource(e.immediateSource(), c.chain().get(0))) ? 1 : 0;
            if (!paired.contains(ei)) {
                details.add("EXTRA [" + describe(e.immediateSource()) + "] " + e.quote());
            }
        }

        List<ExtractedSource> extractedSources = new ArrayList<>();
        for (ExtractedClaim e : extracted) {
            if (extractedSources.stream().noneMatch(s -> sameSource(s, e.immediateSource()))) {
                extractedSources.add(e.immediateSource());
            }
        }
        Map<String, CuratedSource> curatedSources = new LinkedHashMap<>();
        curated.forEach(c -> curatedSources.putIfAbsent(c.chain().get(0).key(), c.chain().get(0)));
        List<CuratedSource> curatedSourceList = new ArrayList<>(curatedSources.values());
        int[] sourcePairs = match(extractedSources, curatedSourceList, ExtractionEvaluation::sameSource);
        int matchedSources = (int) Arrays.stream(sourcePairs).filter(i -> i >= 0).count();

        int curatedQuantities = curated.stream().mapToInt(c -> quantities(c).size()).sum();
        int curatedMoney = (int) curated.stream().flatMap(c -> quantities(c).stream())
                .filter(q -> q.kind() == QuantityKind.MONEY).count();
        int extractedQuantities = extracted.stream().mapToInt(e -> e.quantities().size()).sum();
        int extractedMoney = (int) extracted.stream().flatMap(e -> e.quantities().stream())
                .filter(q -> q.kind() == QuantityKind.MONEY).count();
        CleaningCheck.Figures cleaning = CleaningCheck.of(raw, cleaned);
        int curatedAuthor = (int) entries.stream()
                .filter(c -> sources.get(c.sources().get(0)).kind() == SourceKind.AUTHOR).count();
        int extractedAuthor = (int) extracted.stream().filter(e -> e.immediateSource().kind() == SourceKind.AUTHOR).count();
        int matchedAuthor = 0;
        for (int ci = 0; ci < curated.size(); ci++) {
            matchedAuthor += pairOf[ci] >= 0 && curated.get(ci).chain().get(0).kind() == SourceKind.AUTHOR ? 1 : 0;
        }
        return new ArticleResult(file, entries.size(), extracted.size(), matched, curatedAuthor, extractedAuthor,
                matchedAuthor, curatedSourceList.size(),
                extractedSources.size(), matchedSources, curatedQuantities, extractedQuantities, exactQuantities,
                curatedMoney, extractedMoney, exactMoney, overlapping, overlappingWithSource, stance, chains, jaccard, fallback,
                cleaning.chromeLinesLeft(), cleaning.contentSentencesLost(), notFound, curatedDates, exactDates,
                differentDates, uncuratedDates, curatedSubjects, extractedSubjects, sharedSubjects, details);
    }

    /** A reference date as the annotations write it: "2021-09-15", "2021-09", "2021". */
    private static String written(ReferenceDates.Reference reference) {
        if (reference == null) {
            return null;
        }
        String day = reference.date().toString();
        return switch (reference.precision()) {
            case DAY -> day;
            case MONTH -> day.substring(0, 7);
            case YEAR -> day.substring(0, 4);
        };
    }

    /** A maximum one-to-one pairing (augmenting paths); {@code result[right] = left index or -1}. */
    private static <L, R> int[] match(List<L> left, List<R> right, BiPredicate<L, R> edge) {
        int[] pairOf = new int[right.size()];
        Arrays.fill(pairOf, -1);
        for (int l = 0; l < left.size(); l++) {
            augment(l, left, right, edge, pairOf, new boolean[right.size()]);
        }
        return pairOf;
    }

    private static <L, R> boolean augment(int l, List<L> left, List<R> right, BiPredicate<L, R> edge, int[] pairOf,
                                          boolean[] seen) {
        for (int r = 0; r < right.size(); r++) {
            if (!seen[r] && edge.test(left.get(l), right.get(r))) {
                seen[r] = true;
                if (pairOf[r] < 0 || augment(pairOf[r], left, right, edge, pairOf, seen)) {
                    pairOf[r] = l;
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlaps(ExtractedClaim e, Curated c) {
        return e.start() < c.end() && c.start() < e.end();
    }

    private static boolean sameSource(ExtractedSource e, CuratedSource c) {
        if (e.actor() != null && c.actorId() != null) {
            return e.actor().id() == c.actorId();
        }
        if (e.kind() == c.kind()) {
            return Objects.equals(e.anonymousCount(), c.count());
        }
        return normalise(e.name()).equals(normalise(c.name()));
    }

    private static boolean sameSource(ExtractedSource a, ExtractedSource b) {
        if (a.actor() != null && b.actor() != null) {
            return a.actor().id() == b.actor().id();
        }
        return a.kind() == b.kind() && Objects.equals(a.anonymousCount(), b.anonymousCount())
                && normalise(a.name()).equals(normalise(b.name()));
    }

    private static boolean sameChain(List<ExtractedSource> extracted, List<CuratedSource> curated) {
        if (extracted.size() != curated.size()) {
            return false;
        }
        for (int i = 1; i < curated.size(); i++) {
            if (!sameSource(extracted.get(i), curated.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameQuantity(ExtractedQuantity e, Annotations.QuantityEntry c) {
        return e.kind() == c.kind() && sameNumber(e.amount(), c.amount()) && Objects.equals(e.unit(), c.unit())
                && e.period() == c.period() && sameNumber(e.lowerBound(), c.lowerBound())
                && sameNumber(e.upperBound(), c.upperBound());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static double jaccard(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b == null ? List.of() : b);
        if (union.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b == null ? List.of() : b);
        return (double) both.size() / union.size();
    }

    private static List<Annotations.QuantityEntry> quantities(Curated c) {
        return c.entry().quantities() == null ? List.of() : c.entry().quantities();
    }

    private static CuratedSource curatedSource(Annotations.SourceEntry s, AnnotationGazetteer gazetteer) {
        Long actorId = s.actor() == null ? null : gazetteer.byKey(s.actor()).id();
        return new CuratedSource(s.key(), s.kind(), actorId, s.count(), s.name());
    }

    private static int locate(String text, String quote, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(quote, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    private static String normalise(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String describe(ExtractedSource s) {
        return s.kind() + " " + s.name() + (s.anonymousCount() != null ? " (" + s.anonymousCount() + ")" : "");
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Annotations annotations() throws IOException {
        try (InputStream in = ExtractionEvaluation.class.getClassLoader().getResourceAsStream(Annotations.RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + Annotations.RESOURCE + " is missing");
            }
            return Annotations.parse(in);
        }
    }

    /**
     * Prints the report. Arguments: the corpus folder (default {@code ../shared/corpus}), and {@code --details} to
     * list every missed, extra and mismatched claim.
     *
     * @return the exit code: 0, or 2 when the folder does not exist
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        boolean details = args.contains("--details");
        Path dir = Path.of(args.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("../shared/corpus"));
        if (!Files.isDirectory(dir)) {
            err.println("no corpus folder at " + dir.toAbsolutePath());
            return 2;
        }
        Report report = evaluate(dir);
        out.print(report.table());
        if (details) {
            for (ArticleResult a : report.articles()) {
                out.println();
                out.println("== " + a.file());
                a.details().forEach(out::println);
            }
        }
        return 0;
    }

    public static void main(String[] args) throws IOException {
        int code = run(List.of(args), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }
}
