package org.claimgraph.ingest.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.KnownActor;
import org.claimgraph.ingest.LinkedMention;
import org.claimgraph.source.SourceKind;

/**
 * Turns the noun phrase in a speaker's position ("French Foreign Minister Jean-Yves Le Drian", "four sources", "a
 * spokesman for Mali's junta", "the source", "he") into a source, or says that it names no speaker.
 *
 * <p>Only the phrase's head counts: the words before the first preposition or participle that is not part of a
 * name ("a security source | in the area", "people | with connections to the Wagner Group"), so that the actors
 * describing a source are not taken for it. In the head, in this order: a named person (not a possessor, "Putin’s
 * spokesman" is not Putin); "the source(s)" and the like, which refer back to the last source of that noun; media
 * wording ("press reports", "media sources such as Reuters": the named outlet if there is one); a spokesperson,
 * expert or anonymous-source noun; a known body or outlet speaking as itself; a news agency's name; an unnamed
 * official's title. A pronoun ("he said") is the last person named before it.
 *
 * <p>Keeps the memory one article needs: the roles seen for each person (so that "Shapochkina agreed" stays an
 * EXPERT after "Anastasiya Shapochkina, professor …") and the recent anonymous sources, for anaphora.
 */
final class Speakers {

    private static final Pattern COUNT = Pattern.compile("(?i)^(?:(?<bounded>more\\h+than|at\\h+least|over|nearly"
            + "|almost|about|around|some|several|many|a\\h+few|few|dozens\\h+of|hundreds\\h+of|numerous|various)"
            + "\\h+)?(?<n>" + Figures.NUMBER + "|an?|one)?\\b");
    private static final Pattern PARTITIVE = Pattern.compile("(?i)(?:" + Figures.NUMBER + "|one|some|most|many|several"
            + "|all|both|none|each|either|neither)\\h+of\\h+(?:the|these|those|them|its|their)\\b\\h*");
    private static final Pattern PART_OF_PRONOUN = Pattern.compile("(?i)\\bof\\h+(?:them|these|those)\\h*$");
    private static final Pattern ANAPHOR = Pattern.compile("(?i)^(?:the|these|those|this|that)\\h+((?:[\\p{L}-]+\\h+)?"
            + "(?:sources?|officials?|diplomats?|spokes(?:man|woman|person)|observers?|experts?))$");
    private static final Pattern LOWER_FIRST = Pattern.compile("(?:a|an|the|his|her|their|its|some|several|many"
            + "|more|most|other|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)");
    /** Longer than this, a "phrase" before a verb is a clause, not a speaker's noun phrase. */
    private static final int MAX_PHRASE_WORDS = 14;
    private static final Pattern MULTI_SPACE = Pattern.compile("\\s+");

    private final String text;
    private final Mentions mentions;
    private final String outletName;
    private final Map<Long, SourceKind> personRoles = new HashMap<>();
    /** Names not yet classified that have spoken as individuals: "he" and "she" may refer to them. */
    private final Set<Long> unclassifiedIndividuals = new HashSet<>();
    private ExtractedSource lastIndividual;
    private int lastIndividualAt = -1;
    private final Deque<ExtractedSource> recent = new ArrayDeque<>();

    Speakers(String text, Mentions mentions, String outletName) {
        this.text = text;
        this.mentions = mentions;
        this.outletName = outletName;
    }

    /** The article's own voice: the outlet when it is known. */
    ExtractedSource author() {
        return new ExtractedSource(SourceKind.AUTHOR, outletName != null ? outletName : "author", null,
                "the article's own voice", null);
    }

