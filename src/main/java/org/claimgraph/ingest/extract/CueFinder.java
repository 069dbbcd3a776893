package org.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.LinkedMention;
import org.claimgraph.source.SourceKind;

/**
 * Finds the attributions in one sentence. The words inside quotation marks are masked first, so that a verb or a
 * name quoted in someone's words never attributes the sentence.
 *
 * <p>Attributions, in order of precedence when they overlap:
 * <ul>
 *   <li>{@code ACCORDING_TO}: "according to X", with parallel sources split ("according to a European source and a
 *       security source" is two cues) and an apposition naming a title ("according to France's foreign minister,
 *       Jean-Yves Le Drian");</li>
 *   <li>{@code SPEECH}: "X said/told/warned/denies/…", the speaker being the noun phrase before the verb, walking
 *       back over relative clauses and appositions ("Dmitri Peskov, President Putin’s spokesman, told"), and over
 *       coordinated verbs ("Keita launched an offensive and told Putin"); not when the verb is passive ("is
 *       considered"), negated or an infinitive;</li>
 *   <li>{@code INVERTED}: right after a quotation, "…,” said X" / "…,” explains X";</li>
 *   <li>{@code NON_RESPONSE}: "did not reply", "could not be reached for comment", "refused to comment" — a fact
 *       the author, or the media outlet that asked, reports;</li>
 *   <li>{@code PASSIVE_BY}: "accusations documented by journalists", "linked to X by media sources";</li>
 *   <li>{@code PARTICIPLE_QUOTE}: "…, telling Putin, “…”": direct speech introduced by a participle, whose speaker
 *       is the sentence's first person;</li>
 *   <li>{@code MEDIA}: a sentence with no other attribution that names a media outlet as the one who reports or
 *       asks ("Reuters was unable to ascertain…", "the news comes out on Reuters").</li>
 * </ul>
 * Side cues carry a claim of their own inside a sentence: a relative clause with a reporting verb ("Prigozhin, who
 * denies any connection") or a passive agent ("who has been linked to X by Reuters"), a subordinate clause after the
 * main one ("…, after a report said the contractors would be paid"), and an indirect statement after an unattributed
 * clause ("Moscow gifted two helicopters, adding that …").
 */
final class CueFinder {

    enum Type { ACCORDING_TO, SPEECH, INVERTED, NON_RESPONSE, PASSIVE_BY, PARTICIPLE_QUOTE, MEDIA, PARTICIPLE_SIDE }

    /**
     * An attribution. {@code start}/{@code end} cover its own words (speaker and verb), which the statement leaves
     * out. A side cue's claim spans {@code claimStart}/{@code claimEnd}; a main cue's claim is its sentence.
     */
    record Cue(Type type, String verb, int start, int end, ExtractedSource source, ExtractedSource relay,
               boolean side, int claimStart, int claimEnd) {
    }

    /** A speaker found before a verb, and where their phrase starts. */
    private record Subject(ExtractedSource source, int start) {
    }

