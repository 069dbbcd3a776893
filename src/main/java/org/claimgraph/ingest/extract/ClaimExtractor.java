package org.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.KnownActor;
import org.claimgraph.ingest.LinkedMention;
import org.claimgraph.ingest.sentences.Sentence;
import org.claimgraph.ingest.sentences.SentenceSplitter;
import org.claimgraph.source.SourceKind;

/**
 * Extracts candidate claims from a cleaned text and its linked actor mentions. Pure and stateless: one call reads
 * one article. Rules, in the order they apply to each sentence of each paragraph:
 *
 * <ol>
 *   <li><b>Headings</b> (a short paragraph with no closing punctuation, the title among them) carry no claim.</li>
 *   <li><b>Attributed sentences</b>: a sentence with attributions ({@link CueFinder}) is a claim of each distinct
 *       speaker. Parallel speakers in one attribution ("according to A and B") give one claim each on the same
 *       span; speakers in separate clauses ("X did not react, but a source criticised …") split the sentence at
 *       the clause break. A bare attribution ("Shapochkina agreed.") before a quotation makes no claim of its own
 *       but names the quotation's speaker.</li>
 *   <li><b>Quotations</b>: a sentence inside quotation marks is the claim of the quotation's speaker: the
 *       attribution right after it ("“…,” X said") or right before it ("X said: “…”"), else the previous
 *       quotation's speaker in the paragraph. A quotation whose attribution follows it is one claim across all
 *       its sentences; one introduced before gives a claim per sentence.</li>
 *   <li><b>The author's claims of fact</b>: any other sentence of at least six words that names someone or
 *       something (a linked actor or any capitalised name or nationality inside the sentence), a number or a date,
 *       unless it opens with evaluative rhetoric ("It is understandable that…"). The guidelines count the
 *       outlet's own statements of who did what, when, how many; naming something is what separates them from
 *       transitions and commentary.</li>
 *   <li><b>Side claims</b> inside a sentence: a relative clause with its own attribution ("Prigozhin, who denies
 *       any ties", "who has been linked to Wagner by Reuters") and an indirect statement after the author's
 *       clause ("Moscow gifted two helicopters, adding that …"), which also ends the author's clause.</li>
 * </ol>
 *
 * <p>Attribution chains: a claim's own relay comes first ("told Reuters", "Reuters sources"); then, when the
 * article shows that it relays a news agency (the agency reports, asks for comment or is told things in it),
 * every claim attributed to someone other than the author or a media outlet gets that agency appended.
 */
public final class ClaimExtractor {

