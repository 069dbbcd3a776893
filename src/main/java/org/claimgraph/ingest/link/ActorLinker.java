package org.claimgraph.ingest.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.KnownActor;
import org.claimgraph.ingest.LinkedMention;

/**
 * Pipeline stage: cleaned text in, the actor mentions in it out — linked to known actors through their aliases,
 * tolerant of typos, or marked as candidates (a null actor) for proper names no known actor accounts for.
 *
 * <p>Built once from the whole actor table and then shared: it keeps only indexes (aliases by first word for the
 * exact pass, a trigram index over surnames for the fuzzy one), so linking one text costs a few look-ups per word
 * whether the table holds eighty actors or twenty thousand. Passes, each only on words no earlier pass claimed:
 * <ol>
 * <li><b>Exact</b>: every alias and canonical name, case-sensitive, on word boundaries; the longest match wins
 * where matches overlap; an alias two actors share is ambiguous and links neither (nor becomes a candidate).</li>
 * <li><b>Fuzzy names</b>: in runs of capitalised words ({@link NameRuns}), windows of two or more words, longest
 * first, are looked up by {@link FuzzyNames}'s rule (surname close, first name close, one edit per five
 * characters). A window may take in an exact match of the same actor, so "Dmitri Peskov" becomes one mention
 * rather than "Peskov" alone. A name glued to a following short word by a lost space ("Vladimir Putinfor",
 * "Malik Diauin") is looked up without it, and the mention ends where the name does.</li>
 * <li><b>Fuzzy words</b>: single capitalised words by the stricter single-word rule.</li>
 * <li><b>Surnames</b>: a capitalised word equal to the surname of a person this text has already named
 * ("Colonel Goita" after "Assimi Goita").</li>
 * <li><b>Candidates</b>: what is left of a run, less function words, particles and any titles before a name
 * ({@link CommonWords}), when it has two or more words; a single word only when it is not at the start of a
 * sentence and the text never uses it in lower case. Titles and nationality adjectives alone are no name. Words
 * right next to a linked name are taken as part of it (a title or a mistaken first name) and are not
 * candidates.</li>
 * </ol>
 * Headings (short lines without closing punctuation) are title case throughout, so only the exact pass runs there.
 *
 * <p>Immutable: one instance may be shared between threads.
 */
public final class ActorLinker {

    /** Longest name window the fuzzy pass tries, in words (particles included). */
    private static final int MAX_NAME_WORDS = 8;
    /** Short words that lose their leading space when text is extracted from a page ("Putinfor"). */
    private static final Set<String> GLUED_WORDS = Set.of("for", "in", "of", "on", "at", "to", "and", "the", "by", "from", "with", "as");
    private static final int MIN_UNGLUED_LENGTH = 3;
    private static final java.util.regex.Pattern CURRENCY_NOUN = java.util.regex.Pattern.compile("(?i)(?:francs?|dollars?"
            + "|euros?|pounds?|roubles?|rubles?|yuan|rand|nairas?|shillings?|dinars?|dirhams?|rupees?|pesos?|cedis?)");

    private final ExactAliases exact;
    private final FuzzyNames fuzzy;

    public ActorLinker(List<KnownActor> actors) {
        Objects.requireNonNull(actors, "actors");
        exact = new ExactAliases(actors);
        fuzzy = new FuzzyNames(actors);
    }

    private ActorLinker(ExactAliases exact, FuzzyNames fuzzy) {
        this.exact = exact;
        this.fuzzy = fuzzy;
    }

    /**
     * This linker with {@code actors} added, or replacing the versions it has of them (same id): the names of the
     * others are not read again, which is what building a linker over tens of thousands of actors costs. This
     * linker is left as it is.
     */
    public ActorLinker with(List<KnownActor> actors) {
        Objects.requireNonNull(actors, "actors");
        return new ActorLinker(new ExactAliases(exact, actors), new FuzzyNames(fuzzy, actors));
    }

    /** The canonical name and every alias of an actor: the surfaces it can be named by. */
    static Set<String> surfaces(KnownActor actor) {
        Set<String> surfaces = new LinkedHashSet<>();
        surfaces.add(actor.name());
        surfaces.addAll(actor.aliases());
        return surfaces;
    }

    /**
     * The mentions in {@code cleanedText}, in text order, none overlapping.
     *
     * @throws NullPointerException when {@code cleanedText} is null
     */
    public List<LinkedMention> link(String cleanedText) {
        Objects.requireNonNull(cleanedText, "cleanedText");
        return new Linking(cleanedText).run();
    }

    /** The state of one {@link #link} call: which words each found name claims. */
    private final class Linking {

        /** A name found over words {@code first..last}, ending at char {@code end}; a null actor blocks words only. */
        private record Found(int first, int last, int end, KnownActor actor) {
        }

        private static final int FREE = -1;