    /**
     * A source backed by an actor, with the kind its actor kind and the roles seen for it imply. Bodies speak as
     * INSTITUTION; an actor of any other kind (a person, or a name the graph has not classified yet) is a named
     * individual, OFFICIAL unless a role word said SPOKESPERSON or EXPERT.
     */
    ExtractedSource of(KnownActor actor) {
        SourceKind kind = switch (actor.kind()) {
            case MEDIA_OUTLET -> isAgency(actor) ? SourceKind.NEWS_AGENCY : SourceKind.OUTLET;
            case GOVERNMENT_BODY, STATE, ORGANISATION, ARMED_GROUP, COMPANY, MILITARY_OPERATION, POLITICAL_PARTY,
                 INTERNATIONAL_ORGANISATION, EVENT -> SourceKind.INSTITUTION;
            case UNKNOWN -> {
                SourceKind unclassified = unclassifiedKind(actor);
                if (unclassified != SourceKind.OUTLET && unclassified != SourceKind.INSTITUTION) {
                    unclassifiedIndividuals.add(actor.id());
                }
                yield unclassified;
            }
            default -> personRoles.getOrDefault(actor.id(), SourceKind.OFFICIAL);
        };
        return new ExtractedSource(kind, actor.name(), null, null, actor);
    }

    /** A name no one has classified yet: an outlet or a body when its last word says so, else a named individual. */
    private SourceKind unclassifiedKind(KnownActor actor) {
        return switch (NameShapes.kindOf(actor.name())) {
            case MEDIA_OUTLET -> SourceKind.OUTLET;
            case UNKNOWN -> personRoles.getOrDefault(actor.id(), SourceKind.OFFICIAL);
            default -> SourceKind.INSTITUTION;
        };
    }

    /** Whether the outlet is the article's own publisher, which is then the author, never a relay. */
    boolean isOwnOutlet(ExtractedSource source) {
        if (outletName == null) {
            return false;
        }
        if (source.name().equalsIgnoreCase(outletName)) {
            return true;
        }
        return source.actor() != null && source.actor().aliases().stream().anyMatch(a -> a.equalsIgnoreCase(outletName));
    }

    /** A media outlet named in {@code [start, end)}, by the gazetteer or the list of agencies, or null. */
    ExtractedSource outletIn(int start, int end) {
        for (LinkedMention m : mentions.within(start, end)) {
            if (m.actor() != null && m.actor().kind() == ActorKind.MEDIA_OUTLET) {
                return of(m.actor());
            }
        }
        Matcher agency = Lexicon.AGENCY_NAME.matcher(text).region(start, end);
        if (agency.find()) {
            return new ExtractedSource(SourceKind.NEWS_AGENCY, agency.group(), null, null, null);
        }
        return null;
    }

    /** Records a person's role from the words around their name ("President Putin’s spokesman"). */
    void noteRole(KnownActor person, int start, int end) {
        String words = text.substring(start, end);
        if (Lexicon.SPOKESPERSON_NOUN.matcher(words).find()) {
            personRoles.put(person.id(), SourceKind.SPOKESPERSON);
        } else if (Lexicon.EXPERT_NOUN.matcher(words).find() || words.contains("political scientist")) {
            personRoles.put(person.id(), SourceKind.EXPERT);
        }
    }

    /** Whether the source is a named person, known as one or a new name that has spoken as one. */
    boolean isIndividual(ExtractedSource source) {
        return source.actor() != null && (source.actor().kind() == ActorKind.PERSON
                || source.actor().kind() == ActorKind.UNKNOWN && unclassifiedIndividuals.contains(source.actor().id()));
    }

    /**
     * Makes an anonymous source available to later "the source(s)", and a single speaker, named or not, to a later
     * "he" or "she".
     */
    void remember(ExtractedSource source, int at) {
        if (source.kind() == SourceKind.ANONYMOUS || source.actor() == null && source.kind() != SourceKind.AUTHOR) {
            recent.addFirst(source);
        }
        boolean oneUnnamed = source.actor() == null && Integer.valueOf(1).equals(source.anonymousCount());
        if ((oneUnnamed || isIndividual(source)) && at >= lastIndividualAt) {
            lastIndividual = source;
            lastIndividualAt = at;
        }
    }

