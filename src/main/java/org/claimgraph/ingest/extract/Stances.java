package org.claimgraph.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.claim.Stance;
import org.claimgraph.source.SourceKind;

/**
 * The stance of a claim from its wording. Precedence, as in the curation guidelines: DENIED > QUESTIONED >
 * SPECULATED > REPORTED > ASSERTED.
 *
 * <p>A negation is a denial only in someone else's mouth and only when it negates a deal, a tie or a presence
 * ("there are no official negotiations underway", "unaware of any such agreement", "these are rumours", "pure
 * invention", "we have no mercenaries in Mali", "had nothing to do with the company"): the
 * author stating that a deal "has not been signed" asserts a fact. "Would" is a hedge in the author's voice only;
 * in reported speech it is the reported future ("would be paid"). A non-response is a fact (ASSERTED).
 */
final class Stances {

    private static final Pattern DENYING_VERB = Pattern.compile("^(?:deni|deny|dismiss|reject|refut)");
    private static final Pattern DENIAL = Pattern.compile("\\bthere\\h+(?:is|are|was|were)\\h+no\\b"
            + "|\\bno\\h+(?:official\\h+|such\\h+|formal\\h+)?(?:negotiations?|deals?|agreements?|contracts?|ties"
            + "|links?|connections?|representatives?|presence|involvement)\\b"
            + "|\\b(?:is|are|was|were|has\\h+been|have\\h+been)\\h+not\\h+(?:negotiating|engaged|involved"
            + "|affiliated|linked|connected|present|carrying\\h+out|taking\\h+part)\\b"
            + "|\\bunaware\\b|\\bunaffiliated\\b|\\brumou?rs?\\b"
            + "|\\b(?:pure|total|complete|(?:is|was|are|were)(?:\\h+an?)?)\\h+(?:invention|fabrication|fiction|lies?)\\b"
            + "|\\bfake\\h+news\\b|\\bfabricated\\b"
            + "|\\b(?:is|are|was|were)\\h+[\"“]?(?:part\\h+of\\h+)?(?:an?\\h+)?(?:\\p{L}+\\h+)?(?:disinformation|propaganda)\\b|\\bnever\\h+(?:hired|paid|signed|recruited|employed|deployed|negotiated)\\b"
            + "|\\b(?:baseless|unfounded|groundless|untrue)\\b"
            + "|\\b(?:has|have|had)\\h+nothing\\h+to\\h+do\\h+with\\b"
            + "|\\b(?:nobody|no\\h+one)\\h+(?:has|have|had)\\h+signed\\b|\\b(?:has|have|had)\\h+signed\\h+nothing\\b"
            + "|\\bno\\h+(?:\\p{L}+\\h+)?(?:mercenaries|fighters|troops|soldiers|payments?)\\h+(?:in|to|from|were|have)\\b");
    private static final Pattern QUESTION = Pattern.compile("\\b(?:unable\\h+to\\h+(?:ascertain|confirm|verify"
            + "|establish|determine)|could\\h+not\\h+(?:ascertain|confirm|verify|establish|determine)|(?:not\\h+|un)clear"
            + "\\h+(?:whether|if|how|why)|(?<!(?:no|little|beyond|without|longer\\hin|not\\hin)\\h)doubts?|doubtful|questioned"
            + "|questions?\\h+whether)\\b");
    private static final Pattern HEDGE = Pattern.compile("\\b(?:could|may|might|it\\h+seems|seemingly|appears?"
            + "|likely|possibly|perhaps|not\\h+certain|uncertain|rule\\h+out|expected\\h+to|would\\h+be\\h+likely)\\b");
    private static final Pattern AUTHOR_HEDGE = Pattern.compile("(?<!\\b(?:that|which|who)\\h)\\bwould\\b(?!\\h+have\\b)|\\bwere\\h+to\\b|^were\\b");
    private static final Pattern HEARSAY = Pattern.compile("\\b(?:reportedly|allegedly|(?:is|are|was|were)\\h+said\\h+to"
            + "|(?:has|have|had)\\h+been\\h+accused|(?:is|are)\\h+(?:considered|believed|thought|perceived)"
            + "|would\\h+have\\h+\\p{L}+ed)\\b");

    /** "“Why would we pay?” asked X": the quoted words are a question. */
    private static final Pattern QUOTED_QUESTION = Pattern.compile("\\?[\"”»]\\h*,?\\h*(?:asked|asks)\\b");
    /** "in May", "since May 2021", "3 May": the month, which the hedge "may" must not match. */
    private static final Pattern MONTH_MAY = Pattern.compile("(?<=\\b(?:[Ii]n|of|since|until|by|early|late|mid-|last|next|this"
            + "|\\d{1,2}(?:st|nd|rd|th)?)\\h)May\\b|\\bMay(?=\\h+(?:\\d{1,2}\\b|(?:19|20)\\d{2}\\b))");

    private Stances() {
    }

    static Stance of(String quote, CueFinder.Type cue, String verb, ExtractedSource immediate, int chainLength) {
        if (cue == CueFinder.Type.NON_RESPONSE) {
            return Stance.ASSERTED;
        }
        String q = MONTH_MAY.matcher(quote).replaceAll("month").toLowerCase(Locale.ROOT);
        boolean author = immediate.kind() == SourceKind.AUTHOR;
        boolean rumour = immediate.name().toLowerCase(Locale.ROOT).startsWith("rumo");
        if (DENYING_VERB.matcher(verb).find() || !author && !rumour && DENIAL.matcher(q).find()) {
            return Stance.DENIED;
        }
        if (QUESTION.matcher(q).find() || quote.strip().endsWith("?") || QUOTED_QUESTION.matcher(quote).find()) {
            return Stance.QUESTIONED;
        }
        boolean authorHedge = author && (q.contains("would") || q.contains("were")) && AUTHOR_HEDGE.matcher(q).find();
        if (rumour || authorHedge || HEDGE.matcher(q).find()) {
            return Stance.SPECULATED;
        }
        if (cue == CueFinder.Type.ACCORDING_TO || cue == CueFinder.Type.MEDIA || cue == CueFinder.Type.PASSIVE_BY
                || chainLength > 1 || HEARSAY.matcher(q).find()) {
            return Stance.REPORTED;
        }
        return Stance.ASSERTED;
    }
}
