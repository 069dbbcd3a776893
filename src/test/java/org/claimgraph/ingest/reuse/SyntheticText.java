package org.claimgraph.ingest.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random prose: sentences of words drawn from a fixed vocabulary of made-up words. */
final class SyntheticText {

    private final SplittableRandom random;
    private final List<String> vocabulary = new ArrayList<>();

    SyntheticText(long seed, int vocabularySize) {
        random = new SplittableRandom(seed);
        String letters = "abcdefghijklmnoprstuvwyz";
        for (int i = 0; i < vocabularySize; i++) {
            StringBuilder word = new StringBuilder();
            for (int length = 4 + random.nextInt(6); word.length() < length; ) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            vocabulary.add(word.toString());
        }
    }

    String sentence() {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0, words = 12 + random.nextInt(9); i < words; i++) {
            String word = vocabulary.get(random.nextInt(vocabulary.size()));
            sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sentence.append('.').toString();
    }

    List<String> sentences(int count) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sentences.add(sentence());
        }
        return sentences;
    }

    /** Paragraphs of three sentences separated by blank lines, as cleaned text is laid out. */
    static String article(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(i == 0 ? "" : i % 3 == 0 ? "\n\n" : " ").append(sentences.get(i));
        }
        return text.toString();
    }

    /** The sentence reworded lightly: every fourth word replaced, and two words swapped. */
    String rewrite(String sentence) {
        String[] words = sentence.substring(0, sentence.length() - 1).split(" ");
        for (int i = 3; i < words.length; i += 4) {
            words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
        }
        String swap = words[1];
        words[1] = words[2];
        words[2] = swap;
        return String.join(" ", words) + ".";
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
