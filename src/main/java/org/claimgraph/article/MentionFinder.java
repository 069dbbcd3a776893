package org.claimgraph.article;

import org.claimgraph.actor.Actor;
import org.claimgraph.actor.ActorAlias;
import org.claimgraph.claim.ReviewStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where an article names actors: every alias, matched exactly (case-sensitive, on word
 * boundaries), longest first, so "the Wagner Group" is one mention and not also "Wagner". An
 * alias shared by two actors is ambiguous and not recorded for either.
 */
public final class MentionFinder {

    private record Name(String surface, Actor actor) {
    }

    /** A found mention, offsets in code points. */
    public record Found(Actor actor, String surface, int startOffset, int endOffset) {
    }

    private final List<Name> names;

    private MentionFinder(List<Name> names) {
        this.names = names;
    }

    public static MentionFinder forAllActors() {
        Map<String, Actor> bySurface = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (ActorAlias alias : ActorAlias.<ActorAlias>list("select a from ActorAlias a join fetch a.actor where a.actor.reviewStatus <> ?1",
                ReviewStatus.REJECTED)) {
            Actor previous = bySurface.putIfAbsent(alias.alias, alias.actor);
            if (previous != null && !previous.id.equals(alias.actor.id)) {
                ambiguous.put(alias.alias, true);
            }
        }
        List<Name> names = new ArrayList<>();
        bySurface.forEach((surface, actor) -> {
            if (!ambiguous.containsKey(surface)) {
                names.add(new Name(surface, actor));
            }
        });
        names.sort(Comparator.comparingInt((Name name) -> name.surface().length()).reversed().thenComparing(Name::surface));
        return new MentionFinder(names);
    }

    public List<Found> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<int[]> spans = new ArrayList<>();
        List<Name> owners = new ArrayList<>();
        for (Name name : names) {
            String surface = name.surface();
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                int end = at + surface.length();
                if (isBoundary(text, at - 1) && isBoundary(text, end) && isFree(taken, at, end)) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    spans.add(new int[] {at, end});
                    owners.add(name);
                }
            }
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int start = text.codePointCount(0, spans.get(i)[0]);
            int length = text.codePointCount(spans.get(i)[0], spans.get(i)[1]);
            found.add(new Found(owners.get(i).actor(), owners.get(i).surface(), start, start + length));
        }
        found.sort(Comparator.comparingInt(Found::startOffset));
        return found;
    }

    /** Deletes the article's mentions and stores the ones found now. */
    public void replaceMentions(Article article) {
        Mention.delete("article", article);
        for (Found found : find(article.text)) {
            Mention mention = new Mention();
            mention.article = article;
            mention.actor = found.actor();
            mention.surface = found.surface();
            mention.startOffset = found.startOffset();
            mention.endOffset = found.endOffset();
            mention.persist();
        }
    }

    private static boolean isBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
