package org.claimgraph.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stretches of text that read as proper names: capitalised words joined by a space, a hyphen or a dash
 * ("Jean-Yves", "Army-2021"), an apostrophe before a capital ("N’Djamena", "d'Orsay"), the full stop of an
 * initial ("V. Putin"), an ampersand between capitalised words ("Location & Event"), or lower-case particles between capitalised words ("Jean-Yves le Drian", "Coordination of
 * the Movements of the Azawad"). A possessive ends a run. Runs take no account of aliases: the linker decides
 * what each part of a run is.
 */
final class NameRuns {

    /** Name particles and the connectors of organisation names. "the" only joins after "of" ("of the"). */
    private static final Set<String> PARTICLES = Set.of(
            "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "dos", "das", "al", "el", "bin",
            "ibn", "d", "l", "of", "for");
    /** Particles that can open a name written in lower case ("al Qaeda", "van Gogh"). */
    private static final Set<String> OPENING_PARTICLES = Set.of(
            "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "al", "el", "bin", "ibn");
    private static final int MAX_PARTICLES = 3;

    private NameRuns() {
    }

    /** The runs, each as the indices of its words (particles included) in order. */
    static List<List<Integer>> find(String text, List<Word> words) {
        List<List<Integer>> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!startsName(text, words, i)) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>(List.of(i));
            int last = i;
            while (true) {
                int next = extend(text, words, last);
                if (next < 0) {
                    break;
                }
                for (int w = last + 1; w <= next; w++) {
                    run.add(w);
                }
                last = next;
            }
            runs.add(run);
            i = last + 1;
        }
        return runs;
    }

    /** Whether {@code word} is a particle that can open a name ("al" in "al Qaeda"). */
    static boolean opensName(Word word) {
        return OPENING_PARTICLES.contains(word.text());
    }

    /**
     * A capitalised word starts a run unless it is the second half of a lower-case compound ("neo-Nazi",
     * "pro-Russian"), which makes an adjective, not a name; an opening particle starts one when a capitalised
     * word follows it directly.
     */
    private static boolean startsName(String text, List<Word> words, int i) {
        Word word = words.get(i);
        if (word.isCapitalised()) {
            boolean compound = i > 0 && words.get(i - 1).end() == word.start() - 1 && text.charAt(word.start() - 1) == '-'
                    && !words.get(i - 1).isCapitalised();
            return !compound;
        }
        return opensName(word) && i + 1 < words.size() && words.get(i + 1).isCapitalised()
                && joins(text.substring(word.end(), words.get(i + 1).start()), word, words.get(i + 1));
    }

    /** The index of the next name word the run ending at {@code last} extends to (through particles), or -1. */
    private static int extend(String text, List<Word> words, int last) {
        int particles = 0;
        for (int next = last + 1; next < words.size(); next++) {
            Word word = words.get(next);
            String separator = text.substring(words.get(next - 1).end(), word.start());
            if (!joins(separator, words.get(next - 1), word)) {
                return -1;
            }
            if (word.isCapitalised()) {
                return next;
            }
            if (Character.isDigit(word.text().charAt(0)) && separator.equals("-") && particles == 0) {
                return next;
            }
            boolean particle = PARTICLES.contains(word.text())
                    || (word.text().equals("the") && next > 0 && words.get(next - 1).text().equals("of"));
            if (!particle || ++particles > MAX_PARTICLES) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean joins(String separator, Word before, Word after) {
        return switch (Words.squeezeSpaces(separator)) {
            case " ", "-", "‐", "–" -> true;
            case "'", "’" -> after.isCapitalised();
            case " & " -> before.isCapitalised() && after.isCapitalised(); // "Armed Conflict Location & Event Data Project"
            case ". " -> before.text().length() == 1 && before.isCapitalised();
            default -> false;
        };
    }
}