    private static final int MIN_WORDS = 6;
    private static final int MAX_HEADING_WORDS = 15;
    private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L}’'\\-]*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\h+(?:but|while|whereas|and)\\h+|;\\h+");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i:and|but|so|yet|or)\\h+");
    private static final Pattern TIDY_START = Pattern.compile("^[\\s,;:–—\\-]*(?:that\\s+)?");
    // "said on Friday that …", "said in a statement that …": the phrase belongs to the saying, not to what was said
    private static final Pattern ADJUNCT_BEFORE_THAT = Pattern.compile(
            "((?:on|in|at|during|after|last|this|late|early|earlier|later|yesterday|today)\\b[^,;:\"“”.]{0,40}?)\\s+that\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUED = Pattern.compile("\\s*,?\\s*(?:adding|and|but|saying|noting|explaining|as"
            + "|because|while|although|though|that)\\b|\\s*:", Pattern.CASE_INSENSITIVE);
    /** What may follow an attribution at the end of a sentence and is no part of the claim. */
    private static final Pattern SPEAKER_DESCRIPTION = Pattern.compile("\\s*,\\s*(?:who|whose|which|citing)\\b");
    /** A time adjunct right after the verb, before what was said without "that": "said on Monday the talks …". */
    private static final Pattern TIME_OPENING = Pattern.compile("(?i)(" + CueFinder.TIME_ADJUNCT + ")\\s+(?=\\p{L})");
    /** A phrase opening the sentence that says where or how something was said: "In an interview with Le Monde,". */
    private static final Pattern OPENING_ADJUNCT = Pattern.compile("\\s*((?:(?:In|At|During|Speaking\\h+(?:at|to|on|in))"
            + "\\h+(?:an?\\h+|the\\h+|his\\h+|her\\h+|their\\h+)?(?:interview|statement|speech|address|news\\h+conference"
            + "|press\\h+conference|briefing|meeting|summit|hearing|session|televised|radio|television|post|message|tweet"
            + "|video|letter|broadcast|podcast|blog|column|op-ed)|Speaking\\h+(?:to|at|on|in|after|before|from|during)\\h"
            + "|(?:When\\h+)?[Aa]sked\\h+(?:about|whether|if|why|how|what|by|on)\\h)"
            + "[^,;:\"“”.]{0,60}),\\s*");
    private static final Pattern TIME_IN_CUE = Pattern.compile("(?i)(?<!" + Lexicon.PUBLISHED + ")\\h("
            + CueFinder.TIME_ADJUNCT + ")\\b");
    /** Words of reported speech between the verb and a quotation: "said the figure was". */
    private static final Pattern INDIRECT_LEAD = Pattern.compile("(?i)^[\\s,:]*(?:that\\s+)?\\p{L}+\\s+\\p{L}+");
    /** Paragraphs of a question-and-answer interview. */
    private static final Pattern QUESTION_PARAGRAPH = Pattern.compile("(?m)^(?:Q|Question)\\h*[:.–—-]\\h+");
    private static final Pattern ANSWER_PARAGRAPH = Pattern.compile("(?m)^(?:A|Answer)\\h*[:.–—-]\\h+");
    private static final Pattern TIDY_END = Pattern.compile("[\\s,;:–—\\-]*([.!?…]?)\\s*$");
    private static final double EXPLICIT = 0.8;
    private static final double INHERITED = 0.7;
    private static final double SIDE = 0.6;
    private static final double AUTHOR = 0.5;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuantityExtractor quantities = new QuantityExtractor();

    /** Claims of a text whose outlet is unknown. */
    public List<ExtractedClaim> extract(String text, List<LinkedMention> mentions) {
        return extract(text, mentions, null);
    }

    /**
     * Claims of {@code text}, in text order.
     *
     * @param mentions   linked mentions with offsets into {@code text}; candidates (no actor) count as names
     * @param outletName the publisher when known: the author's source is named after it, and it is never a relay
     */
    public List<ExtractedClaim> extract(String text, List<LinkedMention> mentions, String outletName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        return new Article(text, mentions, outletName).claims();
    }

    /** A claim before its chain, stance and details are settled. */
    private record Draft(int start, int end, CueFinder.Type type, String verb, ExtractedSource source,
                         ExtractedSource relay, int cueStart, int cueEnd, boolean side, double confidence) {
    }

    /** The state of one {@link #extract} call. */
    private final class Article {

        private final String text;
        private final Mentions mentions;
        private final Speakers speakers;
        private final CueFinder cues;
        private final List<Draft> drafts = new ArrayList<>();
        /** Found once for the whole text, then picked per claim. */
        private final List<ExtractedQuantity> allQuantities;

        /** Who answers in a question-and-answer interview ("Q: … A: …"), or null when the text is none. */
        private final ExtractedSource interviewee;

        Article(String text, List<LinkedMention> linked, String outletName) {
            this.text = text;
            this.allQuantities = quantities.extract(text);
            this.mentions = new Mentions(linked);
            this.speakers = new Speakers(text, mentions, outletName);
            this.cues = new CueFinder(text, mentions, speakers);
            this.interviewee = interviewee();
        }

        /**
         * The person an interview is with: the first person the text names before its first question ("an interview
         * with Colonel Souleymane Dembélé"). Null when the text has no questions and answers, or names no one first.
         */
        private ExtractedSource interviewee() {
            Matcher question = QUESTION_PARAGRAPH.matcher(text);
            if (!question.find() || !ANSWER_PARAGRAPH.matcher(text).find()) {
                return null;
            }
            for (LinkedMention m : mentions.within(0, question.start())) {
                KnownActor actor = m.actor();
                boolean person = actor != null && (actor.kind() == ActorKind.PERSON
                        || actor.kind() == ActorKind.UNKNOWN && NameShapes.kindOf(actor.name()) == ActorKind.UNKNOWN);
                if (person) {
                    ExtractedSource source = speakers.of(actor);
                    return new ExtractedSource(source.kind(), source.name(), null, "interviewed", actor);
                }
            }
            return null;
        }

        List<ExtractedClaim> claims() {
            List<Sentence> all = splitter.split(text);
            int i = 0;
            while (i < all.size()) {
                int lineEnd = text.indexOf('\n', all.get(i).start());
                int end = lineEnd < 0 ? text.length() : lineEnd;
                List<Sentence> paragraph = new ArrayList<>();
                while (i < all.size() && all.get(i).start() < end) {
                    paragraph.add(all.get(i++));
                }
                paragraph(paragraph);
            }
            return finish();
        }

        private void paragraph(List<Sentence> sentences) {
            int start = sentences.get(0).start();
            int end = sentences.get(sentences.size() - 1).end();
            if (isHeading(start, end)) {
                return;
            }
            if (interviewee != null && QUESTION_PARAGRAPH.matcher(text).region(start, end).lookingAt()) {
                return; // the interviewer's question
            }
            Matcher answer = ANSWER_PARAGRAPH.matcher(text).region(start, end);
            if (interviewee != null && answer.lookingAt()) {
                for (Sentence s : sentences) {
                    int from = Math.max(s.start(), answer.end());
                    if (from < s.end() && wordCount(from, s.end()) >= MIN_WORDS) {
                        drafts.add(new Draft(from, s.end(), CueFinder.Type.SPEECH, "said", interviewee, null, from, from,
                                false, INHERITED));
                    }
                }
                return;
            }
            List<Quotations.Span> quotes = Quotations.in(text, start, end);
            List<List<CueFinder.Cue>> found = new ArrayList<>();
            for (Sentence s : sentences) {
                List<CueFinder.Cue> inSentence = cues.find(s.start(), s.end(), quotes);
                inSentence.forEach(c -> speakers.remember(c.source(), c.start()));
                found.add(inSentence);
            }
            boolean[] bare = new boolean[sentences.size()];
            for (int k = 0; k < sentences.size(); k++) {
                bare[k] = isBare(sentences, k, main(found.get(k)), quotes);
            }
            QuoteSpeaker[] speakerOf = quoteSpeakers(sentences, found, bare, quotes);
            for (int k = 0; k < sentences.size(); k++) {
                Sentence s = sentences.get(k);
                List<CueFinder.Cue> main = main(found.get(k));
                sideClaims(found.get(k));
                if (bare[k]) {
                    continue;
                }
                int q = dominantQuote(s, quotes);
                QuoteSpeaker speaker = q < 0 ? null : speakerOf[q];
                if (main.isEmpty() && speaker != null && speaker.sentence() > k) {
                    // "“A. B,” X said.": one claim over the whole quotation.
                    Sentence last = sentences.get(speaker.sentence());
                    drafts.add(draft(s.start(), last.end(), speaker.cue(), EXPLICIT));
                    for (int j = k + 1; j <= speaker.sentence(); j++) {
                        sideClaims(found.get(j));
                    }
                    k = speaker.sentence();
                } else if (!main.isEmpty()) {
                    attributed(s, main);
                } else if (speaker != null) {
                    if (wordCount(s.start(), s.end()) >= MIN_WORDS) {
                        CueFinder.Cue c = speaker.cue();
                        // the quotation goes on after "“…?” asked X": what follows is said, not asked
                        String verb = c.verb().startsWith("ask") && !s.text().strip().matches("(?s).*\\?[\"”»’]*")
                                ? "said" : c.verb();
                        drafts.add(new Draft(s.start(), s.end(), c.type(), verb, c.source(), c.relay(), c.start(),
                                c.end(), false, INHERITED));
                    }
                } else {
                    authored(s, found.get(k));
                }
            }
        }

        /** Relative clauses with their own attribution; the indirect statement is handled with its sentence. */
        private void sideClaims(List<CueFinder.Cue> inSentence) {
            for (CueFinder.Cue c : inSentence) {
                if (c.side() && c.type() != CueFinder.Type.PARTICIPLE_SIDE) {
                    drafts.add(draft(c.claimStart(), c.claimEnd(), c, SIDE));
                }
            }
        }

        /** A speaker for a quotation and the index of the sentence holding the attribution. */
        private record QuoteSpeaker(CueFinder.Cue cue, int sentence) {
        }

        private QuoteSpeaker[] quoteSpeakers(List<Sentence> sentences, List<List<CueFinder.Cue>> found,
                                             boolean[] bare, List<Quotations.Span> quotes) {
            QuoteSpeaker[] speakerOf = new QuoteSpeaker[quotes.size()];
            for (int q = 0; q < quotes.size(); q++) {
                Quotations.Span span = quotes.get(q);
                int opening = sentenceAt(sentences, span.start());
                int closing = sentenceAt(sentences, span.end() - 1);
                for (CueFinder.Cue c : main(found.get(closing))) {
                    boolean speechCue = c.type() == CueFinder.Type.SPEECH || c.type() == CueFinder.Type.INVERTED;
                    if (speechCue && c.start() >= span.end() && text.substring(span.end(), c.start()).matches("[\\s,.]*")) {
                        speakerOf[q] = new QuoteSpeaker(c, closing);
                    }
                }
                if (speakerOf[q] == null) {
                    for (CueFinder.Cue c : main(found.get(opening))) {
                        if (c.end() <= span.start() && span.start() - c.end() <= 40
                                && !text.substring(c.end(), span.start()).matches(".*[.!?].*")) {
                            speakerOf[q] = new QuoteSpeaker(c, opening);
                        }
                    }
                }
                if (speakerOf[q] == null && opening > 0 && bare[opening - 1]
                        && span.start() == sentences.get(opening).start()) {
                    speakerOf[q] = new QuoteSpeaker(main(found.get(opening - 1)).get(0), opening - 1);
                }
                if (speakerOf[q] == null && q > 0 && speakerOf[q - 1] != null) {
                    speakerOf[q] = new QuoteSpeaker(speakerOf[q - 1].cue(), Math.min(opening, speakerOf[q - 1].sentence()));
                }
            }
            return speakerOf;
        }

        /** One claim per speaker; speakers in separate clauses split the sentence at the clause break. */
        private void attributed(Sentence s, List<CueFinder.Cue> main) {
            int segmentStart = s.start();
            List<CueFinder.Cue> pending = new ArrayList<>();
            for (CueFinder.Cue c : main) {
                CueFinder.Cue previous = pending.isEmpty() ? null : pending.get(pending.size() - 1);
                if (previous != null && !previous.source().sameSpeaker(c.source()) && previous.end() <= c.start()) {
                    Matcher split = CLAUSE_BREAK.matcher(text).region(previous.end(), c.start());
                    int at = -1;
                    int after = -1;
                    while (split.find()) {
                        at = split.start();
                        after = split.end();
                    }
                    if (at >= 0) {
                        emit(segmentStart, at, pending);
                        pending.clear();
                        segmentStart = after;
                    }
                }
                pending.add(c);
            }
            emit(segmentStart, s.end(), pending);
        }

        private void emit(int start, int end, List<CueFinder.Cue> cuesInSegment) {
            List<ExtractedSource> seen = new ArrayList<>();
            for (CueFinder.Cue c : cuesInSegment) {
                if (seen.stream().noneMatch(x -> x.sameSpeaker(c.source()))) {
                    seen.add(c.source());
                    drafts.add(draft(start, end, c, EXPLICIT));
                }
            }
        }

        /** The author's claim, unless the sentence does not qualify; a trailing indirect statement is split off. */
        private void authored(Sentence s, List<CueFinder.Cue> inSentence) {
            int end = s.end();
            for (CueFinder.Cue c : inSentence) {
                if (c.type() == CueFinder.Type.PARTICIPLE_SIDE) {
                    drafts.add(draft(c.claimStart(), c.claimEnd(), c, SIDE));
                    end = c.claimStart();
                    while (end > s.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                        end--;
                    }
                }
            }
            if (isAuthorClaim(s.start(), end)) {
                ExtractedSource author = speakers.author();
                drafts.add(new Draft(s.start(), end, null, "asserts", author, null, s.start(), s.start(), false, AUTHOR));
            }
        }

        private boolean isAuthorClaim(int start, int end) {
            if (wordCount(start, end) < MIN_WORDS) {
                return false;
            }
            String words = LEADING_CONJUNCTION.matcher(text.substring(start, end)).replaceFirst("");
            if (Lexicon.RHETORIC.matcher(words).lookingAt()) {
                return false;
            }
            return !mentions.within(start, end).isEmpty() || hasProperName(start, end)
                    || allQuantities.stream().anyMatch(q -> q.start() >= start && q.end() <= end)
                    || Lexicon.YEAR_OR_DATE.matcher(text).region(start, end).find();
        }

        /** A capitalised word that does not open the sentence or a quotation: a name or a nationality. */
        private boolean hasProperName(int start, int end) {
            Matcher w = WORDS.matcher(text).region(start, end);
            boolean first = true;
            while (w.find()) {
                String word = w.group();
                if (!first && Character.isUpperCase(word.charAt(0)) && !word.equals("I")) {
                    int p = w.start() - 1;
                    while (p > start && text.charAt(p) == ' ') {
                        p--;
                    }
                    if (".!?:“\"‘(".indexOf(text.charAt(p)) < 0) {
                        return true;
                    }
                }
                first = false;
            }
            return false;
        }

        private boolean isHeading(int start, int end) {
            char last = text.charAt(end - 1);
            return ".!?…\"”".indexOf(last) < 0 && wordCount(start, end) <= MAX_HEADING_WORDS;
        }

        /** "Anastasiya Shapochkina agreed." before a quotation: an attribution with nothing else in it. */
        private boolean isBare(List<Sentence> sentences, int k, List<CueFinder.Cue> main, List<Quotations.Span> quotes) {
            if (main.isEmpty() || k + 1 >= sentences.size()) {
                return false;
            }
            Sentence s = sentences.get(k);
            if (quotes.stream().anyMatch(q -> q.start() < s.end() && s.start() < q.end())) {
                return false;
            }
            Sentence next = sentences.get(k + 1);
            if (quotes.stream().noneMatch(q -> q.start() == next.start())) {
                return false;
            }
            CueFinder.Cue c = main.get(0);
            return contentWords(s.start(), c.start()) + contentWords(c.end(), s.end()) == 0;
        }

        private Draft draft(int start, int end, CueFinder.Cue c, double confidence) {
            return new Draft(start, end, c.type(), c.verb(), c.source(), c.relay(), c.start(), c.end(), c.side(),
                    confidence);
        }

        /** Turns drafts into claims: chains, stance, subjects, topics, quantities and statement. */
        private List<ExtractedClaim> finish() {
            ExtractedSource agency = relayedAgency();
            int referenceYear = Topics.latestYear(text);
            List<ExtractedClaim> claims = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.end() <= d.start()) {
                    continue;
                }
                List<ExtractedSource> chain = new ArrayList<>();
                chain.add(d.source());
                if (d.relay() != null) {
                    chain.add(d.relay());
                }
                SourceKind kind = d.source().kind();
                if (agency != null && kind != SourceKind.AUTHOR && kind != SourceKind.NEWS_AGENCY
                        && kind != SourceKind.OUTLET && chain.stream().noneMatch(x -> x.sameSpeaker(agency))) {
                    chain.add(agency);
                }
                String quote = text.substring(d.start(), d.end());
                claims.add(new ExtractedClaim(d.start(), d.end(), quote, statement(d),
                        chain, d.verb(), Stances.of(quote, d.type(), d.verb(), d.source(), chain.size()),
                        subjects(d, chain), Topics.of(quote, d.type() == CueFinder.Type.NON_RESPONSE, referenceYear),
                        quantitiesOf(d), d.confidence()));
            }
            claims.sort(Comparator.comparingInt(ExtractedClaim::start).thenComparingInt(ExtractedClaim::end));
            return claims;
        }

        /** The news agency the article shows it relays: one that reports, asks or is told things in it. */
        private ExtractedSource relayedAgency() {
            ExtractedSource first = null;
            int times = 0;
            for (Draft d : drafts) {
                ExtractedSource agency = d.relay() != null && d.relay().kind() == SourceKind.NEWS_AGENCY ? d.relay()
                        : d.source().kind() == SourceKind.NEWS_AGENCY ? d.source() : null;
                if (agency != null && (first == null || first.name().equals(agency.name()))) {
                    first = agency;
                    times++;
                }
            }
            return times >= 2 ? first : null;
        }

        private List<KnownActor> subjects(Draft d, List<ExtractedSource> chain) {
            List<KnownActor> named = new ArrayList<>();
            for (LinkedMention m : mentions.within(d.start(), d.end())) {
                named.add(m.actor());
            }
            // "The group is reportedly paid $10m a month": the group named before is what the claim is about
            Matcher description = Lexicon.GROUP_DESCRIPTION.matcher(text).region(d.start(), d.end());
            while (description.find()) {
                LinkedMention antecedent = mentions.lastBefore(description.start(),
                        actor -> Lexicon.GROUP_KINDS.contains(actor.kind()));
                named.add(antecedent == null ? null : antecedent.actor());
            }
            List<KnownActor> subjects = new ArrayList<>();
            for (KnownActor actor : named) {
                if (actor != null && chain.stream().noneMatch(s -> s.actor() != null && s.actor().id() == actor.id())
                        && subjects.stream().noneMatch(a -> a.id() == actor.id())) {
                    subjects.add(actor);
                }
            }
            return subjects;
        }

        /** The quantities of the claim, without those that count its sources ("Seven … sources claimed"). */
        private List<ExtractedQuantity> quantitiesOf(Draft d) {
            return allQuantities.stream()
                    .filter(q -> q.start() >= d.start() && q.end() <= d.end())
                    .filter(q -> q.end() <= d.cueStart() || q.start() >= d.cueEnd())
                    .toList();
        }

        /**
         * "{source} {verb}: {content}" ("According to {source}: …" for according-to): the quoted words when they
         * make up most of the claim, else the sentence without the attribution. Statements of fact that embed
         * their attribution (the author's, non-responses, media reports, passives) are the quote itself.
         */
        private String statement(Draft d) {
            String quote = text.substring(d.start(), d.end());
            CueFinder.Type type = d.type();
            if (type == null || type == CueFinder.Type.NON_RESPONSE || type == CueFinder.Type.MEDIA
                    || type == CueFinder.Type.PASSIVE_BY) {
                return collapse(quote);
            }
            String quoted = quotedWords(d);
            String content = collapse(quoted != null ? quoted : withoutAttribution(d)).strip();
            String adjunct = "";
            Matcher opening = OPENING_ADJUNCT.matcher(text).region(d.start(), Math.max(d.start(), d.cueStart()));
            if (quoted == null && !d.side() && type == CueFinder.Type.SPEECH && d.cueStart() <= d.end() && opening.matches()) {
                // "In an interview with Le Monde, X said …" reads "X said in an interview with Le Monde: …"
                // a participle reads as an aside: "X said, asked about the guards: …"
                adjunct = (opening.group(1).matches("(?s)(?:Speaking|Asked|When).*") ? ", " : " ")
                        + Character.toLowerCase(opening.group(1).charAt(0)) + opening.group(1).substring(1);
                content = collapse(text.substring(d.cueEnd(), d.end())).strip();
            }
            Matcher when = ADJUNCT_BEFORE_THAT.matcher(content);
            Matcher time = TIME_OPENING.matcher(content);
            if (quoted == null && adjunct.isEmpty() && type != CueFinder.Type.ACCORDING_TO && when.lookingAt()) {
                adjunct = " " + when.group(1);
                content = content.substring(when.end());
            } else if (quoted == null && adjunct.isEmpty() && type == CueFinder.Type.SPEECH && d.cueStart() <= d.start()
                    && time.lookingAt()) {
                // "X said on Monday the talks had failed": when it was said, then what
                adjunct = " " + time.group(1);
                content = content.substring(time.end());
            }
            int afterCue = Math.min(d.cueEnd(), d.end());
            int quotation = quotationAfter(afterCue, d.end());
            Matcher introducing = TIME_IN_CUE.matcher(text).region(afterCue, quotation > afterCue ? quotation : d.end());
            if (quoted != null && adjunct.isEmpty() && (type == CueFinder.Type.SPEECH || type == CueFinder.Type.INVERTED)
                    && introducing.find()) {
                // "X told parliament on Tuesday: “…”" and "“…,” X said on Monday." read "X told on Tuesday: …"
                adjunct = " " + introducing.group(1);
            }
            Matcher beforeVerb = TIME_IN_CUE.matcher(text).region(d.cueStart(), d.cueEnd());
            if (adjunct.isEmpty() && type == CueFinder.Type.SPEECH && beforeVerb.find()) {
                // "the government on Thursday denied …" reads "the government denied on Thursday: …"
                adjunct = " " + beforeVerb.group(1);
            }
            content = TIDY_START.matcher(content).replaceFirst("");
            content = TIDY_END.matcher(content).replaceFirst("$1").replaceAll("\\s+([,.;:])", "$1").replaceAll(",+", ",");
            char last = quote.strip().charAt(quote.strip().length() - 1);
            if (".!?".indexOf(last) >= 0 && !content.isEmpty() && ".!?…".indexOf(content.charAt(content.length() - 1)) < 0) {
                content = content + last;
            }
            String lead = type == CueFinder.Type.ACCORDING_TO ? "According to " + d.source().name()
                    : d.source().name() + " " + d.verb() + adjunct;
            return lead + ": " + content;
        }

        private String quotedWords(Draft d) {
            int lineStart = text.lastIndexOf('\n', d.start()) + 1;
            int lineEnd = text.indexOf('\n', d.start());
            StringBuilder words = new StringBuilder();
            int firstQuote = -1;
            int lastQuoteEnd = -1;
            for (Quotations.Span q : Quotations.in(text, lineStart, lineEnd < 0 ? text.length() : lineEnd)) {
                int from = Math.max(q.start() + 1, d.start());
                int to = Math.min(q.end() - 1, d.end());
                if (from < to && !(d.cueStart() < q.end() && q.start() < d.cueEnd())) {
                    boolean cueBetween = lastQuoteEnd >= 0 && d.cueStart() >= lastQuoteEnd && d.cueEnd() <= q.start();
                    if (lastQuoteEnd >= 0 && !cueBetween && wordCount(lastQuoteEnd, q.start()) >= 2) {
                        // "“no Russian soldiers” are fighting in Mali, only “instructors”": the words between the
                        // quotations belong to the claim
                        return null;
                    }
                    words.append(words.isEmpty() ? "" : " … ").append(text, from, to);
                    firstQuote = firstQuote < 0 ? q.start() : firstQuote;
                    lastQuoteEnd = q.end();
                }
            }
            String between = firstQuote >= d.cueEnd() && d.cueEnd() >= d.start()
                    ? text.substring(d.cueEnd(), firstQuote).strip() : "";
            if (INDIRECT_LEAD.matcher(between).find() && !between.endsWith(":") && !between.endsWith(",")) {
                // "said the figure was “pure invention”": reported speech that quotes a few of its words; "said on
                // Tuesday: “…”" introduces the quotation
                return null;
            }
            int attribution = d.cueStart() >= d.start() && d.cueEnd() <= d.end()
                    ? letters(text.substring(d.cueStart(), d.cueEnd())) : 0;
            // "told parliament on Tuesday: “…”" only introduces them
            return letters(words) * 2 >= letters(text.substring(d.start(), d.end())) - attribution - letters(between)
                    ? words.toString() : null;
        }

        /** Where the first quotation opens in {@code [from, end)} within a few words of {@code from}, else {@code from}. */
        private int quotationAfter(int from, int end) {
            for (int i = from; i < Math.min(end, from + 60); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '“' || c == '«') {
                    return i;
                }
            }
            return from;
        }

        private String withoutAttribution(Draft d) {
            if (d.cueStart() < d.start() || d.cueEnd() > d.end() || d.cueStart() >= d.cueEnd()) {
                return text.substring(d.start(), d.end());
            }
            String before = text.substring(d.start(), d.cueStart());
            String after = text.substring(d.cueEnd(), d.end());
            // A side claim's words before the verb are its antecedent and the relative pronoun.
            if (d.side() || wordCount(d.start(), d.cueStart()) < 3) {
                return after;
            }
            // "…, said Marc Dupont, whose company employs 300 guards." and "…, the newspaper reported, citing two
            // officials.": what follows the speaker describes the speaker or the attribution, not the claim
            if (SPEAKER_DESCRIPTION.matcher(after).lookingAt()) {
                return before;
            }
            // "The guards have left, Marc Dupont told the BBC in an interview on Sunday.": what follows the verb of a
            // closing attribution says to whom and when, unless it goes on with more of what was said ("…, adding …")
            if (before.stripTrailing().endsWith(",") && !CONTINUED.matcher(after).lookingAt()) {
                return before;
            }
            return wordCount(d.cueEnd(), d.end()) < 3 ? before : before + " " + after;
        }

        private static int letters(CharSequence s) {
            return (int) s.chars().filter(Character::isLetter).count();
        }

        private List<CueFinder.Cue> main(List<CueFinder.Cue> inSentence) {
            return inSentence.stream().filter(c -> !c.side()).toList();
        }

        private int dominantQuote(Sentence s, List<Quotations.Span> quotes) {
            for (int q = 0; q < quotes.size(); q++) {
                Quotations.Span span = quotes.get(q);
                int inside = Math.max(0, Math.min(span.end(), s.end()) - Math.max(span.start(), s.start()));
                if (span.contains(s.start()) || inside * 2 >= s.end() - s.start()) {
                    return q;
                }
            }
            return -1;
        }

        private int sentenceAt(List<Sentence> sentences, int at) {
            for (int k = sentences.size() - 1; k >= 0; k--) {
                if (sentences.get(k).start() <= at) {
                    return k;
                }
            }
            return 0;
        }

        private int wordCount(int start, int end) {
            Matcher w = WORDS.matcher(text).region(start, end);
            int n = 0;
            while (w.find()) {
                n++;
            }
            return n;
        }

        private int contentWords(int start, int end) {
            if (start >= end) {
                return 0;
            }
            Matcher w = WORDS.matcher(text).region(start, end);
            int n = 0;
            while (w.find()) {
                if (!Lexicon.FUNCTION_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) {
                    n++;
                }
            }
            return n;
        }

        private String collapse(String s) {
            return s.replaceAll("\\s+", " ").strip();
        }
    }
}
