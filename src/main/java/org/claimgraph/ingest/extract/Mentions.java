package org.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.LinkedMention;

/** The linked mentions of one text, in text order, with the look-ups the extractor needs. */
final class Mentions {

    private final List<LinkedMention> sorted;

    Mentions(List<LinkedMention> mentions) {
        sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(LinkedMention::start).thenComparingInt(LinkedMention::end));
    }

    /** Mentions that lie entirely inside {@code [start, end)}. */
    List<LinkedMention> within(int start, int end) {
        List<LinkedMention> found = new ArrayList<>();
        for (LinkedMention m : sorted) {
            if (m.start() >= end) {
                break;
            }
            if (m.start() >= start && m.end() <= end) {
                found.add(m);
            }
        }
        return found;
    }

    /** Whether {@code at} falls inside a mention. */
    boolean covers(int at) {
        for (LinkedMention m : sorted) {
            if (m.start() > at) {
                return false;
            }
            if (at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The last person mentioned before {@code at}, known or among {@code alsoPeople}, for "he said". */
    LinkedMention lastPersonBefore(int at, Set<Long> alsoPeople) {
        LinkedMention last = null;
        for (LinkedMention m : sorted) {
            if (m.end() > at) {
                break;
            }
            if (m.actor() != null && (m.actor().kind() == ActorKind.PERSON || alsoPeople.contains(m.actor().id()))) {
                last = m;
            }
        }
        return last;
    }

    /** The last mention before {@code at} of an actor of one of these kinds, or null. */
    LinkedMention lastBefore(int at, Set<ActorKind> kinds) {
        LinkedMention last = null;
        for (LinkedMention m : sorted) {
            if (m.end() > at) {
                break;
            }
            if (m.actor() != null && kinds.contains(m.actor().kind())) {
                last = m;
            }
        }
        return last;
    }

    /** Whether a mention is a possessor ("Putin’s spokesman"): then it is not the speaker. */
    static boolean isPossessive(String text, LinkedMention m) {
        return m.end() + 1 < text.length() && (text.charAt(m.end()) == '’' || text.charAt(m.end()) == '\'')
                && text.charAt(m.end() + 1) == 's';
    }
}
