package org.claimgraph.ingest.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.KnownActor;

/**
 * Typo-tolerant look-up of names in the normalised form of {@link Words#normalise} (lower case, no accents).
 *
 * <p>The rule for a name of two or more words (e.g. "Florence Parlya", "Sergueï Choïgou"):
 * <ol>
 * <li>its <em>last</em> word (the surname) is within {@link #maxEdits} of the last word of an alias of two or
 * more words;</li>
 * <li>its first word matches the alias's first word the same way (or is its initial), and any further words match
 * later alias words in order: middle names may be missing from the text ("Choguel Maiga" for "Choguel Kokalla
 * Maïga") but a word the alias does not have is not tolerated;</li>
 * <li>the edits add up to at most one per five characters of the longer name;</li>
 * <li>the fewest edits win; a tie between two actors is ambiguous and links neither.</li>
 * </ol>
 * A different first name with the same surname is a different person (Modibo Keïta is not Ibrahim Boubacar Keïta),
 * which is why the first word has to match too. Edits and missing words are tolerated only in the names of people,
 * and only when the surname is not a {@link CommonWords common word}: people's names are what transliteration and
 * typing vary, while an organisation's name with a word changed or left out is usually another body ("French
 * Minister" is not the "French Foreign Ministry"). Other names must match word for word in normalised form ("The
 * Wagner Group" → "the Wagner Group").
 *
 * <p>A single word is riskier: "Russian" is one letter from "Russia". So it matches (a) when it equals a one-word
 * alias in normalised form and has at least four letters ("Vkontakte" → VKontakte; not "Us" → US), or (b) when it
 * is at least six letters long, is not at the start of a sentence, starts with the same letter as a capitalised
 * one-word alias and is one edit from it, without either being a prefix of the other — the prefix case being how
 * demonyms and plurals differ from names ("Malian", "Russians").
 *
 * <p>Candidate words are found through a trigram index over the aliases' last words, so a look-up reads a few
 * posting lists instead of every alias.
 */
final class FuzzyNames {

    /** A look-up result; {@code actor} is null when two actors fit equally well. */
    record Resolution(KnownActor actor) {
    }

    /** An alias in normalised words; {@code actor} is null when two actors share it. */
    private record Entry(List<String> words, KnownActor actor, boolean capitalised, boolean person) {
    }

    private static final char PAD = '\u0002';
    private static final int[] NO_WORDS = new int[0];
    private static final int SINGLE_WORD_EXACT_MIN = 4;
    private static final int SINGLE_WORD_TYPO_MIN = 6;

    private final Map<String, List<Entry>> namesByLastWord = new HashMap<>();
    private final Map<String, Entry> singleWords = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final Map<String, int[]> vocabularyByTrigram = new HashMap<>();

    /** Every name's entry, by its normalised words: what {@link #FuzzyNames(FuzzyNames, List)} extends. */
    private final Map<List<String>, Entry> entries = new LinkedHashMap<>();

    FuzzyNames(List<KnownActor> actors) {
        this(null, actors);
    }

    /** {@code base}'s names and those of {@code actors}; an actor already in {@code base} is replaced by its new version. */
    FuzzyNames(FuzzyNames base, List<KnownActor> actors) {
        if (base != null) {
            Map<Long, KnownActor> changed = new HashMap<>();
            actors.forEach(actor -> changed.put(actor.id(), actor));
            base.entries.forEach((words, entry) -> {
                KnownActor now = entry.actor() == null ? null : changed.get(entry.actor().id());
                entries.put(words, now == null ? entry
                        : new Entry(entry.words(), now, entry.capitalised(), now.kind() == ActorKind.PERSON));
            });
        }
        for (KnownActor actor : actors) {
            for (String surface : ActorLinker.surfaces(actor)) {
                List<String> words = Words.normalisedWords(surface);
                if (words.isEmpty()) {
                    continue;
                }
                boolean capitalised = Character.isUpperCase(surface.strip().codePointAt(0));
                entries.merge(words, new Entry(words, actor, capitalised, actor.kind() == ActorKind.PERSON), FuzzyNames::merge);
            }
        }
        for (Entry entry : entries.values()) {
            if (entry.words().size() == 1) {
                singleWords.put(entry.words().get(0), entry);
            } else {
                namesByLastWord.computeIfAbsent(last(entry.words()), key -> new ArrayList<>()).add(entry);
            }
        }
        Set<String> distinct = new HashSet<>(namesByLastWord.keySet());
        distinct.addAll(singleWords.keySet());
        vocabulary.addAll(distinct);
        indexTrigrams();
    }