    /** True for a title without a name ("the spokeswoman", "Russia’s defense minister"): an apposition may name it. */
    static boolean isRoleOnly(ExtractedSource source) {
        return source.actor() == null && (source.kind() == SourceKind.SPOKESPERSON
                || source.kind() == SourceKind.OFFICIAL || source.kind() == SourceKind.EXPERT);
    }

    /** The source named by {@code text[start, end)}, or null when the phrase names none. */
    ExtractedSource resolve(int start, int end) {
        int[] span = trim(start, end);
        start = span[0];
        end = span[1];
        if (start >= end) {
            return null;
        }
        String phrase = text.substring(start, end);
        if (phrase.split("\\s+").length > MAX_PHRASE_WORDS) {
            return null;
        }
        String name = name(phrase);
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (Lexicon.PRONOUNS.contains(lower)) {
            // The nearer of the last person named and the last single speaker: "A former fighter, who spoke on
            // condition of anonymity, said …. “…,” he said" after a named politician's quote is the fighter's
            LinkedMention person = mentions.lastBefore(start, actor ->
                    actor.kind() == ActorKind.PERSON || unclassifiedIndividuals.contains(actor.id()));
            if (lastIndividual != null && lastIndividualAt < start && (person == null || person.start() < lastIndividualAt)) {
                return lastIndividual;
            }
            return person == null ? null : of(person.actor());
        }
        if (lower.equals("others")) {
            // "Some analysts put the figure at …. Others say …": more of the same kind
            ExtractedSource group = earlierGroup();
            return group == null ? null : new ExtractedSource(group.kind(), "others", null, "others than " + group.name(), null);
        }
        Matcher partOf = PARTITIVE.matcher(text).region(start, end);
        if (partOf.lookingAt() && partOf.end() >= end - 1 && PART_OF_PRONOUN.matcher(partOf.group()).find()) {
            // "one of them said", after "three people familiar with the arrangements told …"
            ExtractedSource group = earlierGroup();
            return group == null ? null : new ExtractedSource(group.kind(), name(phrase).replaceFirst("\\h*\\p{L}+$", "")
                    + " " + group.name(), count(phrase), phrase, null);
        }
        int headEnd = headEnd(start, end);
        List<LinkedMention> inHead = mentions.within(start, headEnd).stream()
                .filter(m -> m.actor() != null && !Mentions.isPossessive(text, m))
                .toList();
        for (int i = inHead.size() - 1; i >= 0; i--) {
            KnownActor actor = inHead.get(i).actor();
            if (actor.kind() == ActorKind.PERSON) {
                noteRole(actor, start, end);
                return of(actor);
            }
        }
        LinkedMention lastName = lastPersonEnding(start, end);
        if (lastName != null) {
            noteRole(lastName.actor(), start, end);
            return of(lastName.actor());
        }
        LinkedMention titled = titledNameEnding(start, end);
        if (titled != null) {
            // described by its title: what makes the name a person's (Ingestor files the candidate as one)
            noteRole(titled.actor(), start, end);
            return withDescription(of(titled.actor()), phrase);
        }
        String head = text.substring(start, headEnd);
        Matcher anaphor = ANAPHOR.matcher(head.strip());
        if (anaphor.matches()) {
            ExtractedSource earlier = earlier(anaphor.group(1));
            if (earlier != null) {
                return earlier;
            }
        }
        if (Lexicon.OUTLET_NOUN.matcher(head).find()) {
            ExtractedSource outlet = outletIn(start, end);
            return outlet != null ? withDescription(outlet, phrase)
                    : new ExtractedSource(SourceKind.OUTLET, name, null, phrase, null);
        }
        if (Lexicon.DOCUMENT_NOUN.matcher(head).find() && !Lexicon.ANONYMOUS_NOUN.matcher(head).find()) {
            return new ExtractedSource(SourceKind.DOCUMENT, name, null, phrase, null);
        }
        if (Lexicon.SPOKESPERSON_NOUN.matcher(head).find()) {
            return new ExtractedSource(SourceKind.SPOKESPERSON, name, null, phrase, null);
        }
        if (Lexicon.EXPERT_NOUN.matcher(head).find()) {
            return new ExtractedSource(SourceKind.EXPERT, name, null, phrase, null);
        }
        if (Lexicon.ANONYMOUS_NOUN.matcher(head).find()) {
            return new ExtractedSource(SourceKind.ANONYMOUS, name, count(head), phrase, null);
        }
        if (!inHead.isEmpty() && Lexicon.INDIVIDUAL_NOUN.matcher(head).find()
                && inHead.get(inHead.size() - 1).end() < start + head.stripTrailing().length()) {
            // "a former Wagner fighter", "two Malian soldiers": people the actor's name describes, not the actor
            return new ExtractedSource(SourceKind.ANONYMOUS, name, count(head), phrase, null);
        }
        if (!inHead.isEmpty()) {
            return of(inHead.get(inHead.size() - 1).actor());
        }
        if (Lexicon.INSTITUTION_NOUN.matcher(head).find()) {
            return new ExtractedSource(SourceKind.INSTITUTION, name, null, phrase, null);
        }
        Matcher agency = Lexicon.AGENCY_NAME.matcher(head);
        if (agency.find()) {
            return new ExtractedSource(SourceKind.NEWS_AGENCY, agency.group(), null, null, null);
        }
        if (Lexicon.OFFICIAL_NOUN.matcher(head).find()) {
            return new ExtractedSource(SourceKind.OFFICIAL, name, null, phrase, null);
        }
        return null;
    }