    static final char MASK = '\u0001';

    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording\\h+to\\h+");
    private static final Pattern PARALLEL = Pattern.compile("\\h+and\\h+(?=(?i:an?|the|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|\\d)\\b)");
    private static final Pattern RELATIVE = Pattern.compile("(?<=[,–—])\\h*(?:who|which)\\b");
    private static final Pattern PARTICIPLE_QUOTE = Pattern.compile(Lexicon.SPEECH_PARTICIPLE.pattern()
            + "(?:\\h+[^,:.\\u0001]{1,40}?)?\\h*[,:]\\h*\\u0001");
    private static final Pattern PARTICIPLE_THAT = Pattern.compile(Lexicon.SPEECH_PARTICIPLE.pattern() + "\\h+that\\b");
    /** What follows a verb that reports content: ": …", a quotation, "that …" (after a short "on Monday"), the end. */
    private static final Pattern CONTENT_AFTER = Pattern.compile("\\h*(?::|\\u0001|,\\h*\\u0001|(?:(?:on|in|late|earlier|last"
            + "|this)\\h+[^,;:.\\u0001]{1,30}?\\h+)?that\\b|[.!?]*$|,\\h*citing\\b)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}’']+");
    private static final Pattern NAME_AFTER_VERB = Pattern.compile("\\h+(?!(?:" + ReferenceDates.WEEKDAY_NAMES + "|"
            + ReferenceDates.MONTH_NAMES + ")\\b)\\p{Lu}");
    private static final String SUBORDINATORS = "(?:after|before|when|whenever|as|since|because|although|though"
            + "|until|once|unless)";
    private static final Pattern SUBORDINATOR = Pattern.compile("(?i)" + SUBORDINATORS + "\\h+");
    private static final Pattern SUBORDINATOR_BEFORE = Pattern.compile("(?i)\\b(" + SUBORDINATORS + ")\\h+$");
    private static final String WEEKDAY = "(?:" + ReferenceDates.WEEKDAY_NAMES + ")";
    private static final String MONTH = "(?:" + ReferenceDates.MONTH_NAMES + ")";
    /** A time adjunct that may stand between a speaker and the verb: "on Thursday", "late on 3 March", "last week". */
    static final String TIME_ADJUNCT = "(?:(?:(?:late|early)\\h+)?on\\h+(?:" + WEEKDAY + "|\\d{1,2}\\h+" + MONTH + "|" + MONTH
            + "\\h+\\d{1,2}(?:st|nd|rd|th)?)|" + WEEKDAY + "|yesterday|today|tonight"
            + "|(?:last|this)\\h+(?:week|month|year|night|morning|afternoon|evening|weekend))";
    private static final Pattern TIME_BEFORE_VERB = Pattern.compile("(?i)\\h+" + TIME_ADJUNCT + "\\h*$");
    private static final Pattern PUBLISHED_BEFORE = Pattern.compile("(?i)\\h+" + Lexicon.PUBLISHED + "$");
    private static final Pattern ACRONYM_ASIDE = Pattern.compile("\\h*\\(\\p{Lu}[\\p{Lu}\\d&.-]{1,11}\\)");
    private static final Pattern RELATIVE_ASIDE = Pattern.compile("\\h*,\\h*(?:which|who)\\b[^,;:\\u0001]{1,80},");
    private static final Pattern TOLD_WHOM = Pattern.compile("((?:[\\p{L}\\p{N}’'&.-]+\\h+){0,5}[\\p{L}\\p{N}’'&.-]+)\\h+that\\b");
    /** "put the figure at $200 million"; not the phrasal "put pressure on", "put forward", "put an end to". */
    private static final Pattern PUT_AT_FIGURE = Pattern.compile("\\h+(?:(?!(?:on|in|into|to|under|off|out|up|down|away"
            + "|forward|back|through|over|aside|together|an|end)\\b)[\\p{L}\\p{N}’'$-]+\\h+){1,6}?at\\h+(?:(?:up\\h+to"
            + "|about|around|more\\h+than|less\\h+than|some|nearly|almost|over|roughly|between|least)\\h+)*[$€£\\p{N}]");
    private static final Pattern NAMED_AS_QUOTED = Pattern.compile("\\h+(?!(?:for|on|off|up|upon|out|in|back|it\\h+quits)\\b)"
            + "(?:[\\p{L}\\p{N}’'-]+\\h+){1,5}?(?:as\\h+)?\\u0001");
    private static final Pattern FINITE_VERB = Pattern.compile("(?i)\\b(?:had|has|have|was|were|is|are|would|will|could"
            + "|did|does|do|can|should|must)\\b");
    private static final Pattern CITING = Pattern.compile("(?i)(?:^|,\\h*)citing\\h+");
    private static final Pattern PASSIVE_BE = Pattern.compile("(?i)\\h+(?:is|was|were|are|(?:has|have|had)\\h+been)\\h+$");
    private static final Set<String> TELL = Set.of("told", "tell", "tells");
    /** Words around "estimate" that make it a noun: "the latest estimate", "an estimate of". */
    private static final Set<String> NOUN_BEFORE = Set.of("the", "an", "a", "this", "that", "its", "their", "his", "her",
            "our", "official", "latest", "rough", "conservative", "initial", "first", "new", "one", "best", "own");
    private static final Set<String> NOUN_AFTER = Set.of("is", "was", "of", "for", "puts", "put", "shows", "showed", "has",
            "had", "by", "from", "at", "suggests", "suggested", "remains");
    private static final Set<String> REPORTER_BEFORE = Set.of("", "by", "on", "in", "from", "to", "via", "told",
            "the", "a");
    private static final Set<String> REPORTER_AFTER = Set.of("request", "requests", "report", "reports", "reported",
            "reporting", "investigation", "was", "has", "had", "learned", "sources", "could", "found", "revealed",
            "is");

    private final String text;
    private final Mentions mentions;
    private final Speakers speakers;

    CueFinder(String text, Mentions mentions, Speakers speakers) {
        this.text = text;
        this.mentions = mentions;
        this.speakers = speakers;
    }

