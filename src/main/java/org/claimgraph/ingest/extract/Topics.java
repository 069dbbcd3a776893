package org.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topic slugs of the controlled vocabulary (docs/CORPUS.md §9) from general keywords. Only common words: names of
 * actors would tie topics to one corpus. A claim gets every topic whose keywords it contains.
 *
 * <p>Keywords are whole words, {@code word*} prefixes ("negotiat*") or phrases of several words; the quote is
 * tokenised once and looked up, which is an order of magnitude faster than one regex per topic.
 */
final class Topics {

    static final String NON_RESPONSE = "non-response";

    private static final Map<String, String[]> KEYWORDS = new LinkedHashMap<>();

    static {
        put("payments", "paid pay pays paying payment payments fee fees salary salaries financ* fund funds funding"
                + " money million millions billion billions dollar dollars euro euros franc francs remunerat* business"
                + " economic_interests");
        put("deployment", "troops deploy* mercenar* contractors paramilitar* soldiers force forces presence arrival"
                + " arrive withdraw* stationed send sent sending base bases contingent fighters operators");
        put("mining", "mine mines mining uranium gold mineral minerals natural_resources extract*");
        put("human-rights", "abuse abuses atrocit* execution executions tortur* detention detentions human_rights"
                + " humanitarian brutal* violation violations massacre massacres civilian civilians killing killings");
        put("diplomacy", "diplomat* foreign_minister foreign_ministry foreign_ministers talks negotiat* visit*"
                + " summit relations meeting meetings dialogue ambassador envoy allies agreement");
        put("sovereignty", "sovereign* independence diversify choose_its_partners choose_their_partners");
        put("counter-terrorism", "terror* jihad* insurgen* counterinsurgency counter-insurgency counter-terrorism"
                + " counterterrorism anti-terrorism anti-terrorist islamist*");
        put("history", "soviet soviets ussr cold_war colonial_era decades_ago");
        put("training", "train trains trained training instruct* drill drills");
        put("security-assistance", "military_cooperation defense_pact defence_pact defense_cooperation"
                + " defence_cooperation protect* security_for military_support equipment collaboration"
                + " security_partner assistance provide_security");
        put("public-opinion", "public_opinion demonstrat* protest protests protester protesters protestor"
                + " protestors population popular sentiment");
        put("arms-trade", "weapons arms helicopter helicopters rifles tanks kalashnikov kalashnikovs equipment"
                + " arms_exporter");
        put("influence", "influence sphere narrative instrument asset interference foothold geopolitic* rivalry"
                + " power_relations reputation storytelling penetration proxy deniab* covert");
        put("political-transition", "coup coups junta transition* election elections seized_power"
                + " military_in_power");
        put("peace-process", "peace reconciliation ceasefire rebel rebels armed_groups hostilities");
        put("nuclear-energy", "uranium nuclear");
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})s?\\b");

    private Topics() {
    }

    /** Phrases are stored as "_word_word_" and prefixes as "*stem", ready to look up. */
    private static void put(String slug, String keywords) {
        String[] terms = keywords.split(" ");
        for (int i = 0; i < terms.length; i++) {
            String t = terms[i];
            terms[i] = t.indexOf('_') >= 0 ? "_" + t + "_" : t.endsWith("*") ? "*" + t.substring(0, t.length() - 1) : t;
        }
        KEYWORDS.put(slug, terms);
    }

    /**
     * The topics of {@code quote}. A year at least two years before {@code referenceYear} (the latest year the
     * article names) also makes it history, so the rule ages with the articles instead of hard-coding a year.
     */
    static List<String> of(String quote, boolean nonResponse, int referenceYear) {
        Set<String> words = new HashSet<>();
        Matcher w = WORD.matcher(quote.toLowerCase(Locale.ROOT));
        StringBuilder joined = new StringBuilder("_");
        while (w.find()) {
            words.add(w.group());
            joined.append(w.group()).append('_');
        }
        List<String> topics = new ArrayList<>();
        for (Map.Entry<String, String[]> e : KEYWORDS.entrySet()) {
            if (mentions(words, joined.toString(), e.getValue())) {
                topics.add(e.getKey());
            }
        }
        if (!topics.contains("history") && referenceYear > 0) {
            for (String word : words) {
                if (word.length() == 4 && YEAR.matcher(word).matches() && Integer.parseInt(word) <= referenceYear - 2) {
                    topics.add("history");
                    break;
                }
            }
        }
        if (nonResponse) {
            topics.add(NON_RESPONSE);
        }
        return topics;
    }

    private static boolean mentions(Set<String> words, String joined, String[] keywords) {
        for (String k : keywords) {
            if (k.charAt(0) == '_') {
                if (joined.contains(k)) {
                    return true;
                }
            } else if (k.charAt(0) == '*') {
                for (String word : words) {
                    if (word.regionMatches(0, k, 1, k.length() - 1)) {
                        return true;
                    }
                }
            } else if (words.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The latest year named in a text, or 0. */
    static int latestYear(String text) {
        int latest = 0;
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            latest = Math.max(latest, Integer.parseInt(year.group(1)));
        }
        return latest;
    }
}