        private final String text;
        private final List<Word> words;
        private final TextLayout layout;
        private final FuzzyNames.Session lookups = fuzzy.session();
        private final List<Found> found = new ArrayList<>();
        /** Per word, the index in {@link #found} of the name that claims it, or {@link #FREE}. */
        private final int[] owner;

        Linking(String text) {
            this.text = text;
            words = Words.of(text);
            layout = new TextLayout(text, words);
            owner = new int[words.size()];
            Arrays.fill(owner, FREE);
        }

        List<LinkedMention> run() {
            for (ExactAliases.Match match : exact.find(text, words)) {
                claim(new Found(match.first(), match.last(), words.get(match.last()).end(), match.actor()));
            }
            List<List<Integer>> runs = NameRuns.find(text, words).stream()
                    .filter(run -> !layout.inHeading(run.get(0)))
                    .toList();
            runs.forEach(this::linkNames);
            runs.forEach(this::linkWords);
            Map<String, KnownActor> surnames = surnamesNamed();
            runs.forEach(run -> linkSurnames(run, surnames));
            List<LinkedMention> mentions = new ArrayList<>();
            for (Found name : found) {
                if (name != null && name.actor() != null) {
                    mentions.add(mention(name.actor(), words.get(name.first()).start(), name.end()));
                }
            }
            runs.forEach(run -> addCandidates(run, mentions));
            mentions.sort(Comparator.comparingInt(LinkedMention::start));
            return mentions;
        }

        /** A mention of {@code actor}, or a candidate when it is null. */
        private LinkedMention mention(KnownActor actor, int start, int end) {
            return new LinkedMention(actor, text.substring(start, end), start, end);
        }

        private void claim(Found name) {
            found.add(name);
            for (int w = name.first(); w <= name.last(); w++) {
                owner[w] = found.size() - 1;
            }
        }

        private void linkNames(List<Integer> run) {
            for (int size = Math.min(MAX_NAME_WORDS, run.size()); size >= 2; size--) {
                for (int from = 0; from + size <= run.size(); from++) {
                    int first = run.get(from);
                    int last = run.get(from + size - 1);
                    if ((from == 0 || words.get(first).isCapitalised()) && !isParticle(last)) {
                        tryName(first, last);
                    }
                }
            }
        }

        /** Looks the window up; on success it replaces the exact matches inside it, which must agree. */
        private void tryName(int first, int last) {
            Set<Integer> inside = new HashSet<>();
            boolean anyFree = false;
            for (int w = first; w <= last; w++) {
                if (owner[w] == FREE) {
                    anyFree = true;
                } else {
                    Found name = found.get(owner[w]);
                    if (name.first() < first || name.last() > last) {
                        return;
                    }
                    inside.add(owner[w]);
                }
            }
            if (!anyFree) {
                return;
            }
            List<String> name = new ArrayList<>();
            for (int w = first; w <= last; w++) {
                name.add(Words.normalise(words.get(w).text()));
            }
            int end = words.get(last).end();
            Optional<FuzzyNames.Resolution> resolution = lookups.resolveName(name);
            Word lastWord = words.get(last);
            if (resolution.isEmpty()) {
                String glued = gluedWord(lastWord.text());
                if (glued != null) {
                    name.set(name.size() - 1, Words.normalise(lastWord.text().substring(0, lastWord.text().length() - glued.length())));
                    resolution = lookups.resolveName(name);
                    end -= glued.length();
                }
            }
            if (resolution.isEmpty()) {
                return;
            }
            KnownActor actor = resolution.get().actor();
            for (int index : inside) {
                KnownActor exactActor = found.get(index).actor();
                if (exactActor != null && (actor == null || exactActor.id() != actor.id())) {
                    return;
                }
            }
            inside.forEach(index -> found.set(index, null));
            claim(new Found(first, last, end, actor));
        }

        private String gluedWord(String word) {
            for (String glued : GLUED_WORDS) {
                if (word.endsWith(glued) && word.length() - glued.length() >= MIN_UNGLUED_LENGTH) {
                    return glued;
                }
            }
            return null;
        }

        private void linkWords(List<Integer> run) {
            for (int w : run) {
                if (owner[w] == FREE && words.get(w).isCapitalised()) {
                    lookups.resolveWord(Words.normalise(words.get(w).text()), layout.sentenceInitial(w))
                            .ifPresent(resolution -> claim(new Found(w, w, words.get(w).end(), resolution.actor())));
                }
            }
        }

