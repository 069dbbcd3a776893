package org.claimgraph.ingest.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.ingest.KnownActor;
import org.claimgraph.ingest.LinkedMention;
import org.junit.jupiter.api.Test;

class ActorLinkerTest {

    private static final KnownActor WAGNER = new KnownActor(1, "Wagner Group", ActorKind.ARMED_GROUP,
            List.of("Wagner", "the Wagner Group"));
    private static final KnownActor US = new KnownActor(2, "United States", ActorKind.STATE, List.of("US"));
    private static final KnownActor PARLY = new KnownActor(3, "Florence Parly", ActorKind.PERSON, List.of("Parly"));
    private static final KnownActor SHOIGU = new KnownActor(4, "Sergei Shoigu", ActorKind.PERSON, List.of());
    private static final KnownActor PRIGOZHIN = new KnownActor(5, "Yevgeny Prigozhin", ActorKind.PERSON, List.of("Prigozhin"));
    private static final KnownActor PUTIN = new KnownActor(6, "Vladimir Putin", ActorKind.PERSON, List.of("Putin"));
    private static final KnownActor KEITA = new KnownActor(7, "Ibrahim Boubacar Keïta", ActorKind.PERSON, List.of());
    private static final KnownActor MAIGA = new KnownActor(8, "Choguel Kokalla Maïga", ActorKind.PERSON, List.of());
    private static final KnownActor FOREIGN_MINISTRY = new KnownActor(9, "French Ministry for Europe and Foreign Affairs",
            ActorKind.GOVERNMENT_BODY, List.of("French Foreign Ministry"));
    private static final KnownActor TAKUBA = new KnownActor(10, "Task Force Takuba", ActorKind.MILITARY_OPERATION, List.of("Takuba"));
    private static final KnownActor JUNTA = new KnownActor(11, "Malian junta", ActorKind.GOVERNMENT_BODY, List.of("Bamako"));
    private static final KnownActor RUSSIA = new KnownActor(12, "Russia", ActorKind.STATE, List.of());
    private static final KnownActor GOITA = new KnownActor(13, "Assimi Goïta", ActorKind.PERSON, List.of());
    private static final KnownActor VK = new KnownActor(14, "VKontakte", ActorKind.COMPANY, List.of());

    private static final ActorLinker LINKER = new ActorLinker(List.of(WAGNER, US, PARLY, SHOIGU, PRIGOZHIN, PUTIN, KEITA,
            MAIGA, FOREIGN_MINISTRY, TAKUBA, JUNTA, RUSSIA, GOITA, VK));

    /** "surface=actor" per mention ("surface=?" for a candidate), checking that offsets and surface agree. */
    private static List<String> link(ActorLinker linker, String text) {
        List<String> out = new ArrayList<>();
        for (LinkedMention mention : linker.link(text)) {
            assertEquals(text.substring(mention.start(), mention.end()), mention.surface());
            out.add(mention.surface() + "=" + (mention.isCandidate() ? "?" : mention.actor().name()));
        }
        return out;
    }

    private static List<String> link(String text) {
        return link(LINKER, text);
    }

    @Test
    void aLinkerWithNewActorsOrNewAliasesLinksAsOneBuiltFromScratch() {
        KnownActor diarra = new KnownActor(20, "Hassan Diarra", ActorKind.PERSON, List.of("Diarra"));
        KnownActor prigozhinAgain = new KnownActor(5, "Yevgeny Prigozhin", ActorKind.PERSON, List.of("Prigozhin", "Putin's chef"));
        KnownActor wagnerRenamed = new KnownActor(1, "PMC Wagner", ActorKind.ARMED_GROUP, List.of("Wagner", "the Wagner Group"));
        List<KnownActor> all = new ArrayList<>(List.of(wagnerRenamed, US, PARLY, SHOIGU, prigozhinAgain, PUTIN, KEITA, MAIGA,
                FOREIGN_MINISTRY, TAKUBA, JUNTA, RUSSIA, GOITA, VK, diarra));
        ActorLinker extended = LINKER.with(List.of(diarra, prigozhinAgain, wagnerRenamed));
        ActorLinker scratch = new ActorLinker(all);
        for (String text : List.of(
                "Hassan Diarra met Diara and Prigozhin, Putin's chef, while the Wagner Group and Wagner's men watched.",
                "Hasan Diarra said Prigojin and Florence Parly spoke; Putin and the US did not.",
                "Reports say the Wagner Group and Wagner’s men, backed by the USSR under US pressure, said us.")) {
            assertEquals(link(scratch, text), link(extended, text), text);
        }
        assertEquals(List.of("Hassan Diarra=Hassan Diarra", "Putin's chef=Yevgeny Prigozhin", "Wagner=PMC Wagner"),
                link(extended, "Hassan Diarra said Putin's chef runs Wagner."));
        assertEquals(List.of("Hassan Diarra=?", "Putin=Vladimir Putin", "Wagner=Wagner Group"),
                link(LINKER, "Hassan Diarra said Putin's chef runs Wagner."), "the linker extended is left as it was");
    }