    /**
     * A person named at the very end of the phrase after a title ("the French Minister of Defense Florence
     * Parly"), but not after a preposition ("a spokesman for Putin").
     */
    private LinkedMention lastPersonEnding(int start, int end) {
        List<LinkedMention> all = mentions.within(start, end);
        if (all.isEmpty()) {
            return null;
        }
        LinkedMention last = all.get(all.size() - 1);
        boolean person = last.actor() != null && last.actor().kind() == ActorKind.PERSON;
        if (!person || last.end() != end || Mentions.isPossessive(text, last)) {
            return null;
        }
        Matcher word = Pattern.compile("([\\p{L}’']+)\\P{L}*$").matcher(text).region(start, last.start());
        return word.find() && Lexicon.PHRASE_BREAKS.contains(word.group(1).toLowerCase(Locale.ROOT)) ? null : last;
    }

    /**
     * A name no one has classified yet, right after a title at the end of the phrase ("government spokesman
     * Abdoulaye Maïga"): a person speaking in that role, so the source is backed by them like a known person's.
     */
    private LinkedMention titledNameEnding(int start, int end) {
        List<LinkedMention> all = mentions.within(start, end);
        if (all.isEmpty()) {
            return null;
        }
        LinkedMention last = all.get(all.size() - 1);
        if (last.actor() == null || last.actor().kind() != ActorKind.UNKNOWN || last.end() != end
                || Mentions.isPossessive(text, last)) {
            return null;
        }
        Matcher word = Pattern.compile("([\\p{L}’']+)\\h+$").matcher(text).region(start, last.start());
        if (!word.find()) {
            return null;
        }
        String title = word.group(1);
        return Lexicon.SPOKESPERSON_NOUN.matcher(title).matches() || Lexicon.EXPERT_NOUN.matcher(title).matches()
                || Lexicon.OFFICIAL_NOUN.matcher(title).matches() ? last : null;
    }

    /** Role words next to a named person become their source kind: "Dmitri Peskov, President Putin’s spokesman". */
    ExtractedSource withRole(ExtractedSource person, ExtractedSource role) {
        if (!isIndividual(person)) {
            return person;
        }
        // A name first seen here is described by its title, which is what makes it a person's (see Ingestor)
        String description = person.description() == null && person.actor().kind() == ActorKind.UNKNOWN
                ? (role.description() != null ? role.description() : role.name()) : person.description();
        if (role.kind() == SourceKind.SPOKESPERSON || role.kind() == SourceKind.EXPERT) {
            personRoles.put(person.actor().id(), role.kind());
            return new ExtractedSource(role.kind(), person.name(), null, description, person.actor());
        }
        return new ExtractedSource(person.kind(), person.name(), person.anonymousCount(), description, person.actor());
    }

