package org.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.actor.ActorKind;
import org.claimgraph.claim.Period;
import org.claimgraph.claim.QuantityKind;
import org.claimgraph.claim.Stance;
import org.claimgraph.ingest.KnownActor;
import org.claimgraph.ingest.LinkedMention;
import org.claimgraph.source.SourceKind;
import org.junit.jupiter.api.Test;

/** Synthetic sentences only: the corpus is measured by the evaluation, not here. */
class ClaimExtractorTest {

    private static final KnownActor SMITH = new KnownActor(1, "Anna Smith", ActorKind.PERSON, List.of("Anna Smith", "Smith"));
    private static final KnownActor DUPONT = new KnownActor(2, "Marc Dupont", ActorKind.PERSON, List.of("Marc Dupont", "Dupont"));
    private static final KnownActor ACME = new KnownActor(3, "Acme Security", ActorKind.COMPANY, List.of("Acme Security", "Acme"));
    private static final KnownActor RURITANIA = new KnownActor(4, "Ruritania", ActorKind.STATE, List.of("Ruritania"));
    private static final KnownActor MINISTRY = new KnownActor(5, "Ruritanian Ministry of Defence", ActorKind.GOVERNMENT_BODY,
            List.of("Ruritanian Ministry of Defence", "Ruritania's defence ministry"));
    private static final KnownActor REUTERS = new KnownActor(6, "Reuters", ActorKind.MEDIA_OUTLET, List.of("Reuters"));
    private static final KnownActor DAILY = new KnownActor(7, "The Daily Ledger", ActorKind.MEDIA_OUTLET, List.of("Daily Ledger"));
    private static final List<KnownActor> GAZETTEER = List.of(SMITH, DUPONT, ACME, RURITANIA, MINISTRY, REUTERS, DAILY);

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    /** Exact whole-word alias matches, longest first: enough to feed the extractor. */
    private static List<LinkedMention> link(String text) {
        List<LinkedMention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        List<String[]> aliases = new ArrayList<>();
        for (KnownActor a : GAZETTEER) {
            a.aliases().forEach(alias -> aliases.add(new String[]{alias, String.valueOf(a.id())}));
        }
        aliases.sort((x, y) -> y[0].length() - x[0].length());
        for (String[] alias : aliases) {
            KnownActor actor = GAZETTEER.stream().filter(a -> a.id() == Long.parseLong(alias[1])).findFirst().orElseThrow();
            for (int at = text.indexOf(alias[0]); at >= 0; at = text.indexOf(alias[0], at + 1)) {
                int end = at + alias[0].length();
                boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetter(text.charAt(end)));
                boolean free = true;
                for (int i = at; i < end; i++) {
                    free &= !taken[i];
                }
                if (word && free) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    found.add(new LinkedMention(actor, alias[0], at, end));
                }
            }
        }
        return found;
    }

    private static List<ExtractedClaim> extract(String text) {
        return EXTRACTOR.extract(text, link(text));
    }

    private static ExtractedClaim only(String text) {
        List<ExtractedClaim> claims = extract(text);
        assertEquals(1, claims.size(), () -> "claims of \"" + text + "\": " + claims);
        ExtractedClaim c = claims.get(0);
        assertEquals(c.quote(), text.substring(c.start(), c.end()));
        return c;
    }

    private static ExtractedClaim claimFor(List<ExtractedClaim> claims, String quoteStart) {
        return claims.stream().filter(c -> c.quote().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting \"" + quoteStart + "\" in " + claims));
    }

    // Attributions.

    @Test
    void accordingToANamedPerson() {
        ExtractedClaim c = only("The convoy left Ruritania on Monday, according to Anna Smith.");
        assertEquals(SourceKind.OFFICIAL, c.immediateSource().kind());
        assertEquals(SMITH, c.immediateSource().actor());
        assertEquals("according to", c.verb());
        assertEquals(Stance.REPORTED, c.stance());
        assertEquals(List.of(RURITANIA), c.subjects());
        assertEquals("According to Anna Smith: The convoy left Ruritania on Monday.", c.statement());
    }

    @Test
    void accordingToASourceDescribedInAnAside() {
        ExtractedClaim c = only("According to the Ruritanian Conflict Observatory (RCO), which tracks political violence, "
                + "Acme Security was involved in 71% of the incidents.");
        assertEquals(SourceKind.INSTITUTION, c.immediateSource().kind());
        assertEquals("According to the Ruritanian Conflict Observatory: Acme Security was involved in 71% of the incidents.",
                c.statement());
    }

    @Test
    void accordingToSomethingThatIsNotASourceIsNoAttribution() {
        ExtractedClaim c = only("The troops left Ruritania in May according to a plan agreed with Acme Security.");
        assertEquals(SourceKind.AUTHOR, c.immediateSource().kind());
    }

    @Test
    void parallelSourcesGiveOneClaimEach() {
        List<ExtractedClaim> claims = extract(
                "About 300 guards will be hired, according to a Western diplomat and two officials in the capital.");
        assertEquals(2, claims.size());
        assertEquals(1, claims.get(0).immediateSource().anonymousCount());
        assertEquals(2, claims.get(1).immediateSource().anonymousCount());
        assertEquals(claims.get(0).start(), claims.get(1).start());
        assertEquals("guards", claims.get(1).quantities().get(0).unit());
    }

    @Test
    void speakerBeforeTheVerbWithTitlesAndAdverbs() {
        ExtractedClaim c = only("Defence Minister Anna Smith has repeatedly warned that Acme Security would leave.");
        assertEquals(SMITH, c.immediateSource().actor());
        assertEquals("warned", c.verb());
        assertEquals(List.of(ACME), c.subjects());
    }

    @Test
    void attributionAfterTheStatement() {
        ExtractedClaim c = only("Acme Security signed the contract in June, Ruritania's defence ministry said.");
        assertEquals(MINISTRY, c.immediateSource().actor());
        assertEquals(SourceKind.INSTITUTION, c.immediateSource().kind());
    }

    @Test
    void unlinkedBodiesAndOfficialsStillSpeak() {
        ExtractedClaim ministry = only("The ministry said the convoy would arrive within a week.");
        assertEquals(SourceKind.INSTITUTION, ministry.immediateSource().kind());
        assertEquals("the ministry", ministry.immediateSource().name());
        ExtractedClaim office = only("His press office said the payment had never been made to Acme.");
        assertEquals(SourceKind.SPOKESPERSON, office.immediateSource().kind());
        ExtractedClaim countries = only("\"We are aware of the support,\" the countries said in a joint statement.");
        assertEquals(SourceKind.INSTITUTION, countries.immediateSource().kind());
        assertEquals("the countries", countries.immediateSource().name());
    }

    @Test
    void apposedRoleGivesTheNamedPersonAKind() {
        ExtractedClaim c = only("“We will not leave,” Marc Dupont, the company’s spokesman, told reporters on Friday.");
        assertEquals(DUPONT, c.immediateSource().actor());
        assertEquals(SourceKind.SPOKESPERSON, c.immediateSource().kind());
        assertEquals(1, c.sources().size(), "reporters are an audience, not a relay");
    }

    @Test
    void invertedAttributionAfterAQuote() {
        ExtractedClaim c = only("\"The deal is done,\" said Anna Smith, a security analyst.");
        assertEquals(SMITH, c.immediateSource().actor());
        assertEquals(SourceKind.EXPERT, c.immediateSource().kind());
        assertEquals("Anna Smith said: The deal is done.", c.statement());
    }

    @Test
    void whenAndHowSomethingWasSaidStayWithTheSaying() {
        assertEquals("Anna Smith said on Friday: the convoy had left Ruritania.",
                only("Anna Smith said on Friday that the convoy had left Ruritania.").statement());
        assertEquals("Anna Smith said in a statement: the convoy had left Ruritania.",
                only("Anna Smith said in a statement that the convoy had left Ruritania.").statement());
        assertEquals("Anna Smith said: the convoy that left Ruritania was late.",
                only("Anna Smith said the convoy that left Ruritania was late.").statement());
        assertEquals("Anna Smith said in an interview with Le Monde: Ruritania had the right to seek help.",
                only("In an interview with Le Monde, Anna Smith said Ruritania had the right to seek help.").statement());
    }

    @Test
    void aNameNoOneClassifiedSpeaksAsABodyOrAnOutletWhenItsLastWordSaysSo() {
        for (String[] name : new String[][]{{"Amnesty International", "INSTITUTION"}, {"Human Rights Watch", "INSTITUTION"},
                {"Sahel News", "OUTLET"}, {"Paul Durand", "OFFICIAL"}}) {
            String text = "Ruritania moved 300 troops to the border, " + name[0] + " said.";
            KnownActor unclassified = new KnownActor(90, name[0], ActorKind.UNKNOWN, List.of(name[0]));
            int at = text.indexOf(name[0]);
            List<ExtractedClaim> claims = EXTRACTOR.extract(text,
                    List.of(new LinkedMention(unclassified, name[0], at, at + name[0].length())));
            assertEquals(SourceKind.valueOf(name[1]), claims.get(0).immediateSource().kind(), name[0]);
        }
    }

    @Test
    void aSpeakerNamedAfterTheVerbClosingTheSentence() {
        ExtractedClaim c = only("Ruritania moved 300 troops to the border, said Anna Smith.");
        assertEquals(SMITH, c.immediateSource().actor());
        assertEquals("Anna Smith said: Ruritania moved 300 troops to the border.", c.statement());
        // a name the gazetteer does not know is still no content of Ruritania's ("Ruritania said: John Brown.")
        ExtractedClaim unknown = only("Ruritania moved 300 troops to the border, said John Brown.");
        assertEquals(SourceKind.AUTHOR, unknown.immediateSource().kind());
        assertEquals(DUPONT, only("Acme moved 300 troops to the border, Marc Dupont said on Tuesday.").immediateSource().actor());
    }

    @Test
    void aQuotationWithItsSpeakerAfterItIsOneClaim() {
        ExtractedClaim c = only("“These are rumours. Nobody has signed anything,” said Marc Dupont.");
        assertEquals(DUPONT, c.immediateSource().actor());
        assertEquals(Stance.DENIED, c.stance());
    }

    @Test
    void aQuotationIntroducedBeforeGivesAClaimPerSentence() {
        List<ExtractedClaim> claims = extract("Anna Smith disagreed. “Acme Security has no future in Ruritania. "
                + "Its guards have been paid twice as much as the army.”");
        assertEquals(2, claims.size(), claims::toString);
        claims.forEach(c -> assertEquals(SMITH, c.immediateSource().actor()));
        assertTrue(claims.get(0).quote().startsWith("“Acme"), "the bare attribution makes no claim of its own");
    }

    @Test
    void aContinuedQuotationKeepsItsSpeaker() {
        List<ExtractedClaim> claims = extract("“The guards arrived in March,” Marc Dupont said. "
                + "“They were paid by Acme Security from the start.”");
        assertEquals(2, claims.size());
        assertEquals(DUPONT, claims.get(1).immediateSource().actor());
    }

    @Test
    void aPronounIsTheLastPersonNamed() {
        List<ExtractedClaim> claims = extract("Anna Smith visited Ruritania in May.\n\n"
                + "“The talks went well,” she said after meeting the guards.");
        assertEquals(SMITH, claims.get(1).immediateSource().actor());
    }

    @Test
    void anonymousSourcesWithTheirCounts() {
        assertEquals(3, only("Three senior officials said Acme Security had left Ruritania.").immediateSource()
                .anonymousCount());
        ExtractedSource one = only("A source close to the talks said Acme Security had left.").immediateSource();
        assertEquals(SourceKind.ANONYMOUS, one.kind());
        assertEquals(1, one.anonymousCount());
        assertEquals("a source close to the talks", one.name());
        assertNull(only("Diplomatic sources said Acme Security had left Ruritania.").immediateSource().anonymousCount());
        assertNull(only("More than a dozen people said Acme Security had left Ruritania.").immediateSource()
                .anonymousCount());
    }

    @Test
    void theSourceRefersBackToTheLastSourceOfThatNumber() {
        List<ExtractedClaim> claims = extract("Seven diplomatic sources said Acme Security would deploy. "
                + "According to the sources, Ruritania agreed to pay.");
        assertEquals(7, claims.get(1).immediateSource().anonymousCount());
    }

    @Test
    void sourceCountsAreNotClaimQuantities() {
        ExtractedClaim c = only("Four officials said 1,200 mercenaries would be paid $2 million a month.");
        assertEquals(List.of(QuantityKind.COUNT, QuantityKind.MONEY), c.quantities().stream().map(ExtractedQuantity::kind).toList());
        ExtractedQuantity money = c.quantities().get(1);
        assertEquals(Period.MONTH, money.period());
        assertEquals(0, new BigDecimal("2000000").compareTo(money.usdPerMonth()));
    }

    @Test
    void agencyRelaysAreChained() {
        List<ExtractedClaim> claims = extract("Two officials told Reuters that Acme Security had left. "
                + "A diplomat said Ruritania would pay. Reuters was unable to confirm the figure.");
        assertEquals(List.of("two officials", "Reuters"), claims.get(0).sources().stream().map(ExtractedSource::name).toList());
        assertEquals(List.of("a diplomat", "Reuters"), claims.get(1).sources().stream().map(ExtractedSource::name).toList());
        ExtractedClaim agency = claims.get(2);
        assertEquals(SourceKind.NEWS_AGENCY, agency.immediateSource().kind());
        assertEquals(Stance.QUESTIONED, agency.stance());
        assertEquals(1, agency.sources().size());
    }

    @Test
    void theOwnOutletIsTheAuthorNeverARelay() {
        String text = "Anna Smith told the Daily Ledger that Acme Security had left Ruritania.";
        ExtractedClaim c = EXTRACTOR.extract(text, link(text), "The Daily Ledger").get(0);
        assertEquals(List.of(SMITH), c.sources().stream().map(ExtractedSource::actor).toList());
    }

    @Test
    void nonResponsesAreFactsOfTheOneWhoAsked() {
        ExtractedClaim asked = only("Acme Security did not reply to a Reuters request for comment.");
        assertEquals(REUTERS, asked.immediateSource().actor());
        assertEquals(List.of("non-response"), asked.topics());
        assertEquals(Stance.ASSERTED, asked.stance());
        ExtractedClaim author = only("The Ruritanian Ministry of Defence declined to comment on the report.");
        assertEquals(SourceKind.AUTHOR, author.immediateSource().kind());
        assertEquals(List.of(MINISTRY), author.subjects());
    }

    @Test
    void aDayBetweenTheSpeakerAndTheVerbIsNoPartOfTheSpeaker() {
        ExtractedClaim c = only("Ruritania's defence ministry on Thursday denied that it had paid Acme Security.");
        assertEquals(MINISTRY, c.immediateSource().actor());
        assertEquals("Ruritanian Ministry of Defence denied on Thursday: it had paid Acme Security.", c.statement());
        assertEquals("the ministry", only("The ministry last week said the convoy would arrive within a week.")
                .immediateSource().name());
    }

    @Test
    void aReportInAClauseAfterTheMainOneClaimsWhatFollowsItsVerb() {
        List<ExtractedClaim> claims = extract("Ruritania's defence ministry denied paying Acme Security, after a report said "
                + "the contractors would receive $10 million a month.");
        assertEquals(2, claims.size(), claims::toString);
        ExtractedClaim report = claimFor(claims, "a report");
        assertEquals(SourceKind.DOCUMENT, report.immediateSource().kind());
        assertEquals("a report said: the contractors would receive $10 million a month.", report.statement());
        assertEquals(MINISTRY, claimFor(claims, "Ruritania").immediateSource().actor());
        ExtractedClaim closing = only("Troops will leave Ruritania within a month, as Anna Smith said.");
        assertEquals(SMITH, closing.immediateSource().actor(), "a clause with nothing after its verb attributes the sentence");
    }

    @Test
    void someOfTheSourcesAreSourcesWithTheirCount() {
        List<ExtractedClaim> claims = extract("Between 300 and 400 fighters could be deployed initially, two of the sources said.");
        assertEquals(1, claims.size(), claims::toString);
        assertEquals(SourceKind.ANONYMOUS, claims.get(0).immediateSource().kind());
        assertEquals("two of the sources", claims.get(0).immediateSource().name());
        assertEquals(2, claims.get(0).immediateSource().anonymousCount());
    }

    @Test
    void aNameSeenForTheFirstTimeAfterATitleBacksTheSource() {
        KnownActor maiga = new KnownActor(99, "Abdoulaye Maïga", ActorKind.UNKNOWN, List.of("Abdoulaye Maïga"));
        String text = "\"No contract has been signed,\" government spokesman Abdoulaye Maïga told reporters.";
        int at = text.indexOf("Abdoulaye");
        List<ExtractedClaim> claims = EXTRACTOR.extract(text,
                List.of(new LinkedMention(maiga, "Abdoulaye Maïga", at, at + "Abdoulaye Maïga".length())));
        assertEquals(1, claims.size(), claims::toString);
        assertEquals(maiga, claims.get(0).immediateSource().actor(), "his claims are the ones he made as a source");
        assertEquals(SourceKind.SPOKESPERSON, claims.get(0).immediateSource().kind());
    }

    @Test
    void theSpeakerIsBeforeARelativeClauseThatNamesSomeoneElse() {
        ExtractedClaim c = only("Marc Dupont, who speaks for Defence Minister Anna Smith, told reporters that the convoy had left.");
        assertEquals(DUPONT, c.immediateSource().actor());
    }

    @Test
    void anOutletReportsWhatFollowsThat() {
        ExtractedClaim c = only("The Daily Ledger reported on Monday that Acme Security was paid in gold.");
        assertEquals(SourceKind.OUTLET, c.immediateSource().kind());
        assertEquals("reported", c.verb());
        ExtractedClaim cited = only("Citing two Western officials, the Daily Ledger reported that Acme Security was paid in gold.");
        assertEquals(SourceKind.ANONYMOUS, cited.immediateSource().kind());
        assertEquals(2, cited.immediateSource().anonymousCount());
        assertEquals(DAILY, cited.sources().get(1).actor(), "the outlet relays what the officials said");
        assertEquals("two Western officials reported: Acme Security was paid in gold.", cited.statement());
        assertEquals(0, extract("The clashes reported in Ruritania left two dead.").stream()
                .filter(claim -> "reported".equals(claim.verb())).count(), "a participle reports nothing");
    }

    @Test
    void theOneQuotedAsSayingIsTheSpeaker() {
        ExtractedClaim c = only("Acme Security is quoted as saying its men were only instructors.");
        assertEquals(ACME, c.immediateSource().actor());
        assertEquals("Acme Security quoted as saying: its men were only instructors.", c.statement());
    }

    @Test
    void analystsWhoEstimateSpeakAsExperts() {
        ExtractedClaim c = only("Analysts estimate the deal could be worth as much as 6 billion CFA francs per month.");
        assertEquals(SourceKind.EXPERT, c.immediateSource().kind());
        assertEquals("estimate", c.verb());
        for (String noun : List.of("The official estimate is 300 dead in Ruritania.", "An estimate by officials puts the toll at 300.",
                "Officials' latest estimate of the toll is 300.")) {
            assertTrue(extract(noun).stream().noneMatch(claim -> "estimate".equals(claim.verb())), "\"estimate\" as a noun: " + noun);
        }
    }

    @Test
    void twoSpeakersInSeparateClausesSplitTheSentence() {
        List<ExtractedClaim> claims = extract("Acme Security did not react, but a diplomat in Ruritania criticised the deal.");
        assertEquals(2, claims.size());
        assertEquals("Acme Security did not react", claims.get(0).quote());
        assertEquals(SourceKind.ANONYMOUS, claims.get(1).immediateSource().kind());
    }

    // Stance.

    @Test
    void denialsByTheirVerbOrByDenyingADeal() {
        assertEquals(Stance.DENIED, only("Marc Dupont denied any link with Acme Security.").stance());
        assertEquals(Stance.DENIED, only("“There are no negotiations underway,” Anna Smith said.").stance());
        assertEquals(Stance.ASSERTED, only("The deal with Acme Security has not been signed yet, officially.").stance(),
                "a negative fact in the author's voice is not a denial");
        assertEquals(Stance.DENIED, only("A Ruritanian official said the figure was \"pure invention\".").stance());
        assertEquals(Stance.DENIED, only("\"We have no mercenaries in Ruritania,\" Anna Smith told reporters.").stance());
        assertEquals(Stance.DENIED, only("Marc Dupont said that Ruritania had nothing to do with the company.").stance());
        assertEquals(Stance.DENIED, only("\"Nobody has signed anything with Acme,\" the official said.").stance());
        assertEquals(Stance.ASSERTED, only("Anna Smith said the invention of drones changed the war.").stance());
    }

    @Test
    void hedgesRumoursAndHearsay() {
        assertEquals(Stance.SPECULATED, only("Acme Security could send 500 guards to Ruritania, Smith said.").stance());
        assertEquals(Stance.SPECULATED, only("Rumours claim that Acme Security paid Ruritania's generals.").stance());
        assertEquals(Stance.REPORTED, only("Acme Security is reportedly closing in on a deal with Ruritania.").stance());
        assertEquals(Stance.QUESTIONED, only("It is not clear whether Acme Security was paid by Ruritania.").stance());
        assertEquals(Stance.ASSERTED, only("The presence of Acme Security in Ruritania is no longer in doubt.").stance(),
                "doubt denied is no question");
        assertEquals(Stance.QUESTIONED, only("Anna Smith said she doubts that Acme Security was ever paid.").stance());
    }

    @Test
    void toldStateTelevision() {
        ExtractedClaim told = only("Anna Smith told state television on 28 April that Ruritania had never hired mercenaries.");
        assertEquals(SMITH, told.immediateSource().actor());
        assertEquals("Anna Smith told on 28 April: Ruritania had never hired mercenaries.", told.statement());
        assertEquals(Stance.DENIED, told.stance());
    }

    // What is not a claim or not an attribution.

    @Test
    void headingsRhetoricAndNamelessSentencesAreNoClaims() {
        assertTrue(extract("Acme Security in Ruritania\n\nIt is understandable that Ruritania is unhappy with it.\n\n"
                + "Nobody knows what will happen next in the region.\n\nAcme left.").isEmpty());
    }

    @Test
    void passivesAndResponsesWithoutContentAttributeNothing() {
        assertEquals(SourceKind.AUTHOR, only("Ruritania is considered a partner by many observers in the region.")
                .immediateSource().kind());
        assertEquals(SourceKind.AUTHOR, only("Ruritania responded to the criticism by choosing its words carefully.")
                .immediateSource().kind());
    }

    @Test
    void quotedWordsNeverAttributeTheSentence() {
        ExtractedClaim c = only("Anna Smith filed the plan under “what the minister said he wanted” in her report.");
        assertEquals(SourceKind.AUTHOR, c.immediateSource().kind());
        // calling something by quoted words is her claim, and still not the minister's
        assertEquals(SMITH, only("Anna Smith called the plan “what the minister said he wanted” in her speech.")
                .immediateSource().actor());
    }

    // Claims inside claims.

    @Test
    void aRelativeClauseWithItsOwnAttribution() {
        List<ExtractedClaim> claims = extract(
                "The company is run by Marc Dupont, who denies any business in Ruritania, and it is growing fast.");
        assertEquals(2, claims.size(), claims::toString);
        ExtractedClaim side = claimFor(claims, "Marc Dupont");
        assertEquals(DUPONT, side.immediateSource().actor());
        assertEquals(Stance.DENIED, side.stance());
        assertEquals("Marc Dupont denies: any business in Ruritania", side.statement());
    }

    @Test
    void anIndirectStatementAfterTheAuthorsClause() {
        List<ExtractedClaim> claims = extract("In 2016 Ruritania bought two helicopters from Acme, adding that more would come.");
        assertEquals(2, claims.size());
        assertEquals(SourceKind.AUTHOR, claims.get(0).immediateSource().kind());
        assertEquals("In 2016 Ruritania bought two helicopters from Acme", claims.get(0).quote());
        assertEquals(RURITANIA, claims.get(1).immediateSource().actor());
    }

    @Test
    void asidesBetweenTheSpeakerAndTheVerb() {
        ExtractedClaim diplomat = only("A Western diplomat, speaking on condition of anonymity, said 1,000 guards were deployed.");
        assertEquals("a Western diplomat", diplomat.immediateSource().name());
        assertEquals(SourceKind.ANONYMOUS, diplomat.immediateSource().kind());
        assertEquals("said", diplomat.verb());

        ExtractedClaim report = only("A Ruritanian report published last week said that 500 people had been killed.");
        assertEquals("a Ruritanian report", report.immediateSource().name());
        assertEquals(SourceKind.DOCUMENT, report.immediateSource().kind());
        assertTrue(report.statement().startsWith("a Ruritanian report said: 500 people"), report.statement());
    }

    @Test
    void aRelativeClauseWithASubjectOfItsOwnIsNotTheAntecedentSpeaking() {
        ExtractedClaim denial = only("Acme, which Ruritania says it has no links with, has denied any involvement in the killings.");
        assertEquals(ACME, denial.immediateSource().actor());
        assertEquals(Stance.DENIED, denial.stance());
        List<ExtractedClaim> claims = extract("The guards were paid by Dupont, who however denies any connection with Acme.");
        assertEquals(DUPONT, claimFor(claims, "Dupont, who").immediateSource().actor(), "an adverb is no subject");
    }

    @Test
    void pronounsAndTitlesReachNamesNoOneHasClassifiedYet() {
        String text = "Anna Smith said the talks had failed.\n\n"
                + "Ruritanian Foreign Minister Ivan Petrov said on Telegram that Ruritania had nothing to do with Acme. "
                + "\"Acme went there on its own,\" he wrote.\n\n"
                + "\"This is a victory for Acme,\" said Nathalie Martin, a researcher at the Sahel Institute. "
                + "She added that Acme had deployed 800 guards.";
        KnownActor petrov = new KnownActor(100, "Ivan Petrov", ActorKind.UNKNOWN, List.of("Ivan Petrov"));
        KnownActor martin = new KnownActor(101, "Nathalie Martin", ActorKind.UNKNOWN, List.of("Nathalie Martin"));
        List<LinkedMention> mentions = new ArrayList<>(link(text));
        for (KnownActor candidate : List.of(petrov, martin)) {
            int at = text.indexOf(candidate.name());
            mentions.add(new LinkedMention(candidate, candidate.name(), at, at + candidate.name().length()));
        }
        List<ExtractedClaim> claims = EXTRACTOR.extract(text, mentions);

        assertEquals(petrov, claimFor(claims, "\"Acme went").immediateSource().actor(), "not Anna Smith, the last known person");
        ExtractedClaim victory = claimFor(claims, "\"This is a victory");
        assertEquals(martin, victory.immediateSource().actor());
        assertEquals(SourceKind.EXPERT, victory.immediateSource().kind());
        assertEquals("Nathalie Martin said: This is a victory for Acme.", victory.statement());
        assertEquals(martin, claimFor(claims, "She added").immediateSource().actor());
    }

    @Test
    void reportedSpeechThatQuotesAFewWordsKeepsAllItsWords() {
        assertEquals("a Ruritanian official said: the figure was \"pure invention\".",
                only("A Ruritanian official said the figure was \"pure invention\".").statement());
        assertEquals("a Ruritanian official said on Tuesday: We have signed nothing.",
                only("A Ruritanian official said on Tuesday: \"We have signed nothing.\"").statement());
    }

    @Test
    void aTitleBeforeTheNameIsPartOfTheAttribution() {
        ExtractedClaim peskov = only("A Ruritanian spokesman, Marc Dupont, has repeatedly said that Ruritania has no links to Acme.");
        assertEquals(DUPONT, peskov.immediateSource().actor());
        assertEquals(SourceKind.SPOKESPERSON, peskov.immediateSource().kind());
        assertEquals("Marc Dupont said: Ruritania has no links to Acme.", peskov.statement());
        ExtractedClaim minister = only("Ruritania's mining minister, Anna Smith, said in May that no permit had been granted to Acme.");
        assertEquals(SMITH, minister.immediateSource().actor());
        assertEquals("Anna Smith said in May: no permit had been granted to Acme.", minister.statement());
        assertEquals(Stance.ASSERTED, minister.stance(), "May the month is no hedge");
        assertEquals(Stance.SPECULATED, only("Anna Smith said Acme may leave Ruritania.").stance());
    }

    @Test
    void estimatesAndTheirAnaphora() {
        List<ExtractedClaim> claims = extract("Three people familiar with the plan told The Sentry that Acme had been paid in gold.\n\n"
                + "\"They are paid in concessions,\" one of them said. \"Nobody asks where the gold goes.\"\n\n"
                + "Some analysts put Acme's revenue at up to $200 million a year. Others say the figure is closer to $50 million.");
        ExtractedClaim told = claimFor(claims, "Three people");
        assertEquals("three people familiar with the plan told: Acme had been paid in gold.", told.statement());
        ExtractedClaim one = claimFor(claims, "\"They are paid");
        assertEquals("one of three people familiar with the plan", one.immediateSource().name());
        assertEquals(1, one.immediateSource().anonymousCount());
        assertEquals(one.immediateSource(), claimFor(claims, "\"Nobody asks").immediateSource(), "the quotation goes on");
        ExtractedClaim estimate = claimFor(claims, "Some analysts put");
        assertEquals(SourceKind.EXPERT, estimate.immediateSource().kind());
        assertEquals(0, new BigDecimal("200000000").compareTo(estimate.quantities().get(0).upperBound()));
        ExtractedClaim others = claimFor(claims, "Others say");
        assertEquals(SourceKind.EXPERT, others.immediateSource().kind());
        assertEquals("others", others.immediateSource().name());
        assertEquals(SourceKind.AUTHOR, only("Anna Smith put pressure on Acme at 5 o'clock.").immediateSource().kind(),
                "no estimate, no claim of hers");
    }

    @Test
    void aQuestionAskedAndAnUnnamedSpeakerAPronounReturnsTo() {
        List<ExtractedClaim> asked = extract("\"Why would we pay foreigners to fight our war?\" asked Marc Dupont, a member of the "
                + "council. \"Our soldiers are brave and they are well trained.\"");
        assertEquals(DUPONT, claimFor(asked, "\"Why would").immediateSource().actor());
        assertEquals(Stance.QUESTIONED, claimFor(asked, "\"Why would").stance());
        assertEquals(DUPONT, claimFor(asked, "\"Our soldiers").immediateSource().actor());
        assertEquals("Marc Dupont said: Our soldiers are brave and they are well trained.", claimFor(asked, "\"Our soldiers").statement());
        assertEquals(SourceKind.AUTHOR, only("Marc Dupont asked Anna Smith to leave the talks.").immediateSource().kind(),
                "a request is no claim of his");

        List<ExtractedClaim> claims = extract("Anna Smith said the talks had failed.\n\n"
                + "A former Acme guard, who spoke on condition of anonymity, said the men were paid in gold. "
                + "\"We were told the money came from gold,\" he said.");
        ExtractedSource guard = claimFor(claims, "A former Acme guard").immediateSource();
        assertEquals(SourceKind.ANONYMOUS, guard.kind());
        assertEquals(1, guard.anonymousCount());
        assertEquals("a former Acme guard", guard.name());
        assertEquals(guard, claimFor(claims, "\"We were told").immediateSource(), "he is the guard, not Anna Smith");
    }

    @Test
    void callingReportsFabricatedOrDisinformationDeniesThem() {
        assertEquals(Stance.DENIED, only("The ministry said the contracts were \"fabricated\".").stance());
        assertEquals(Stance.DENIED, only("Ruritania's defence ministry said reports of guards in Ruritania were part of a "
                + "Western disinformation campaign.").stance());
        assertEquals(Stance.DENIED, only("The ministry said reports of guards were \"part of a disinformation campaign\".").stance());
    }

    @Test
    void theGroupOrTheCompanyIsTheOneNamedBefore() {
        List<ExtractedClaim> claims = extract("Acme Security denies any role in Ruritania.\n\n"
                + "The company is reportedly paid between $5m and $10m per month. Anna Smith said the firm had left.");
        assertEquals(List.of(ACME), claimFor(claims, "The company is").subjects());
        assertEquals(List.of(ACME), claimFor(claims, "Anna Smith said").subjects());
        assertEquals(List.of(), only("The group of villagers met on Monday, Anna Smith said.").subjects(),
                "no group named before, no subject");
    }

    @Test
    void anInterviewsAnswersAreTheIntervieweesAndItsQuestionsNoClaims() {
        String text = "\"We will not leave\": an interview with Anna Smith\n\n"
                + "Anna Smith is the spokeswoman of the Ruritanian army. She spoke to us in the capital.\n\n"
                + "Q: Are Acme guards fighting alongside your troops?\n\n"
                + "A: There are no guards of Acme Security in Ruritania. There are instructors, invited by the state.\n\n"
                + "Question: How much does Ruritania pay them?\n\n"
                + "Answer: The figure of ten million dollars a month is a lie spread by our enemies.";
        List<ExtractedClaim> claims = extract(text);
        assertTrue(claims.stream().noneMatch(c -> c.quote().contains("Are Acme guards") || c.quote().contains("How much")),
                claims.toString());
        ExtractedClaim noGuards = claimFor(claims, "There are no guards");
        assertEquals(SMITH, noGuards.immediateSource().actor());
        assertEquals(Stance.DENIED, noGuards.stance());
        assertEquals("Anna Smith said: There are no guards of Acme Security in Ruritania.", noGuards.statement());
        assertEquals(SMITH, claimFor(claims, "There are instructors").immediateSource().actor());
        ExtractedClaim lie = claimFor(claims, "The figure of ten million");
        assertEquals(SMITH, lie.immediateSource().actor());
        assertEquals(Stance.DENIED, lie.stance());
        assertEquals(SourceKind.AUTHOR, only("A: the first letter of the alphabet opens this sentence about Ruritania.")
                .immediateSource().kind(), "no questions, no interview");
    }

    @Test
    void aBroadcasterReportingAndWordsBetweenQuotations() {
        ExtractedClaim reported = only("Ruritanian state television reports that the junta has ordered Anna Smith to leave.");
        assertEquals(SourceKind.OUTLET, reported.immediateSource().kind());
        assertEquals("Ruritanian state television", reported.immediateSource().name());
        assertEquals(SourceKind.AUTHOR, only("Reports of fighting near the border worried Anna Smith's allies.")
                .immediateSource().kind(), "a noun");
        ExtractedClaim between = only("A spokesman for Acme tells Reuters that \"no Acme guards\" are fighting in Ruritania, "
                + "only \"instructors\".");
        assertEquals("a spokesman for Acme tells: \"no Acme guards\" are fighting in Ruritania, only \"instructors\".",
                between.statement());
    }

    @Test
    void anAgencyNamedOnceIsNoRelayOfTheWholeArticle() {
        List<ExtractedClaim> once = extract("In September, Reuters reported that Ruritania was close to a deal with Acme.\n\n"
                + "In December, fifteen European countries said in a joint statement that Acme guards had arrived.");
        assertEquals(1, claimFor(once, "In December").sources().size(), "the joint statement did not come through Reuters");
        List<ExtractedClaim> copy = extract("Acme guards have reached Ruritania, two diplomatic sources told Reuters.\n\n"
                + "The deal is worth about $10 million a month, one of the sources told Reuters.\n\n"
                + "Anna Smith said the guards would protect officials.");
        assertEquals(REUTERS, claimFor(copy, "Anna Smith said").sources().get(1).actor(),
                "Reuters copy: every claim comes through Reuters");
    }

    @Test
    void callingOrDescribingSomethingInQuotedWords() {
        ExtractedClaim called = only("The Ruritanian defence minister, Anna Smith, called the prospect \"extremely worrying\".");
        assertEquals(SMITH, called.immediateSource().actor());
        assertEquals("called", called.verb());
        assertEquals(SMITH, only("Anna Smith described the deal as \"a betrayal of our soldiers\".").immediateSource().actor());
        assertEquals(SourceKind.AUTHOR, only("Anna Smith called for talks with Acme Security in Ruritania.").immediateSource().kind());
        assertEquals(SourceKind.AUTHOR, only("A company called Acme Security sent 500 guards to Ruritania.").immediateSource().kind());
    }

    @Test
    void whatFollowsTheAttributionAtTheEndOfTheSentence() {
        ExtractedClaim cited = only("Ruritania agreed to pay Acme 10 million dollars a month, the Daily Ledger reported, "
                + "citing two officials.");
        assertEquals(2, cited.immediateSource().anonymousCount(), "the officials said it");
        assertEquals(DAILY, cited.sources().get(1).actor(), "the newspaper relays it");
        assertEquals("two officials reported: Ruritania agreed to pay Acme 10 million dollars a month.", cited.statement());
        assertEquals("Marc Dupont said: The talks failed.",
                only("The talks failed, said Marc Dupont, whose company employs 300 guards.").statement());
        ExtractedClaim aged = only("Marc Dupont, 54, said the talks with Ruritania had failed.");
        assertEquals(DUPONT, aged.immediateSource().actor());
        assertEquals("Marc Dupont said on Monday: the talks had failed and the guards would leave Ruritania.",
                only("Marc Dupont said on Monday the talks had failed and the guards would leave Ruritania.").statement());
    }

    @Test
    void adverbsAndSettingsAroundTheAttribution() {
        assertEquals("Marc Dupont said: the guards had left Ruritania.",
                only("Marc Dupont, however, said the guards had left Ruritania.").statement());
        assertEquals("Marc Dupont said, speaking to reporters in the capital: the guards had left Ruritania.",
                only("Speaking to reporters in the capital, Marc Dupont said the guards had left Ruritania.").statement());
        assertEquals("Marc Dupont said, asked about the guards: they had left Ruritania.",
                only("Asked about the guards, Marc Dupont said they had left Ruritania.").statement());
        assertEquals("Marc Dupont said in a tweet: the guards had left Ruritania.",
                only("In a tweet, Marc Dupont said the guards had left Ruritania.").statement());
        assertEquals("Marc Dupont told: The guards have left Ruritania.",
                only("The guards have left Ruritania, Marc Dupont told the Daily Ledger in an interview on Sunday.").statement());
        assertEquals("Marc Dupont said: The guards have left Ruritania, and the talks are over.",
                only("The guards have left Ruritania, Marc Dupont said, and the talks are over.").statement());
    }

    @Test
    void whenADirectQuotationWasSpokenGoesWithTheSpeaker() {
        assertEquals("Marc Dupont told on Tuesday: We will never pay Acme Security.",
                only("Marc Dupont told parliament on Tuesday: \"We will never pay Acme Security.\"").statement());
        assertEquals("Marc Dupont said on Monday: We will never pay Acme Security.",
                only("\"We will never pay Acme Security,\" Marc Dupont said on Monday.").statement());
        assertEquals("Marc Dupont said: We will never pay Acme Security.",
                only("\"We will never pay Acme Security,\" Marc Dupont said.").statement());
    }

    // A short article in a house style the rules were not written from.

    @Test
    void aWireStyleStory() {
        String text = "Acme Security shuts Ruritania office\n\n"
                + "Acme Security will close its office in Ruritania by June, two people familiar with the plan said on "
                + "Tuesday, in a blow to a government that pays the firm about £4 million a year.\n\n"
                + "“We have not been told anything,” said Marc Dupont, who heads the guards’ union. "
                + "“Nobody here has been paid since March.”\n\n"
                + "The company said in a statement it was reviewing its operations. Ruritania's defence ministry did not "
                + "respond to a request for comment.\n\n"
                + "The firm, founded in 2009, employs 1,500 guards in the region, according to its website.";
        List<ExtractedClaim> claims = EXTRACTOR.extract(text, link(text));

        ExtractedClaim close = claimFor(claims, "Acme Security will close");
        assertEquals(2, close.immediateSource().anonymousCount());
        ExtractedQuantity pounds = close.quantities().get(0);
        assertEquals("GBP", pounds.unit());
        assertEquals(Period.YEAR, pounds.period());
        assertEquals(0, new BigDecimal("4000000").compareTo(pounds.amount()));
        assertEquals(DUPONT, claimFor(claims, "“We have not").immediateSource().actor());
        assertEquals(DUPONT, claimFor(claims, "“Nobody here").immediateSource().actor());
        assertEquals(SourceKind.INSTITUTION, claimFor(claims, "The company said").immediateSource().kind());
        assertEquals(List.of("non-response"), claimFor(claims, "Ruritania's defence").topics());
        ExtractedClaim staff = claimFor(claims, "The firm, founded");
        assertEquals(SourceKind.DOCUMENT, staff.immediateSource().kind());
        assertEquals("guards", staff.quantities().get(0).unit());
        assertTrue(claims.stream().noneMatch(c -> c.quote().startsWith("Acme Security shuts")), "the headline");
    }

    @Test
    void survivesArbitraryText() {
        String[] pieces = {"Anna Smith", "said", "“", "”", "\"", ",", ".", "?", "according to", "two sources", "who",
                "denies", "Reuters", "did not reply", "$5 million a month", "1,000 guards", "\n\n", "the", "Acme",
                "–", ":", "(", ")", "he", "told", "Ruritania", "adding that", "…", "’s", "by", "junta"};
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String t = text.toString();
            for (ExtractedClaim c : EXTRACTOR.extract(t, link(t))) {
                assertEquals(c.quote(), t.substring(c.start(), c.end()), t);
                assertTrue(c.start() < c.end(), t);
            }
        }
    }

    @Test
    void rejectsNullInput() {
        assertThrows(NullPointerException.class, () -> EXTRACTOR.extract(null, List.of()));
        assertThrows(NullPointerException.class, () -> EXTRACTOR.extract("text", null));
        assertTrue(EXTRACTOR.extract("", List.of()).isEmpty());
    }
}