    @Test
    void exactMatchesAreWholeWordsCaseSensitiveAndLongestFirst() {
        assertEquals(List.of("the Wagner Group=Wagner Group", "Wagner=Wagner Group", "USSR=?", "US=United States"),
                link("Reports say the Wagner Group and Wagner’s men, backed by the USSR under US pressure, said us."));
    }

    @Test
    void anAliasTwoActorsShareLinksNeitherAndIsNoCandidate() {
        KnownActor modibo = new KnownActor(20, "Modibo Keïta", ActorKind.PERSON, List.of("Keita"));
        KnownActor ibk = new KnownActor(21, "Ibrahim Boubacar Keïta", ActorKind.PERSON, List.of("Keita"));
        ActorLinker linker = new ActorLinker(List.of(modibo, ibk));

        assertEquals(List.of(), link(linker, "Then Keita spoke."));
        // The full name settles it.
        assertEquals(List.of("Modibo Keita=Modibo Keïta"), link(linker, "Then Modibo Keita spoke."));
    }

    @Test
    void misspeltAndTransliteratedNamesLinkThroughTheirSurname() {
        assertEquals(List.of("Florence Parlya=Florence Parly"), link("the minister Florence Parlya said."));
        assertEquals(List.of("Sergueï Choïgou=Sergei Shoigu"), link("announced Sergueï Choïgou, minister."));
        assertEquals(List.of("Yevgeniy Prigozhin=Yevgeny Prigozhin"), link("control of Yevgeniy Prigozhin , known."));
        assertEquals(List.of("Ibrahim Boubacar Keita=Ibrahim Boubacar Keïta"), link("The then president, Ibrahim Boubacar Keita, spoke."));
        assertEquals(List.of("V. Putin=Vladimir Putin"), link("a letter to V. Putin in May."));
        // A missing middle name is tolerated in a person's name.
        assertEquals(List.of("Choguel Maiga=Choguel Kokalla Maïga"), link("while Prime Minister Choguel Maiga lived."));
    }

    @Test
    void anExactSurnameInsideAFuzzyFullNameBecomesOneMention() {
        assertEquals(List.of("Florence Parlya=Florence Parly", "Parly=Florence Parly"),
                link("said Florence Parlya. Later Parly added."));
        assertEquals(List.of("Yevgeni Prigozhin=Yevgeny Prigozhin"), link("by Yevgeni Prigozhin today."));
    }

    @Test
    void anotherFirstNameIsAnotherPerson() {
        assertEquals(List.of("Modibo Keita=?"), link("the late Modibo Keita ruled."));
        assertEquals(List.of("Sergei Shoigu=Sergei Shoigu"), link("with Sergei Shoigu and."));
        assertEquals(List.of("Andrei Shoigu=?"), link("with Andrei Shoigu and."));
    }

    @Test
    void organisationNamesMustMatchWordForWord() {
        assertEquals(List.of("French Ministry=?"), link("a red line for the French Ministry, he said."));
        assertEquals(List.of("The Wagner Group=Wagner Group"), link("The Wagner Group could not be reached."));
    }

    @Test
    void aNameGluedToTheNextWordLinksWithoutIt() {
        assertEquals(List.of("Vladimir Putin=Vladimir Putin"), link("the man of Vladimir Putinfor the region."));
    }

    @Test
    void singleWordsNeedAStricterMatch() {
        assertEquals(List.of("Takouba=Task Force Takuba"), link("within the Takouba force?"));
        assertEquals(List.of("Bamoko=Malian junta"), link("in two years, Bamoko is chaotic."));
        assertEquals(List.of("Vkontakte=VKontakte"), link("On the site Vkontakte, his office."));
        // Demonyms and plurals are a name plus a suffix, not a typo of it.
        assertEquals(List.of("Russia=Russia"), link("the Russian presence and the Russians in Russia."));
        // At a sentence start a capital says nothing.
        assertEquals(List.of(), link("Bamoko is chaotic."));
    }

    @Test
    void aSurnameAloneFollowsAPersonNamedInTheText() {
        assertEquals(List.of("Assimi Goita=Assimi Goïta", "Russia=Russia", "Goita=Assimi Goïta"),
                link("led by Assimi Goita , are tied to Russia: Colonel Goita received training."));
        assertEquals(List.of("Goita=?"), link("then Colonel Goita received training."));
    }

    @Test
    void candidatesAreProperNamesNoActorAccountsFor() {
        assertEquals(List.of("Hassan Diarra=?", "Sikasso=?", "Economic Community of West African States=?"),
                link("He met Hassan Diarra on Monday in Sikasso, in September, as the Economic Community of West African States said."));
        assertEquals(List.of("Armed Conflict Location & Event Data Project=?"),
                link("The group was counted by the Armed Conflict Location & Event Data Project in its report."));
        assertEquals(List.of("Hassan Diarra=?", "Ousmane Kone=?"), link("He met Hassan Diarra & then Ousmane Kone on Monday."),
                "an ampersand joins two names only with no lower-case word between");
    }

