package org.claimgraph.ingest.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ingest.KnownActor;

/**
 * Exact alias matching: case-sensitive, whole words only, longest match first. Indexed by an alias's first word,
 * so matching costs a few map look-ups per word of text however many aliases there are.
 */
final class ExactAliases {

    /** An alias found in a text, over words {@code first..last}; {@code actor} is null when the alias is ambiguous. */
    record Match(int first, int last, KnownActor actor) {
    }

    /** Alias text (spaces squeezed) → its actor, or null when two actors share it. */
    private final Map<String, KnownActor> byAlias = new HashMap<>();
    /** First word → the most words any alias starting with it has: how far to look ahead. */
    private final Map<String, Integer> maxWordsByFirstWord = new HashMap<>();

    ExactAliases(List<KnownActor> actors) {
        this(null, actors);
    }

    /** {@code base}'s aliases and those of {@code actors}; an actor already in {@code base} is replaced by its new version. */
    ExactAliases(ExactAliases base, List<KnownActor> actors) {
        if (base != null) {
            Map<Long, KnownActor> changed = new HashMap<>();
            actors.forEach(actor -> changed.put(actor.id(), actor));
            base.byAlias.forEach((key, actor) -> byAlias.put(key, actor == null ? null : changed.getOrDefault(actor.id(), actor)));
            maxWordsByFirstWord.putAll(base.maxWordsByFirstWord);
        }
        for (KnownActor actor : actors) {
            for (String surface : ActorLinker.surfaces(actor)) {
                add(surface, actor);
            }
        }
    }

    private void add(String surface, KnownActor actor) {
        List<Word> words = Words.of(surface);
        if (words.isEmpty()) {
            return;
        }
        // From the first word's start to the last word's end: word boundaries are what make an alias match.
        String key = Words.squeezeSpaces(surface.substring(words.get(0).start(), words.get(words.size() - 1).end()));
        if (byAlias.containsKey(key)) {
            KnownActor previous = byAlias.get(key);
            if (previous != null) {
                byAlias.put(key, previous.id() != actor.id() ? null : actor);
            }
        } else {
            byAlias.put(key, actor);
        }
        maxWordsByFirstWord.merge(words.get(0).text(), words.size(), Math::max);
    }

    /**
     * The alias occurrences in {@code text}, none overlapping: where two overlap, the longer wins (the earlier on a
     * tie), so "the Wagner Group" is one match and not also "Wagner". Ambiguous aliases are returned too (with a
     * null actor) because they still claim their words.
     */
    List<Match> find(String text, List<Word> words) {
        List<Match> longestPerStart = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Integer lookAhead = maxWordsByFirstWord.get(words.get(i).text());
            if (lookAhead == null) {
                continue;
            }
            for (int last = Math.min(words.size(), i + lookAhead) - 1; last >= i; last--) {
                String key = Words.squeezeSpaces(text.substring(words.get(i).start(), words.get(last).end()));
                if (byAlias.containsKey(key)) {
                    longestPerStart.add(new Match(i, last, byAlias.get(key)));
                    break;
                }
            }
        }
        longestPerStart.sort(Comparator.comparingInt((Match m) -> words.get(m.first()).start() - words.get(m.last()).end())
                .thenComparingInt(Match::first));
        boolean[] taken = new boolean[words.size()];
        List<Match> accepted = new ArrayList<>();
        for (Match match : longestPerStart) {
            if (isFree(taken, match)) {
                for (int w = match.first(); w <= match.last(); w++) {
                    taken[w] = true;
                }
                accepted.add(match);
            }
        }
        accepted.sort(Comparator.comparingInt(Match::first));
        return accepted;
    }

    private static boolean isFree(boolean[] taken, Match match) {
        for (int w = match.first(); w <= match.last(); w++) {
            if (taken[w]) {
                return false;
            }
        }
        return true;
    }
}
