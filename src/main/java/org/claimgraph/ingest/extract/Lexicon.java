package org.claimgraph.ingest.extract;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.actor.ActorKind;

/**
 * The English words the extractor keys on. Everything here is general news vocabulary; nothing names an actor, an
 * article or a sentence of any corpus.
 */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Finite reporting verbs: speech ("said", "told"), stated positions ("considers", "warned", "denies") and
     * multi-word forms ("made it clear", "do not rule out", "refused to speak more"). Bare nouns that double as
     * verbs ("states", "notes") are left out because they turn subjects into speakers too often; "reports" counts
     * only before what is reported ({@link #NEED_CONTENT}: "state television reports that …").
     */
    private static final List<String> SPEECH_VERB_FORMS = List.of(
            "said", "says", "say", "told", "tells", "tell", "added", "adds", "add", "claimed", "claims", "claim",
            "warned", "warns", "warn", "denied", "denies", "deny", "acknowledged", "acknowledges", "acknowledge",
            "confirmed", "confirms", "confirm", "explained", "explains", "explain", "announced", "announces",
            "announce", "agreed", "agrees", "agree", "disagreed", "disagrees", "disagree", "insisted", "insists",
            "insist", "stressed", "stresses", "noted", "stated", "argued", "argues", "argue", "believes", "believe",
            "believed", "considers", "consider", "considered", "estimated", "estimates", "estimate", "responded", "responds",
            "respond", "replied", "replies", "reported", "informed", "informs", "wrote", "writes", "accused", "accuses", "accuse",
            "criticized", "criticised", "criticizes", "criticises", "criticize", "criticise", "alleged", "alleges",
            "allege", "suggested", "suggests", "revealed", "reveals", "admitted", "admits", "admit", "declared",
            "declares", "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "recalled", "recalls",
            "maintained", "maintains", "predicted", "predicts", "assured", "assures", "asserted", "asserts",
            "dismissed", "dismisses", "rejected", "rejects", "refuted", "refutes", "complained", "complains",
            "commented", "comments", "observed", "observes", "pointed out", "points out", "made it clear",
            "makes it clear", "make it clear", "do not rule out", "does not rule out", "did not rule out",
            "don't rule out", "doesn't rule out", "didn't rule out", "refused to speak", "refused to speak more",
            "refused to speak further", "refused to elaborate", "declined to speak", "declined to elaborate",
            "quoted as saying", "put", "puts", "asked", "asks", "reports", "called", "calls", "described", "describes");

    /** {@link #SPEECH_VERB_FORMS} as one pattern, longest form first so that "refused to speak more" wins. */
    static final Pattern SPEECH_VERB = Pattern.compile("\\b(?:" + SPEECH_VERB_FORMS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(form -> Pattern.quote(form).replace(" ", "\\E\\h+\\Q"))
            .collect(Collectors.joining("|")) + ")\\b");

    /**
     * The first words of the forms. The pattern is only tried where one of them starts: a large alternation tried
     * at every character was the extractor's most expensive step.
     */
    static final Set<String> SPEECH_VERB_FIRST_WORDS = SPEECH_VERB_FORMS.stream()
            .map(form -> form.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());

    /** Verbs whose passive with "by" names a source: "documented by journalists", "linked to X by Reuters". */
    static final Pattern PASSIVE_BY = Pattern.compile("\\b(?:documented|reported|alleged|confirmed|denounced|accused"
            + "|revealed|connected|linked|tied|described|criticized|criticised|condemned|quoted|cited|denied)"
            + "\\h+(?:[^,;:.\\u0001]{0,60}?\\h+)?by\\h+");

    /** Participles that continue a statement: ", adding that …", "telling Putin, “…”". */
    static final Pattern SPEECH_PARTICIPLE = Pattern.compile(
            ",\\h*(?<verb>adding|saying|noting|stressing|warning|insisting|explaining|claiming|arguing|telling"
                    + "|recalling|acknowledging|denying)\\b");

    /** A party that did not answer: researchers ask who stayed silent. */
    static final Pattern NON_RESPONSE = Pattern.compile("\\b(?:(?:did|does|has|have|had)\\h+not|didn't|hasn't|haven't)"
            + "\\h+(?:immediately\\h+|yet\\h+)?(?:reply|replied|respond|responded|react|reacted|comment|commented|return)"
            + "|\\bcould(?:\\h+not|n't)\\h+(?:immediately\\h+)?be\\h+(?:reached|contacted)"
            + "|\\b(?:refused|refuses|declined|declines)\\h+to\\h+comment|\\bwent\\h+unanswered"
            + "|\\bno\\h+comment\\b|\\bnot\\h+(?:immediately\\h+)?available\\h+for\\h+comment");

    /**
     * Verbs that report speech only with content after them or at the end of the sentence: "responded: …" and
     * "Smith agreed.", not "responded to the furor" or "a plan agreed with the company"; "the Journal reported that
     * …", not "the clashes reported in Gao".
     */
    static final Set<String> NEED_CONTENT = Set.of("responded", "responds", "respond", "replied", "replies", "agreed",
            "agrees", "agree", "disagreed", "disagrees", "disagree", "reported", "reports");

    /** Words that may sit between a speaker and the verb: "has previously told", "further claims". */
    static final Set<String> SKIPPABLE_BEFORE_VERB = Set.of("has", "have", "had", "also", "further", "even",
            "previously", "later", "then", "again", "however", "repeatedly", "publicly", "already", "recently", "now",
            "once", "officially", "separately", "privately", "earlier", "reportedly", "himself", "herself", "itself",
            "themselves", "will", "would", "swiftly", "quickly", "immediately", "first", "last",
            "initially", "subsequently", "still", "openly", "always", "never");

    /** Forms of "be" before a participle: "is considered" is a passive, not a speaker considering. */
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "not", "n't", "to",
            "never", "who", "which");

    /** Words that end a speaker's noun phrase: what follows describes the speaker ("a source in the area"). */
    static final Set<String> PHRASE_BREAKS = Set.of("for", "of", "in", "with", "from", "at", "on", "close",
            "familiar", "near", "within", "who", "which", "that", "based", "tracking", "following", "monitoring",
            "involved", "connected", "speaking", "such", "including", "when", "while", "after", "before", "during",
            "because", "to", "by", "about", "over", "under", "between", "among");

    /** Leading words of a clause that are not part of its subject: "that the ministry said", "from which X …". */
    static final Pattern CLAUSE_LEAD = Pattern.compile("^(?:(?:this|that|it)\\h+is\\h+what\\h+)?"
            + "(?:(?:and|but|so|yet|while|whereas|because|as|when|if"
            + "|although|though|since|that|then|meanwhile|moreover|also|however|indeed|from|in|to|of|for|with|by|at"
            + "|on)\\h+)*(?:which|whom|whose)?\\h*", Pattern.CASE_INSENSITIVE);

    /** A participle phrase set off by commas between a speaker and the verb: "A diplomat, speaking on condition of …,". */
    static final Pattern PARTICIPLE_ASIDE = Pattern.compile("^(?:speaking|writing|asked|responding|reacting|commenting"
            + "|interviewed|contacted|reached|addressing|visiting|briefing)\\b", Pattern.CASE_INSENSITIVE);

    /** Participles that date a document rather than its words: "a report published last week said". */
    static final String PUBLISHED = "(?:published|released|issued|circulated|leaked|presented|seen|obtained|dated)";

    static final Pattern RELATIVE_LEAD = Pattern.compile("^(?:[\\p{L}]+\\h+)?(?:who|which|whom|whose)\\b",
            Pattern.CASE_INSENSITIVE);

    // Nouns that make a noun phrase a source of its own. Groups decide the source kind.
    static final Pattern SPOKESPERSON_NOUN = Pattern.compile(
            "\\b(?:spokes(?:man|woman|person|people|men|women)|press\\h+(?:office|service|secretary|officer)"
                    + "|press\\h+team|communications\\h+office)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern EXPERT_NOUN = Pattern.compile("\\b(?:experts?|analysts?|researchers?|scholars?|specialists?"
            + "|academics?|professors?|scientists?|economists?|historians?)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern OUTLET_NOUN = Pattern.compile("\\b(?:press\\h+reports?|media\\h+reports?|news\\h+reports?"
            + "|media\\h+sources?|media\\h+outlets?|reports|media|newspapers?|the\\h+press"
            + "|(?:state|public|national)\\h+(?:television|tv|radio|broadcaster|news\\h+agency))\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ANONYMOUS_NOUN = Pattern.compile("\\b(?:sources?|officials?|diplomats?|observers?|people"
            + "|persons?|residents?|witnesses|witness|insiders?|officers?|commanders?|aides?|advisers?|advisors?"
            + "|rumou?rs|journalists?|activists?|critics?|locals|organi[sz]ations|groups|members|figures"
            + "|representatives?|negotiators?)\\b", Pattern.CASE_INSENSITIVE);
    /** A definite description that refers back to an armed group or company: "the group", "the firm". */
    static final Pattern GROUP_DESCRIPTION = Pattern.compile("\\b(?i:the)\\h+(?:(?:paramilitary|mercenary|private\\h+military"
            + "|security|Russian)\\h+)?(?:group|company|firm|contractors|mercenaries|outfit)\\b");
    static final Set<ActorKind> GROUP_KINDS = EnumSet.of(ActorKind.ARMED_GROUP, ActorKind.COMPANY);

    /** People a name may describe without being them: "a former Wagner fighter", "two Malian soldiers". */
    static final Pattern INDIVIDUAL_NOUN = Pattern.compile("\\b(?:fighters?|soldiers?|mercenar(?:y|ies)|members?"
            + "|residents?|witness(?:es)?|villagers?|workers?|employees?|officers?|commanders?|contractors?|guards?"
            + "|insiders?|defectors?|veterans?|pilots?|doctors?|farmers?|traders?|miners?|recruits?|instructors?)\\h*$",
            Pattern.CASE_INSENSITIVE);

    /** Written sources: "according to its website", "a UN report said". */
    static final Pattern DOCUMENT_NOUN = Pattern.compile("\\b(?:website|report|statement|study|survey|documents?"
            + "|filings?|data|figures|records|census|communiqu[eé]|press\\h+release|decree|memo|letter|audit|dossier"
            + "|database|registry|register|cable|transcript)\\b", Pattern.CASE_INSENSITIVE);

    /** Bodies that speak as such without being in the gazetteer ("the ministry said", "police said"). */
    static final Pattern INSTITUTION_NOUN = Pattern.compile("\\b(?:ministry|ministries|government|army|police"
            + "|embassy|council|committee|commission|court|parliament|presidency|department|agency|administration"
            + "|authorities|junta|company|firm|office|prosecutors?|regulator|secretariat|cabinet|palace|countries|nations"
            + "|allies|signatories|institute|observatory|foundation|think\\h+tank|charity)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Titles that, without a name, make an unnamed official ("the minister said"). */
    static final Pattern OFFICIAL_NOUN = Pattern.compile("\\b(?:minister|president|prime\\h+minister|ambassador"
            + "|envoy|general|governor|mayor|secretary|chief|commander|colonel|director|deputy|diplomat"
            + "|head\\h+of\\h+state)\\b", Pattern.CASE_INSENSITIVE);

    /** The world's main news agencies; an outlet on this list is a NEWS_AGENCY, any other outlet an OUTLET. */
    static final Set<String> NEWS_AGENCIES = Set.of("reuters", "afp", "agence france-presse", "agence france presse",
            "associated press", "ap", "bloomberg", "tass", "ria novosti", "interfax", "xinhua", "ansa", "dpa",
            "efe", "anadolu", "anadolu agency", "kyodo", "yonhap", "upi", "pti", "europa press", "apa", "sputnik");
    static final Pattern AGENCY_NAME = Pattern.compile("\\b(?:Reuters|AFP|Agence France[- ]Presse|Associated Press"
            + "|AP|Bloomberg|TASS|RIA Novosti|Interfax|Xinhua|ANSA|DPA|dpa|EFE|Anadolu(?: Agency)?|Kyodo|Yonhap"
            + "|UPI|Europa Press|Sputnik)\\b");

    /** Words that, after "told", name an audience rather than a relay: "told reporters". */
    static final Pattern AUDIENCE = Pattern.compile("^\\h*(?:reporters|journalists|the\\h+press|a\\h+news\\h+conference"
            + "|lawmakers|parliament|the\\h+media|(?:state|national|public|local)\\h+(?:television|tv|radio|media|broadcaster)"
            + "|(?:a|the)\\h+(?:television|radio)\\h+(?:station|channel|programme|program|interview))\\b", Pattern.CASE_INSENSITIVE);

    /** Evaluative openings that mark rhetoric, not a claim of fact ("It is understandable that …"). */
    static final Pattern RHETORIC = Pattern.compile("^(?:it\\h+is\\h+(?:understandable|obvious|natural|normal"
            + "|legitimate|no\\h+surprise|not\\h+surprising|unsurprising|worth\\h+\\p{L}+ing|important\\h+to)"
            + "|it\\h+must\\h+be\\h+said|needless\\h+to\\h+say|nothing\\h+(?:can|could)\\h+be"
            + "|it\\h+goes\\h+without\\h+saying)\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern YEAR_OR_DATE = Pattern.compile("\\b(?:1[89]\\d{2}|20\\d{2})s?\\b|\\b(?:January|February"
            + "|March|April|May|June|July|August|September|October|November|December)\\h+\\d{1,2}\\b"
            + "|\\b\\d{1,2}\\h+(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December)\\b|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    static final Set<String> PRONOUNS = Set.of("he", "she");

    /** Words that cannot carry a claim on their own (used to tell a bare "X agreed." from a statement). */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "to", "of", "and", "or", "in", "on", "at",
            "that", "this", "it", "with", "for", "by", "more", "further", "reporters", "journalists");

    static boolean isAgency(String name) {
        return name != null && NEWS_AGENCIES.contains(name.toLowerCase(Locale.ROOT).trim());
    }
}