    @Test
    void aCurrencysNameOrANumberOfCountriesIsNoCandidate() {
        assertEquals(List.of("Hassan Diarra=?"),
                link("The deal is worth 6 billion CFA francs a month, and 2 million Hong Kong dollars more, said Hassan Diarra."));
        assertEquals(List.of(), link("Fifteen European countries and Twelve Asian states condemned the deployment."));
    }

    @Test
    void aPageLabelAfterANameWordEndsTheName() {
        // "Watch" and "News" are page furniture on their own ("Watch:", "Breaking News") but end these names
        assertEquals(List.of("Human Rights Watch=?", "Fox News=?"),
                link("The killings were documented by Human Rights Watch and reported by Fox News in May."));
        assertEquals(List.of(), link("They said so. Watch the video."));
    }

    @Test
    void noCandidatesFromSentenceStartsTitlesMonthsCompoundsOrHeadings() {
        assertEquals(List.of(), link("Tensions rose. Public opinion shifted in September. “Given the risks”, Foreign Minister said."));
        assertEquals(List.of(), link("a neo-Nazi veteran and a pro-Russian rally."));
        // A short line without closing punctuation is a heading: title case, so no candidates there.
        assertEquals(List.of(), link("Tensions With Niamey Grow\n\nThe story starts here."));
        // A capitalised word the text also writes in lower case is an ordinary word.
        assertEquals(List.of(), link("the fighting spread to the Capital, far from the capital of the north."));
    }

    @Test
    void possessivesEndANameAndParticlesJoinOne() {
        KnownActor orsay = new KnownActor(30, "Quai d'Orsay", ActorKind.GOVERNMENT_BODY, List.of());
        KnownActor drian = new KnownActor(31, "Jean-Yves Le Drian", ActorKind.PERSON, List.of());
        ActorLinker linker = new ActorLinker(List.of(orsay, drian));

        assertEquals(List.of("Jean-Yves le Drian=Jean-Yves Le Drian", "Quai d'Orsay=Quai d'Orsay"),
                link(linker, "minister Jean-Yves le Drian’s office at the Quai d'Orsay said."));
        assertEquals(List.of("al Qaeda=?"), link("insurgents linked to al Qaeda and others."));
    }

    @Test
    void scalesToTwentyThousandActors() {
        SplittableRandom random = new SplittableRandom(7);
        List<KnownActor> actors = new ArrayList<>();
        for (int id = 1; id <= 20_000; id++) {
            List<String> aliases = new ArrayList<>();
            String given = syntheticName(random);
            String surname = syntheticName(random);
            aliases.add(given + " " + surname);
            aliases.add(surname);
            aliases.add(given.charAt(0) + ". " + surname);
            aliases.add("the " + given + " " + surname + " Foundation");
            actors.add(new KnownActor(id, given + " " + surname, ActorKind.PERSON, aliases));
        }
        actors.add(SHOIGU);
        long started = System.nanoTime();
        ActorLinker linker = new ActorLinker(actors);
        long built = System.nanoTime();
        // An article-sized text: the three known names, then sentences naming people the table does not know.
        StringBuilder text = new StringBuilder("Defence minister Sergueï Choïgou met " + actors.get(123).name() + " and "
                + actors.get(4567).aliases().get(3) + " on Monday.");
        while (text.length() < 6_000) {
            text.append(" Talks went on with ").append(unknownName(random)).append(' ').append(unknownName(random))
                    .append(" and others.");
        }
        List<LinkedMention> mentions = linker.link(text.toString());
        long firstCall = System.nanoTime();
        int repeats = 20;
        for (int i = 0; i < repeats; i++) {
            linker.link(text.toString());
        }
        long warm = System.nanoTime();
        System.out.printf("linker scale: %d actors / %d names indexed in %d ms; a %d-char text linked in %d ms cold, %.1f ms warm%n",
                actors.size(), actors.stream().mapToInt(a -> a.aliases().size() + 1).sum(), (built - started) / 1_000_000,
                text.length(), (firstCall - built) / 1_000_000, (warm - firstCall) / 1e6 / repeats);

        assertEquals(SHOIGU, mentions.get(0).actor());
        assertEquals(actors.get(123), mentions.get(1).actor());
        assertEquals(actors.get(4567), mentions.get(2).actor());
        assertTrue(mentions.subList(3, mentions.size()).stream().allMatch(LinkedMention::isCandidate));
    }

    private static String syntheticName(SplittableRandom random) {
        return name(random, "bdgklmnprstvz");
    }

    /** Names from other consonants: never within a few edits of a synthetic actor's. */
    private static String unknownName(SplittableRandom random) {
        return name(random, "cfhjwxy");
    }

    private static String name(SplittableRandom random, String consonants) {
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        for (int syllable = 0, count = 2 + random.nextInt(2); syllable < count; syllable++) {
            name.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