    /** The cues of the sentence {@code [start, end)}, main and side, in text order. */
    List<Cue> find(int start, int end, List<Quotations.Span> quotes) {
        Masked s = new Masked(start, end, mask(start, end, quotes));
        List<Cue> found = new ArrayList<>();
        accordingTo(s, found);
        speech(s, found);
        nonResponse(s, found);
        passiveBy(s, found);
        participleQuote(s, found);
        if (found.stream().noneMatch(c -> !c.side())) {
            media(s, found);
            participleSide(s, found);
        }
        // Overlapping cues are one attribution found twice, except parallel sources, which share their span.
        List<Cue> kept = new ArrayList<>();
        for (Cue cue : found) {
            if (kept.stream().noneMatch(k -> k.side() == cue.side() && k.start() < cue.end() && cue.start() < k.end()
                    && !(k.start() == cue.start() && k.end() == cue.end() && k.type() == cue.type()))) {
                kept.add(cue);
            }
        }
        kept.sort(Comparator.comparingInt(Cue::start));
        return kept;
    }

    /** One sentence with its quoted words masked; offsets {@code i} of {@code masked} are {@code start + i}. */
    private record Masked(int start, int end, String masked) {
    }

    private String mask(int start, int end, List<Quotations.Span> quotes) {
        char[] chars = text.substring(start, end).toCharArray();
        for (Quotations.Span q : quotes) {
            for (int i = Math.max(q.start(), start); i < Math.min(q.end(), end); i++) {
                chars[i - start] = MASK;
            }
        }
        return new String(chars);
    }

    private void accordingTo(Masked s, List<Cue> out) {
        if (!s.masked().contains("ccording")) {
            return;
        }
        Matcher m = ACCORDING.matcher(s.masked());
        while (m.find()) {
            int objectEnd = boundaryAfter(s.masked(), m.end());
            List<int[]> parts = new ArrayList<>();
            Matcher and = PARALLEL.matcher(s.masked()).region(m.end(), objectEnd);
            int partStart = m.end();
            while (and.find()) {
                parts.add(new int[]{partStart, and.start()});
                partStart = and.end();
            }
            parts.add(new int[]{partStart, objectEnd});
            for (int[] part : parts) {
                ExtractedSource source = speakers.resolve(s.start() + part[0], s.start() + part[1]);
                if (source == null) {
                    continue;
                }
                int cueEnd = parts.size() == 1 ? asideEnd(s.masked(), objectEnd) : objectEnd;
                if (Speakers.isRoleOnly(source) && parts.size() == 1) {
                    // "according to France's foreign minister, Jean-Yves Le Drian, who …"
                    int nameStart = objectEnd + 1;
                    int nameEnd = boundaryAfter(s.masked(), nameStart);
                    ExtractedSource named = nameStart < nameEnd ? speakers.resolve(s.start() + nameStart, s.start() + nameEnd) : null;
                    if (named != null && named.actor() != null && named.actor().kind() == ActorKind.PERSON
                            && isShortName(s.start() + nameStart, s.start() + nameEnd)) {
                        source = speakers.withRole(named, source);
                        cueEnd = nameEnd;
                    }
                }
                out.add(new Cue(Type.ACCORDING_TO, "according to", s.start() + m.start(), s.start() + cueEnd, source,
                        relayIn(source, s.start() + part[0], s.start() + part[1]), false, s.start(), s.end()));
            }
        }
    }

