package org.claimgraph.ingest.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextLanguageTest {

    @Test
    void newsProseReadsAsItsLanguage() {
        assertEquals("en", TextLanguage.of("""
                The junta said on Tuesday that the Russians in the country were instructors sent under an agreement with
                Moscow, not mercenaries. A diplomat said that about 1,000 fighters had arrived and that they were paid by
                the government, which has denied it."""));
        assertEquals("fr", TextLanguage.of("""
                La junte a affirmé mardi que les Russes présents dans le pays sont des instructeurs envoyés dans le cadre
                d'un accord avec Moscou, et non des mercenaires. Selon un diplomate, environ un millier de combattants
                sont arrivés et ils seraient payés par le gouvernement, qui dément."""));
        assertEquals("de", TextLanguage.of("""
                Die Junta sagte am Dienstag, dass die Russen im Land Ausbilder seien, die im Rahmen eines Abkommens mit
                Moskau entsandt wurden, und nicht Söldner. Ein Diplomat sagte, dass etwa tausend Kämpfer angekommen seien
                und von der Regierung bezahlt würden, die das bestreitet."""));
        assertEquals("es", TextLanguage.of("""
                La junta afirmó el martes que los rusos presentes en el país son instructores enviados en el marco de un
                acuerdo con Moscú, y no mercenarios. Según un diplomático, unos mil combatientes han llegado y son pagados
                por el gobierno, que lo niega, como dijo su portavoz a los periodistas."""));
    }

    @Test
    void lettersInsideIdentifiersAreNoWords() {
        // A UUID in a headline once read as Italian and Dutch ("e", "de") and left a French article with no language
        String french = """
                Mali : la junte dément tout accord e95d9fa5-ce12-488a-8628-e0233e4d6cc4 de-e1-a2e

                « Il n'y a aucun accord avec Wagner », a déclaré le porte-parole du gouvernement à la télévision nationale.
                Selon des sources diplomatiques, un millier de mercenaires pourraient être déployés pour un coût de six
                milliards de francs CFA par mois, ce que le gouvernement de transition dément dans un communiqué.""";
        assertEquals("fr", TextLanguage.of(french));
    }

    @Test
    void shortOrWordlessTextHasNoLanguage() {
        assertNull(TextLanguage.of("Mali junta denies Wagner deal"));
        assertNull(TextLanguage.of("Bamako Gao Timbuktu Kidal Mopti Segou Kayes Sikasso Koulikoro Menaka Bamako Gao Timbuktu "
                + "Kidal Mopti Segou Kayes Sikasso Koulikoro Menaka Bamako Gao Timbuktu Kidal Mopti Segou Kayes Sikasso "
                + "Koulikoro Menaka 2021 2022"));
    }
}
