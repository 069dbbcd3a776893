package org.claimgraph.ingest.link;

/** A word of a text: a maximal run of letters, digits and combining marks; offsets are Java char indices. */
record Word(int start, int end, String text) {

    boolean isCapitalised() {
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    boolean isAllCaps() {
        return text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