    private void speech(Masked s, List<Cue> out) {
        String m = s.masked();
        List<int[]> relatives = relativeClauses(m);
        Matcher verb = Lexicon.SPEECH_VERB.matcher(m);
        Matcher word = WORD.matcher(m);
        while (word.find()) {
            if (!Lexicon.SPEECH_VERB_FIRST_WORDS.contains(word.group().toLowerCase(Locale.ROOT))
                    || !verb.region(word.start(), m.length()).lookingAt()) {
                continue;
            }
            int vs = verb.start();
            int ve = verb.end();
            String verbText = verb.group().toLowerCase(Locale.ROOT).replaceAll("\\h+", " ");
            int[] relative = relatives.stream().filter(r -> r[0] <= vs && vs < r[1]).findFirst().orElse(null);
            if (relative != null) {
                sideSpeech(s, relative, verbText, vs, ve, out);
                continue;
            }
            if (verbText.equals("estimate") && (NOUN_BEFORE.contains(previousWord(m, vs)) || NOUN_AFTER.contains(nextWord(m, ve)))) {
                continue; // "the official estimate is 300": a noun
            }
            boolean quotedAs = verbText.startsWith("quoted as");
            if (!quotedAs && (Lexicon.BE.contains(previousWord(m, vs)) || nextWord(m, ve).equals("by"))) {
                continue;
            }
            if (Lexicon.NEED_CONTENT.contains(verbText) && !CONTENT_AFTER.matcher(m).region(ve, m.length()).lookingAt()) {
                continue;
            }
            if (verbText.startsWith("put") && !PUT_AT_FIGURE.matcher(m).region(ve, m.length()).lookingAt()) {
                continue; // only "analysts put the figure at $200 million" is an estimate
            }
            if ((verbText.startsWith("call") || verbText.startsWith("describ"))
                    && !NAMED_AS_QUOTED.matcher(m).region(ve, m.length()).lookingAt()) {
                continue; // "called the prospect “extremely worrying”", not "called for talks" or "a group called Wagner"
            }
            int back = vs - 1;
            boolean afterComma = false;
            while (back >= 0 && (m.charAt(back) == ' ' || m.charAt(back) == ',')) {
                afterComma |= m.charAt(back) == ',';
                back--;
            }
            // "…,” said X" after a quotation; "…, said X." closing a sentence of reported words
            String afterSpeaker = m.substring(boundaryAfter(m, ve));
            boolean closing = afterComma && back >= 0 && m.charAt(back) != MASK
                    && (afterSpeaker.matches("[.!?…\\s]*") || afterSpeaker.startsWith(","));
            if (verbText.startsWith("ask") && (back < 0 || m.charAt(back) != MASK)) {
                continue; // "“Why would we pay?” asked X" reports a question; "X asked Y to leave" is a request
            }
            // "Marc Dupont, however, said the guards had left.": a clause after the verb is what was said, not who
            closing &= !FINITE_VERB.matcher(m).region(ve, boundaryAfter(m, ve)).find();
            if (back >= 0 && (m.charAt(back) == MASK || closing)) {
                int subjectEnd = boundaryAfter(m, ve);
                ExtractedSource source = speakers.resolve(s.start() + ve, s.start() + subjectEnd);
                if (source != null) {
                    int roleEnd = apposedRoleEnd(s, subjectEnd, source);
                    if (roleEnd > subjectEnd) {
                        ExtractedSource role = speakers.resolve(s.start() + subjectEnd + 1, s.start() + roleEnd);
                        source = speakers.withRole(source, role);
                    }
                    out.add(new Cue(Type.INVERTED, verbText, s.start() + vs, s.start() + Math.max(subjectEnd, roleEnd),
                            source, relayIn(source, s.start() + ve, s.start() + subjectEnd), false, s.start(), s.end()));
                    continue;
                }
                if (closing && !TELL.contains(verbText) && NAME_AFTER_VERB.matcher(m).region(ve, m.length()).lookingAt()) {
                    // "…, said John Brown.": a name no one knows yet is still the speaker, not what was said
                    continue;
                }
            }
            // "Wagner is quoted as saying …": the passive's subject is the one quoted
            Subject subject = walkBack(s, stripSkippable(m, quotedAs ? beforeBe(m, vs) : vs));
            if (subject == null) {
                continue;
            }
            int subordinate = subordinateClauseSourceStart(s, subject.start());
            // "…, as Anna Smith said." has nothing after its verb: the sentence is what she said
            if (subordinate >= 0 && WORD.matcher(m).region(ve, m.length()).find()) {
                // "X denied it, after a report said the contractors would be paid": the report's claim is what
                // follows its verb, not the sentence it is a clause of
                int subjectEnd = s.start() + stripSkippable(m, vs);
                ExtractedSource source = speakers.resolve(subordinate, subjectEnd);
                if (source != null) {
                    out.add(new Cue(Type.SPEECH, verbText, subordinate, s.start() + ve, source,
                            relayIn(source, subordinate, subjectEnd), true, subordinate, s.end()));
                }
                continue;
            }
            int cueEnd = ve;
            ExtractedSource relay = relayIn(subject.source(), subject.start(), s.start() + vs);
            if (TELL.contains(verbText)) {
                int after = ve;
                while (after < m.length() && m.charAt(after) == ' ') {
                    after++;
                }
                Matcher audience = Lexicon.AUDIENCE.matcher(m).region(after, m.length());
                ExtractedSource told = speakers.outletIn(s.start() + after, s.start() + boundaryAfter(m, after));
                int toldEnd = told == null ? -1 : outletEndAt(s.start() + after, told);
                Matcher toldWhom = TOLD_WHOM.matcher(m).region(after, m.length());
                if (audience.lookingAt()) {
                    cueEnd = audience.end();
                } else if (toldEnd > 0) {
                    cueEnd = toldEnd - s.start();
                    relay = speakers.isOwnOutlet(told) ? null : told;
                } else if (toldWhom.lookingAt()) {
                    // "told The Sentry that …", "told a parliamentary committee that …": whom, not what
                    cueEnd = toldWhom.end(1);
                }
            }
            ExtractedSource speaker = subject.source();
            int cueStart = subject.start();
            SourceKind kind = speaker.kind();
            Matcher citing = CITING.matcher(m);
            if ((kind == SourceKind.OUTLET || kind == SourceKind.NEWS_AGENCY) && relay == null && citing.find()) {
                // "Citing two officials, the Journal reported …": the officials said it, the Journal relays it
                ExtractedSource cited = speakers.resolve(s.start() + citing.end(), s.start() + boundaryAfter(m, citing.end()));
                if (cited != null && !cited.sameSpeaker(speaker)) {
                    relay = speaker;
                    speaker = cited;
                    if (citing.start() == 0) {
                        cueStart = s.start();
                    }
                }
            }
            out.add(new Cue(Type.SPEECH, verbText, cueStart, s.start() + cueEnd, speaker, relay, false, s.start(), s.end()));
        }
    }