    private static Entry merge(Entry a, Entry b) {
        boolean sameActor = a.actor() != null && b.actor() != null && a.actor().id() == b.actor().id();
        return new Entry(a.words(), sameActor ? a.actor() : null, a.capitalised() || b.capitalised(), a.person() && b.person());
    }

    private void indexTrigrams() {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int id = 0; id < vocabulary.size(); id++) {
            for (String trigram : trigrams(vocabulary.get(id))) {
                postings.computeIfAbsent(trigram, key -> new ArrayList<>()).add(id);
            }
        }
        postings.forEach((trigram, ids) -> vocabularyByTrigram.put(trigram, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * The word's trigrams, padded by one mark at each end so that its first and last letters count. (Two marks
     * would add grams such as "a$$", shared by every word ending in "a", which select nothing.)
     */
    private static Set<String> trigrams(String word) {
        String padded = PAD + word + PAD;
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    /**
     * How many edits a word of this length may carry: none up to three letters (acronyms, "Mali"/"Bali" would
     * be too close), one up to five, two up to nine, three beyond.
     */
    private static int maxEdits(int length) {
        if (length <= 3) {
            return 0;
        }
        if (length <= 5) {
            return 1;
        }
        return length <= 9 ? 2 : 3;
    }

    /** Look-ups for one text: a text repeats its names, so the words close to each surname are remembered. */
    final class Session {

        private final Map<String, List<String>> closeWords = new HashMap<>();

        Optional<Resolution> resolveName(List<String> name) {
            return FuzzyNames.this.resolveName(name, this);
        }

        Optional<Resolution> resolveWord(String word, boolean sentenceInitial) {
            return FuzzyNames.this.resolveWord(word, sentenceInitial, this);
        }

        private List<String> closeWords(String word) {
            return closeWords.computeIfAbsent(word, FuzzyNames.this::closeWords);
        }
    }

    Session session() {
        return new Session();
    }

    /** The actor a name of two or more normalised words refers to, if one fits by the rule above. */
    private Optional<Resolution> resolveName(List<String> name, Session session) {
        String surname = last(name);
        List<String> given = name.subList(0, name.size() - 1);
        int bestEdits = Integer.MAX_VALUE;
        Set<KnownActor> best = new HashSet<>();
        boolean bestAmbiguous = false;
        for (String candidate : session.closeWords(surname)) {
            List<Entry> entries = namesByLastWord.get(candidate);
            if (entries == null) {
                continue;
            }
            int surnameEdits = EditDistance.within(surname, candidate, limitFor(surname, candidate));
            for (Entry entry : entries) {
                int givenEdits = givenNameEdits(given, entry.words().subList(0, entry.words().size() - 1));
                if (givenEdits < 0) {
                    continue;
                }
                int edits = surnameEdits + givenEdits;
                boolean variant = edits > 0 || name.size() != entry.words().size();
                if (variant && (!entry.person() || CommonWords.contains(surname))) {
                    continue;
                }
                if (edits > Math.max(joinedLength(name), joinedLength(entry.words())) / 5) {
                    continue;
                }
                if (edits < bestEdits) {
                    bestEdits = edits;
                    best.clear();
                    bestAmbiguous = false;
                }
                if (edits == bestEdits) {
                    if (entry.actor() == null) {
                        bestAmbiguous = true;
                    } else {
                        best.add(entry.actor());
                    }
                }
            }
        }
        if (bestEdits == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        KnownActor actor = !bestAmbiguous && best.size() == 1 ? best.iterator().next() : null;
        return Optional.of(new Resolution(actor));
    }

    /** The actor a single normalised word refers to, by the stricter single-word rule. */
    private Optional<Resolution> resolveWord(String word, boolean sentenceInitial, Session session) {
        Entry equal = singleWords.get(word);
        if (equal != null && word.length() >= SINGLE_WORD_EXACT_MIN) {
            return Optional.of(new Resolution(equal.actor()));
        }
        if (sentenceInitial || word.length() < SINGLE_WORD_TYPO_MIN) {
            return Optional.empty();
        }
        Set<KnownActor> found = new HashSet<>();
        boolean ambiguous = false;
        for (String candidate : session.closeWords(word)) {
            Entry entry = singleWords.get(candidate);
            if (entry == null || !entry.capitalised() || candidate.charAt(0) != word.charAt(0)
                    || candidate.startsWith(word) || word.startsWith(candidate)
                    || EditDistance.within(word, candidate, 1) > 1) {
                continue;
            }
            if (entry.actor() == null) {
                ambiguous = true;
            } else {
                found.add(entry.actor());
            }
        }
        if (found.isEmpty() && !ambiguous) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(!ambiguous && found.size() == 1 ? found.iterator().next() : null));
    }

    /** Edits over the given names: -1 when they do not fit. */
    private static int givenNameEdits(List<String> given, List<String> aliasGiven) {
        if (given.isEmpty() || aliasGiven.isEmpty()) {
            return given.isEmpty() && aliasGiven.isEmpty() ? 0 : -1;
        }
        int first = wordEdits(given.get(0), aliasGiven.get(0));
        if (first < 0) {
            return -1;
        }
        int total = first;
        int next = 1;
        for (String word : given.subList(1, given.size())) {
            int edits = -1;
            while (next < aliasGiven.size() && edits < 0) {
                edits = wordEdits(word, aliasGiven.get(next++));
            }
            if (edits < 0) {
                return -1;
            }
            total += edits;
        }
        return total;
    }

    /** Edits between two words of a name, an initial matching the word it abbreviates; -1 when too far apart. */
    private static int wordEdits(String word, String aliasWord) {
        if (word.length() == 1) {
            return aliasWord.startsWith(word) ? 0 : -1;
        }
        int limit = limitFor(word, aliasWord);
        int edits = EditDistance.within(word, aliasWord, limit);
        return edits <= limit ? edits : -1;
    }

    private static int limitFor(String a, String b) {
        return maxEdits(Math.min(a.length(), b.length()));
    }

    /** Vocabulary words sharing a trigram with {@code word} and within its edit limit. */
    /**
     * Vocabulary words within the edit limit of {@code word}. Only words sharing enough trigrams are compared:
     * one edit changes at most three trigrams, so a word {@code k} edits away shares at least
     * {@code grams - 3k} of them (a transposition can cost four, the rare case this filter may miss).
     */
    private List<String> closeWords(String word) {
        Set<String> grams = trigrams(word);
        Map<Integer, Integer> shared = new HashMap<>();
        for (String trigram : grams) {
            for (int id : vocabularyByTrigram.getOrDefault(trigram, NO_WORDS)) {
                shared.merge(id, 1, Integer::sum);
            }
        }
        List<String> close = new ArrayList<>();
        shared.forEach((id, count) -> {
            String candidate = vocabulary.get(id);
            int limit = limitFor(word, candidate);
            if (count >= Math.max(grams.size(), candidate.length()) - 3 * limit
                    && EditDistance.within(word, candidate, limit) <= limit) {
                close.add(candidate);
            }
        });
        return close;
    }

    private static int joinedLength(List<String> words) {
        return words.stream().mapToInt(String::length).sum() + words.size() - 1;
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }
}
