package org.claimgraph.graphql;

import java.util.Optional;

/** Ids are numbers sent as GraphQL IDs (strings); anything else names nothing that exists. */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String id) {
        String value = id == null ? "" : id.strip();
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }
}
