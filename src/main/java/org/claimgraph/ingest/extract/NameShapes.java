package org.claimgraph.ingest.extract;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.actor.ActorKind;

/**
 * What a name no one has classified yet reads as, by its last word: "Human Rights Watch", "Institute for Security
 * Studies" and "State Department" are bodies, "Sahel News" an outlet. Anything else may be a person's name.
 */
public final class NameShapes {

    private static final Set<String> GOVERNMENT_WORDS = Set.of("ministry", "department", "government", "parliament",
            "assembly", "presidency", "police", "court", "tribunal", "army", "forces", "office");
    private static final Set<String> BODY_WORDS = Set.of("international", "watch", "group", "organisation",
            "organization", "council", "union", "association", "foundation", "institute", "committee", "agency", "party",
            "commission", "federation", "network", "centre", "center", "company", "corporation", "bank", "fund",
            "programme", "program", "coalition", "alliance", "front", "movement", "mission", "ngo", "project", "studies",
            "observatory", "monitor");
    private static final Set<String> OUTLET_WORDS = Set.of("news", "times", "post", "tribune", "journal", "herald",
            "gazette", "radio", "tv", "television", "daily", "press", "magazine", "telegraph", "guardian", "observer");

    private NameShapes() {
    }

    /** MEDIA_OUTLET, GOVERNMENT_BODY or ORGANISATION when the name's last word says so; else UNKNOWN. */
    public static ActorKind kindOf(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return ActorKind.UNKNOWN;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (OUTLET_WORDS.contains(last)) {
            return ActorKind.MEDIA_OUTLET;
        }
        if (GOVERNMENT_WORDS.contains(last)) {
            return ActorKind.GOVERNMENT_BODY;
        }
        return BODY_WORDS.contains(last) ? ActorKind.ORGANISATION : ActorKind.UNKNOWN;
    }
}