        /**
         * Surname → person, for the people this text has linked: the last word of the canonical name and of each
         * name of two or more words the text used for them, when it is capitalised and not a title ("the French
         * president" gives no surname). A surname two of them share maps to null.
         */
        private Map<String, KnownActor> surnamesNamed() {
            Map<String, KnownActor> surnames = new HashMap<>();
            for (Found name : found) {
                if (name == null || name.actor() == null || name.actor().kind() != ActorKind.PERSON) {
                    continue;
                }
                List<String> lastWords = new ArrayList<>();
                lastWords.add(name.actor().name());
                if (name.first() < name.last()) {
                    lastWords.add(text.substring(words.get(name.first()).start(), name.end()));
                }
                for (String full : lastWords) {
                    List<Word> nameWords = Words.of(full);
                    Word surname = nameWords.get(nameWords.size() - 1);
                    if (surname.isCapitalised() && !CommonWords.contains(surname)) {
                        KnownActor previous = surnames.putIfAbsent(Words.normalise(surname.text()), name.actor());
                        if (previous != null && previous.id() != name.actor().id()) {
                            surnames.put(Words.normalise(surname.text()), null);
                        }
                    }
                }
            }
            return surnames;
        }

        private void linkSurnames(List<Integer> run, Map<String, KnownActor> surnames) {
            for (int w : run) {
                if (owner[w] == FREE && words.get(w).isCapitalised()) {
                    KnownActor person = surnames.get(Words.normalise(words.get(w).text()));
                    if (person != null) {
                        claim(new Found(w, w, words.get(w).end(), person));
                    }
                }
            }
        }

        private void addCandidates(List<Integer> run, List<LinkedMention> mentions) {
            int i = 0;
            while (i < run.size()) {
                if (owner[run.get(i)] != FREE) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < run.size() && owner[run.get(j + 1)] == FREE) {
                    j++;
                }
                boolean nextToName = i > 0 || j < run.size() - 1;
                if (!nextToName) {
                    candidate(run.subList(i, j + 1)).ifPresent(mentions::add);
                }
                i = j + 1;
            }
        }

        /**
         * The candidate a run's leftover words make: function words and particles off the ends (an opening
         * particle stays: "al Qaeda"), then, where a title stands before a name, only what follows the last such
         * title ("Deputy Minister Alexander Fomin"). Nationality adjectives stay, as they open organisation names
         * ("French Foreign Ministry"); titles and adjectives alone are no name.
         */
        private Optional<LinkedMention> candidate(List<Integer> piece) {
            int from = 0;
            int to = piece.size() - 1;
            while (from <= to && (kind(piece.get(from)) == CommonWords.Kind.FUNCTION
                    || (isParticle(piece.get(from)) && !NameRuns.opensName(words.get(piece.get(from)))))) {
                from++;
            }
            while (to >= from && (kind(piece.get(to)) == CommonWords.Kind.FUNCTION || isParticle(piece.get(to)))
                    && !(to > from && isNameWord(piece.get(to - 1)) && CommonWords.isPageLabel(words.get(piece.get(to))))) {
                // a page label after a name word ends the name: "Human Rights Watch", "Fox News"
                to--;
            }
            for (int k = to; k > from; k--) {
                if (kind(piece.get(k - 1)) == CommonWords.Kind.TITLE && isNameWord(piece.get(k))) {
                    from = k;
                    break;
                }
            }
            boolean anyNameWord = false;
            for (int k = from; k <= to; k++) {
                anyNameWord |= isNameWord(piece.get(k));
            }
            if (!anyNameWord) {
                return Optional.empty();
            }
            int first = piece.get(from);
            int last = piece.get(to);
            if (first == last && !isSingleWordName(first)) {
                return Optional.empty();
            }
            if (last + 1 < words.size() && CURRENCY_NOUN.matcher(words.get(last + 1).text()).matches()) {
                // "6 billion CFA francs": a currency's name, not an actor's
                return Optional.empty();
            }
            return Optional.of(mention(null, words.get(first).start(), words.get(last).end()));
        }

        private CommonWords.Kind kind(int w) {
            return CommonWords.kindOf(words.get(w));
        }

        private boolean isNameWord(int w) {
            return kind(w) == null && !isParticle(w);
        }

        private boolean isSingleWordName(int w) {
            Word word = words.get(w);
            return !layout.sentenceInitial(w) && word.text().length() >= 2
                    && !word.text().chars().allMatch(Character::isDigit)
                    && !lowerCaseWords().contains(word.text().toLowerCase(Locale.ROOT));
        }

        private Set<String> lowerCase;

        /** The words this text writes in lower case: a capitalised one of them is an ordinary word, not a name. */
        private Set<String> lowerCaseWords() {
            if (lowerCase == null) {
                lowerCase = new HashSet<>();
                for (Word word : words) {
                    if (Character.isLowerCase(word.text().codePointAt(0))) {
                        lowerCase.add(word.text());
                    }
                }
            }
            return lowerCase;
        }

        private boolean isParticle(int w) {
            return !words.get(w).isCapitalised() && !Character.isDigit(words.get(w).text().charAt(0));
        }
    }
}
