package org.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.claimgraph.ingest.KnownActor;
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

    /** The last mention before {@code at} of an actor that {@code wanted} accepts, or null ("he said", "the group"). */
    LinkedMention lastBefore(int at, Predicate<KnownActor> wanted) {
        LinkedMention last = null;
        for (LinkedMention m : sorted) {
            if (m.end() > at) {
                break;
            }
            if (m.actor() != null && wanted.test(m.actor())) {
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
