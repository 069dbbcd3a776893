package org.claimgraph.ingest.link;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * English words that are capitalised in news text without naming anyone, in three kinds: function words and
 * dates (sentence starts, "On Monday"), titles and roles that stand before a name ("Foreign Minister",
 * "Colonel"), and nationality adjectives ("French", "Malian"), which may also open an organisation's name
 * ("French Foreign Ministry"). General English, not taken from any corpus. Kept in code rather than in a resource
 * file so that native images need no resource registration.
 */
final class CommonWords {

    enum Kind { FUNCTION, TITLE, DEMONYM }

    /** The words of page furniture ("Watch:", "Breaking News"), which also end names ("Human Rights Watch"). */
    private static final String PAGE_LABELS = """
            breaking update updated live news exclusive analysis opinion comment editorial read see photo video
            watch share click subscribe advertisement related
            """;
    private static final Set<String> PAGE_LABEL_WORDS = words(PAGE_LABELS);

    /** Function words, numbers, months, days and the words of page furniture. */
    private static final Set<String> FUNCTION = words("""
            a about above according across after again against ago all almost along already also although always am
            among an and another any are around as at back be because been before behind being below beneath beside
            besides between beyond both but by can cannot could despite did do does during each earlier either else
            even ever every except few finally first for from further furthermore had has have he her here
            hers him his how however i if in indeed inside instead into is it its just last later latter least less
            let like many may maybe me meanwhile might mine more moreover most much must my near neither never new
            next no nor not now of off often on once one only onto or other otherwise our out over own past perhaps
            rather recently said same says second she should since so some soon still such than that the their
            them then there therefore these they third this those though through throughout thus to today tomorrow
            tonight too toward towards two under unlike until up upon us very via was we were what whatever when
            where whether which while whilst who whom whose why will with within without would yesterday yet you
            your three four five six seven eight nine ten hundred thousand million billion yes
            eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
            sixty seventy eighty ninety dozen dozens hundreds thousands millions
            january february march april june july august september october november december jan feb mar apr
            jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
            """ + PAGE_LABELS);

    /** Titles, ranks and roles. */
    private static final Set<String> TITLES = words("""
            president presidents vice prime minister ministers deputy foreign defence defense interior secretary
            general colonel lieutenant major captain commander admiral sergeant marshal chief senior former acting
            spokesman spokeswoman spokesperson ambassador envoy senator governor mayor king queen prince princess
            sheikh emir sultan pope bishop cardinal professor doctor director chairman chairwoman head leader
            official officials diplomat diplomats analyst expert researcher journalist reporter editor
            correspondent judge attorney lawyer speaker representative member mr mrs ms dr prof sir madam lord
            """);

    /** Nationality, regional and religious adjectives. */
    private static final Set<String> DEMONYMS = words("""
            afghan african albanian algerian american angolan arab argentine armenian asian australian austrian
            belarusian belgian beninese bolivian bosnian brazilian british bulgarian burkinabe burmese burundian
            cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish
            dutch egyptian emirati english eritrean estonian ethiopian european filipino finnish french gabonese
            gambian georgian german ghanaian greek guinean haitian hungarian indian indonesian iranian iraqi irish
            israeli italian ivorian japanese jordanian kazakh kenyan korean kurdish kuwaiti latvian lebanese
            liberian libyan lithuanian malagasy malawian malaysian malian mauritanian mexican moldovan mongolian
            moroccan mozambican namibian nigerian nigerien norwegian pakistani palestinian peruvian polish
            portuguese qatari romanian russian russians rwandan saudi scottish senegalese serbian slovak slovenian
            somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai togolese tunisian turkish
            turkmen ugandan ukrainian uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean western eastern
            northern southern soviet islamist islamists jihadist jihadists muslim christian jewish sunni shia
            francophone anglophone sahelian europeans africans americans
            """);

    private CommonWords() {
    }

    private static Set<String> words(String list) {
        return Arrays.stream(list.split("\\s+")).filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The kind of {@code word}, or null when it is not one of these words. Short all-capitals words are acronyms ("US"), not "us". */
    static boolean isPageLabel(Word word) {
        return PAGE_LABEL_WORDS.contains(word.text().toLowerCase(Locale.ROOT));
    }

    static Kind kindOf(Word word) {
        if (word.isAllCaps() && word.text().length() <= 4 && word.text().length() > 1) {
            return null;
        }
        return kindOf(word.text().toLowerCase(Locale.ROOT));
    }

    /** The kind of a word in lower case, or null when it is not one of these words. */
    static Kind kindOf(String lowerCaseWord) {
        if (FUNCTION.contains(lowerCaseWord)) {
            return Kind.FUNCTION;
        }
        if (TITLES.contains(lowerCaseWord)) {
            return Kind.TITLE;
        }
        return DEMONYMS.contains(lowerCaseWord) ? Kind.DEMONYM : null;
    }

    static boolean contains(Word word) {
        return kindOf(word) != null;
    }

    static boolean contains(String lowerCaseWord) {
        return kindOf(lowerCaseWord) != null;
    }
}