    /** The last source of several people the article named ("three diplomatic sources", "analysts"), or null. */
    private ExtractedSource earlierGroup() {
        for (ExtractedSource source : recent) {
            boolean several = source.anonymousCount() != null ? source.anonymousCount() > 1 : source.name().endsWith("s")
                    || source.name().endsWith("people");
            if (several && source.actor() == null) {
                return source;
            }
        }
        return null;
    }

    private ExtractedSource earlier(String noun) {
        boolean plural = noun.endsWith("s") && !noun.endsWith("ss");
        for (ExtractedSource source : recent) {
            String name = source.name().toLowerCase(Locale.ROOT);
            boolean sourcePlural = source.anonymousCount() == null ? name.endsWith("s") : source.anonymousCount() > 1;
            String lastWord = noun.substring(noun.lastIndexOf(' ') + 1);
            if (plural == sourcePlural && name.contains(lastWord.substring(0, Math.min(lastWord.length(), 5)))) {
                return source;
            }
        }
        return null;
    }

    /** The end of the phrase's head: the first break word that is not inside a name. */
    private int headEnd(int start, int end) {
        Matcher partitive = PARTITIVE.matcher(text).region(start, end);
        if (partitive.lookingAt()) {
            // "two of the sources": the head is what they are part of
            start = partitive.end();
        }
        Matcher word = Pattern.compile("[\\p{L}’']+").matcher(text).region(start, end);
        boolean first = true;
        while (word.find()) {
            if (!first && Lexicon.PHRASE_BREAKS.contains(word.group().toLowerCase(Locale.ROOT))
                    && !mentions.covers(word.start())) {
                return word.start();
            }
            first = false;
        }
        return end;
    }

    /** Strips spaces, punctuation and leading conjunctions or relative words from the phrase. */
    private int[] trim(int start, int end) {
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        Matcher lead = Lexicon.CLAUSE_LEAD.matcher(text).region(start, end);
        if (lead.lookingAt() && lead.end() < end) {
            start = lead.end();
        }
        return new int[]{start, end};
    }

    private static Integer count(String head) {
        Matcher m = COUNT.matcher(head.strip());
        if (!m.lookingAt() || m.group("bounded") != null) {
            return null;
        }
        if (m.group("n") == null) {
            // "diplomatic sources" does not say how many; "source close to X" is one.
            Matcher noun = Lexicon.ANONYMOUS_NOUN.matcher(head);
            return noun.find() && !noun.group().toLowerCase(Locale.ROOT).endsWith("s")
                    && !noun.group().equalsIgnoreCase("people") ? 1 : null;
        }
        return Figures.parse(m.group("n")).value().intValue();
    }

    private static ExtractedSource withDescription(ExtractedSource s, String description) {
        return new ExtractedSource(s.kind(), s.name(), s.anonymousCount(), description, s.actor());
    }

    /** The phrase as a name: spaces collapsed, a leading determiner or number word in lower case ("a spokesman"). */
    private static String name(String phrase) {
        String name = MULTI_SPACE.matcher(phrase.strip()).replaceAll(" ");
        String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
        return LOWER_FIRST.matcher(first).matches() ? first + name.substring(first.length()) : name;
    }

    /** Where the phrase at {@code [start, end)} starts once spaces, punctuation and lead words are stripped. */
    int phraseStart(int start, int end) {
        return trim(start, end)[0];
    }

    private static boolean isAgency(KnownActor actor) {
        return Lexicon.isAgency(actor.name()) || actor.aliases().stream().anyMatch(Lexicon::isAgency);
    }
}