    /** "Prigozhin, who however denies any connection": the antecedent's own claim. */
    private void sideSpeech(Masked s, int[] relative, String verb, int vs, int ve, List<Cue> out) {
        LinkedMention antecedent = antecedent(s.start(), s.start() + relative[0]);
        if (antecedent == null || clauseHasOwnSubject(s.masked(), relative[0], vs)) {
            return;
        }
        out.add(new Cue(Type.SPEECH, verb, s.start() + vs, s.start() + ve, speakers.of(antecedent.actor()), null,
                true, antecedent.start(), s.start() + relative[1]));
    }

    /**
     * "Wagner, which Moscow says it has no links with": the clause's speaker is Moscow, and what it says is about the
     * antecedent, not the antecedent's own words. Adverbs ("who however denies") are no subject.
     */
    private static boolean clauseHasOwnSubject(String m, int clauseStart, int verbStart) {
        Matcher words = WORD.matcher(m).region(clauseStart, verbStart);
        boolean pronounSeen = false;
        while (words.find()) {
            String w = words.group().toLowerCase(Locale.ROOT);
            if (!pronounSeen) {
                pronounSeen = w.equals("who") || w.equals("which");
            } else if (!Lexicon.SKIPPABLE_BEFORE_VERB.contains(w) && !w.endsWith("ly")) {
                return true;
            }
        }
        return false;
    }

    private void nonResponse(Masked s, List<Cue> out) {
        String lower = s.masked().toLowerCase(Locale.ROOT);
        if (!lower.contains("not") && !lower.contains("n't") && !lower.contains("comment")
                && !lower.contains("unanswered")) {
            return;
        }
        Matcher m = Lexicon.NON_RESPONSE.matcher(s.masked());
        if (!m.find()) {
            return;
        }
        ExtractedSource asker = speakers.outletIn(s.start(), s.end());
        ExtractedSource source = asker != null && !speakers.isOwnOutlet(asker) ? asker : speakers.author();
        out.add(new Cue(Type.NON_RESPONSE, m.group().toLowerCase(Locale.ROOT).replaceAll("\\h+", " "),
                s.start() + m.start(), s.start() + m.end(), source, null, false, s.start(), s.end()));
    }

    private void passiveBy(Masked s, List<Cue> out) {
        String m = s.masked();
        if (!m.contains(" by ")) {
            return;
        }
        List<int[]> relatives = relativeClauses(m);
        Matcher by = Lexicon.PASSIVE_BY.matcher(m);
        while (by.find()) {
            int agentEnd = boundaryAfter(m, by.end());
            ExtractedSource source = speakers.resolve(s.start() + by.end(), s.start() + agentEnd);
            if (source == null) {
                continue;
            }
            String verb = by.group().substring(0, by.group().indexOf(' ')).toLowerCase(Locale.ROOT) + " by";
            int[] relative = relatives.stream().filter(r -> r[0] <= by.start() && by.start() < r[1]).findFirst()
                    .orElse(null);
            if (relative != null) {
                LinkedMention antecedent = antecedent(s.start(), s.start() + relative[0]);
                int claimStart = antecedent != null ? antecedent.start() : s.start() + relative[0];
                out.add(new Cue(Type.PASSIVE_BY, verb, s.start() + by.start(), s.start() + agentEnd, source, null,
                        true, claimStart, s.start() + relative[1]));
            } else {
                out.add(new Cue(Type.PASSIVE_BY, verb, s.start() + by.start(), s.start() + agentEnd, source, null,
                        false, s.start(), s.end()));
            }
        }
    }

    private void participleQuote(Masked s, List<Cue> out) {
        if (s.masked().indexOf(MASK) < 0) {
            return;
        }
        Matcher m = PARTICIPLE_QUOTE.matcher(s.masked());
        if (!m.find()) {
            return;
        }
        LinkedMention speaker = firstSpeakerMention(s.start(), s.start() + m.start());
        if (speaker != null) {
            out.add(new Cue(Type.PARTICIPLE_QUOTE, m.group("verb").toLowerCase(Locale.ROOT), s.start() + m.start("verb"),
                    s.start() + m.end("verb"), speakers.of(speaker.actor()), null, false, s.start(), s.end()));
        }
    }

    /** "Moscow gifted two helicopters to the Malian army, adding that …": the statement is Moscow's. */
    private void participleSide(Masked s, List<Cue> out) {
        if (!s.masked().contains(" that")) {
            return;
        }
        Matcher m = PARTICIPLE_THAT.matcher(s.masked());
        if (!m.find()) {
            return;
        }
        int clauseStart = m.start();
        while (clauseStart > 0 && ",;:–—(".indexOf(s.masked().charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        LinkedMention speaker = firstSpeakerMention(s.start() + clauseStart, s.start() + m.start());
        if (speaker != null) {
            out.add(new Cue(Type.PARTICIPLE_SIDE, m.group("verb").toLowerCase(Locale.ROOT),
                    s.start() + m.start("verb"), s.start() + m.end("verb"), speakers.of(speaker.actor()), null, true,
                    s.start() + m.start("verb"), s.end()));
        }
    }

    private void media(Masked s, List<Cue> out) {
        String m = s.masked();
        for (LinkedMention mention : mentions.within(s.start(), s.end())) {
            if (mention.actor() == null || mention.actor().kind() != ActorKind.MEDIA_OUTLET
                    || m.charAt(mention.start() - s.start()) == MASK) {
                continue;
            }
            ExtractedSource outlet = speakers.of(mention.actor());
            if (!speakers.isOwnOutlet(outlet) && isReporterRole(m, mention.start() - s.start(), mention.end() - s.start())) {
                out.add(new Cue(Type.MEDIA, "reports", mention.start(), mention.end(), outlet, null, false, s.start(),
                        s.end()));
                return;
            }
        }
        Matcher agency = Lexicon.AGENCY_NAME.matcher(m);
        while (agency.find()) {
            if (!mentions.covers(s.start() + agency.start()) && isReporterRole(m, agency.start(), agency.end())) {
                ExtractedSource outlet = new ExtractedSource(SourceKind.NEWS_AGENCY, agency.group(), null, null, null);
                if (!speakers.isOwnOutlet(outlet)) {
                    out.add(new Cue(Type.MEDIA, "reports", s.start() + agency.start(), s.start() + agency.end(),
                            outlet, null, false, s.start(), s.end()));
                    return;
                }
            }
        }
    }

    private static boolean isReporterRole(String m, int start, int end) {
        return REPORTER_BEFORE.contains(previousWord(m, start)) || REPORTER_AFTER.contains(nextWord(m, end));
    }

    /**
     * The speaker before a verb at {@code end}: the nearest comma-separated chunk that names one, skipping empty
     * chunks, relative clauses and a first chunk ending in "and"; a bare title takes the name in the chunk before it.
     */
    private Subject walkBack(Masked s, int end) {
        String m = s.masked();
        Subject role = null;
        for (int step = 0; step < 4 && end > 0; step++) {
            int b = end - 1;
            while (b >= 0 && !isBoundary(m, b)) {
                b--;
            }
            int a = b + 1;
            String chunk = m.substring(a, end).strip();
            if (chunk.isEmpty()) {
                if (b < 0 || m.charAt(b) == MASK) {
                    break;
                }
                end = b;
                continue;
            }
            if (ACCORDING.matcher(chunk).find()) {
                // A clause, not a noun phrase: "The troops left in May according to a plan agreed …".
                return role;
            }
            if (role == null && b >= 0 && m.charAt(b) == ',' && (Lexicon.RELATIVE_LEAD.matcher(chunk).lookingAt()
                    || Lexicon.PARTICIPLE_ASIDE.matcher(chunk).lookingAt() || chunk.matches("\\d{1,3}")
                    || Lexicon.SKIPPABLE_BEFORE_VERB.contains(chunk.toLowerCase(Locale.ROOT)))) {
                // "Dmitry Peskov, who speaks for President Vladimir Putin, told", "A diplomat, speaking on condition
                // of anonymity, said", "Marc Dupont, 54, said", "Marc Dupont, however, said": the speaker is before
                end = b;
                continue;
            }
            ExtractedSource source = speakers.resolve(s.start() + a, s.start() + end);
            if (role != null) {
                boolean named = source != null && speakers.isIndividual(source) && isShortName(s.start() + a, s.start() + end);
                return named ? new Subject(speakers.withRole(source, role.source()),
                        speakers.phraseStart(s.start() + a, s.start() + end)) : role;
            }
            if (source != null) {
                if (Speakers.isRoleOnly(source) && b >= 0 && m.charAt(b) == ',') {
                    role = new Subject(source, speakers.phraseStart(s.start() + a, s.start() + end));
                    end = b;
                    continue;
                }
                Subject titled = titleBefore(s, b, source);
                return titled != null ? titled : new Subject(source, speakers.phraseStart(s.start() + a, s.start() + end));
            }
            boolean relative = Lexicon.RELATIVE_LEAD.matcher(chunk).lookingAt();
            if ((relative || step == 0 && chunk.endsWith(" and")) && b >= 0) {
                end = b;
                continue;
            }
            return null;
        }
        return role;
    }

    /**
     * "A Kremlin spokesman, Dmitry Peskov, said", "Mali's mining minister, Lamine Traoré, said": the title opening the
     * clause before the name's comma {@code comma} is part of the attribution. Null when there is none.
     */
    private Subject titleBefore(Masked s, int comma, ExtractedSource person) {
        if (comma <= 0 || s.masked().charAt(comma) != ',' || !speakers.isIndividual(person)) {
            return null;
        }
        int b = comma - 1;
        while (b >= 0 && !isBoundary(s.masked(), b)) {
            b--;
        }
        if (b >= 0 && s.masked().charAt(b) != MASK) {
            return null;
        }
        ExtractedSource role = speakers.resolve(s.start() + b + 1, s.start() + comma);
        return role != null && Speakers.isRoleOnly(role)
                ? new Subject(speakers.withRole(person, role), speakers.phraseStart(s.start() + b + 1, s.start() + comma)) : null;
    }

    /**
     * Where a title apposed to a named person ends ("said X, a security analyst"), or -1 when there is none: the
     * title is part of the attribution and tells the source's kind.
     */
    private int apposedRoleEnd(Masked s, int chunkEnd, ExtractedSource source) {
        if (chunkEnd >= s.masked().length() || s.masked().charAt(chunkEnd) != ',' || !speakers.isIndividual(source)) {
            return -1;
        }
        int nextEnd = boundaryAfter(s.masked(), chunkEnd + 1);
        ExtractedSource role = speakers.resolve(s.start() + chunkEnd + 1, s.start() + nextEnd);
        return role != null && Speakers.isRoleOnly(role) ? nextEnd : -1;
    }

    /** A news agency named inside a source's phrase ("Reuters sources") relays it. */
    private ExtractedSource relayIn(ExtractedSource source, int start, int end) {
        if (source.kind() == SourceKind.NEWS_AGENCY || source.kind() == SourceKind.OUTLET) {
            return null;
        }
        ExtractedSource outlet = speakers.outletIn(start, end);
        return outlet != null && outlet.kind() == SourceKind.NEWS_AGENCY && !speakers.isOwnOutlet(outlet) ? outlet : null;
    }

    private LinkedMention antecedent(int from, int to) {
        LinkedMention last = null;
        for (LinkedMention m : mentions.within(from, to)) {
            if (m.actor() != null && !Mentions.isPossessive(text, m)) {
                if (m.actor().kind() == ActorKind.PERSON || last == null || last.actor().kind() != ActorKind.PERSON) {
                    last = m;
                }
            }
        }
        return last;
    }

    private LinkedMention firstSpeakerMention(int from, int to) {
        List<LinkedMention> inRange = mentions.within(from, to).stream()
                .filter(m -> m.actor() != null && !Mentions.isPossessive(text, m))
                .toList();
        return inRange.stream().filter(m -> m.actor().kind() == ActorKind.PERSON).findFirst()
                .orElse(inRange.isEmpty() ? null : inRange.get(0));
    }

    /** Where the outlet's name ends when it starts at {@code at}, else -1 ("told Reuters that …"). */
    private int outletEndAt(int at, ExtractedSource outlet) {
        int mentionEnd = mentions.within(at, text.length()).stream().filter(m -> m.start() == at)
                .mapToInt(LinkedMention::end).max().orElse(-1);
        if (mentionEnd > 0) {
            return mentionEnd;
        }
        return text.startsWith(outlet.name(), at) ? at + outlet.name().length() : -1;
    }

    /** Whether the chunk is little more than a person's name ("Baba Cisse", not "Putin met Macron"). */
    private boolean isShortName(int start, int end) {
        int named = mentions.within(start, end).stream().mapToInt(m -> m.end() - m.start()).sum();
        String rest = text.substring(start, end).strip();
        return (rest.length() - named) <= 25;
    }

    /**
     * Where the words describing a source end: an acronym in brackets and a relative clause set off by commas
     * ("according to the Armed Conflict Location &amp; Event Data Project (ACLED), which tracks political violence,")
     * are part of the attribution, not of what was said. {@code at} when there are none.
     */
    private static int asideEnd(String m, int at) {
        int end = at;
        Matcher acronym = ACRONYM_ASIDE.matcher(m).region(end, m.length());
        if (acronym.lookingAt()) {
            end = acronym.end();
        }
        Matcher relative = RELATIVE_ASIDE.matcher(m).region(end, m.length());
        return relative.lookingAt() ? relative.end() - 1 : end;
    }

    private static List<int[]> relativeClauses(String m) {
        List<int[]> clauses = new ArrayList<>();
        Matcher r = RELATIVE.matcher(m);
        while (r.find()) {
            int end = r.end();
            while (end < m.length() && ",;–—".indexOf(m.charAt(end)) < 0) {
                end++;
            }
            clauses.add(new int[]{r.start(), end});
        }
        return clauses;
    }

    /**
     * Where the speaker starts when it opens a subordinate clause that follows a main clause ("…, after a report
     * said …", "… as officials warned …"); -1 otherwise. A sentence that opens with the clause ("When the minister
     * said …, troops left") is left alone: its attribution is found for the whole sentence.
     */
    private int subordinateClauseSourceStart(Masked s, int subjectStart) {
        int at = subjectStart - s.start();
        Matcher lead = SUBORDINATOR.matcher(s.masked()).region(at, s.masked().length());
        int sourceStart;
        int conjunctionStart;
        if (lead.lookingAt()) {
            conjunctionStart = at;
            sourceStart = lead.end();
        } else {
            Matcher before = SUBORDINATOR_BEFORE.matcher(s.masked()).region(0, at);
            if (!before.find()) {
                return -1;
            }
            conjunctionStart = before.start(1);
            sourceStart = at;
        }
        String mainClause = s.masked().substring(0, conjunctionStart);
        return mainClause.chars().filter(Character::isLetter).count() >= 12 ? s.start() + sourceStart : -1;
    }

    /** Where "is" / "was" / "has been" before {@code at} starts, or {@code at} when there is none. */
    private static int beforeBe(String m, int at) {
        Matcher be = PASSIVE_BE.matcher(m).region(Math.max(0, at - 24), at);
        return be.find() ? be.start() : at;
    }

    /** Skips auxiliaries and adverbs that may stand between a speaker and the verb ("has previously told"). */
    private static int stripSkippable(String m, int end) {
        while (true) {
            int e = end;
            while (e > 0 && m.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(m.charAt(b - 1))) {
                b--;
            }
            if (b < e && Lexicon.SKIPPABLE_BEFORE_VERB.contains(m.substring(b, e).toLowerCase(Locale.ROOT))) {
                end = b;
                continue;
            }
            // "the government on Thursday denied": the day is no part of who denied
            Matcher when = TIME_BEFORE_VERB.matcher(m).region(Math.max(0, end - 48), end);
            if (!when.find() || when.start() == 0) {
                return end;
            }
            end = when.start();
            Matcher published = PUBLISHED_BEFORE.matcher(m).region(Math.max(0, end - 24), end);
            if (published.find() && published.start() > 0) {
                // "a UN report published last week said": the report said it; the week is when it was published
                return published.start();
            }
        }
    }

    private static boolean isBoundary(String m, int i) {
        char c = m.charAt(i);
        if (",;:()[]–—\u0001".indexOf(c) >= 0) {
            return true;
        }
        return c == '-' && i > 0 && i + 1 < m.length() && m.charAt(i - 1) == ' ' && m.charAt(i + 1) == ' ';
    }

    /** The end of the phrase starting at {@code from}: the next boundary or sentence end, before final punctuation. */
    private static int boundaryAfter(String m, int from) {
        int i = from;
        while (i < m.length() && !isBoundary(m, i)) {
            i++;
        }
        while (i > from && ".!?… ".indexOf(m.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    static String previousWord(String m, int at) {
        Matcher w = WORD.matcher(m).region(Math.max(0, at - 40), at);
        String last = "";
        int lastEnd = -1;
        while (w.find()) {
            last = w.group();
            lastEnd = w.end();
        }
        return lastEnd >= 0 && m.substring(lastEnd, at).isBlank() ? last.toLowerCase(Locale.ROOT) : "";
    }

    static String nextWord(String m, int at) {
        Matcher w = WORD.matcher(m).region(at, Math.min(m.length(), at + 40));
        return w.find() && m.substring(at, w.start()).isBlank() ? w.group().toLowerCase(Locale.ROOT) : "";
    }
}
