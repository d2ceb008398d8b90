package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A press office's RTF file, a register's XML export with its attributes, and HTML's named characters. */
class RichTextXmlRecordsAndEntitiesTest {

    private static final String RTF = """
            {\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl ;\\red0\\green0\\blue255;}
            {\\*\\generator Riched20 10.0.19041}{\\info{\\title Pressmeddelande}{\\author Kansliet}}\\viewkind4\\uc1
            \\pard\\sa200\\b\\f0\\fs28 Press release\\b0\\fs22\\par
            \\pard 29 May 2024\\line Ministry of Defence (F\\'f6rsvarsdepartementet)\\par
            \\pard Sweden will send 8 Archer systems\\~\\emdash  worth SEK\\~3\\~billion \\ldblquote at once\\rdblquote\\u8230?\\par
            \\trowd\\cellx2500\\cellx5000
            \\pard\\intbl\\b Package\\b0\\cell Value\\cell\\row
            \\trowd\\cellx2500\\cellx5000
            \\pard\\intbl 15th\\cell SEK 7.1 billion\\cell\\row
            \\pard\\par
            \\pard See {\\field{\\*\\fldinst{HYPERLINK "https://www.example.se/x"}}{\\fldrslt{\\ul regeringen.se}}}.\\par
            }
            """;

    @Test
    void anRtfFileReadsAsItsParagraphsAndTablesWithoutItsTablesOfFontsAndProperties() {
        assertThat(RichText.text(RTF)).isEqualTo("""
                Press release

                29 May 2024
                Ministry of Defence (F\u00f6rsvarsdepartementet)

                Sweden will send 8 Archer systems \u2014 worth SEK 3 billion \u201Cat once\u201D\u2026

                | Package | Value |
                | --- | --- |
                | 15th | SEK 7.1 billion |

                See regeringen.se.
                """);
    }

    @Test
    void whatAnRtfPressReleaseStatesIsRead() {
        assertThat(briefs(RichText.text(RTF))).contains("pledge Sweden | Archer | 8 exact");
        assertThat(RichText.text(RTF)).doesNotContain("Arial").doesNotContain("Riched").doesNotContain("Kansliet").doesNotContain("HYPERLINK");
    }

    @Test
    void anXmlRegisterReadsAsRecordsCarryingTheNamesOfTheElementsAroundThem() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- export -->
                <register xmlns="urn:example:register:1" generated="2024-06-30">
                  <donor code="NO" name="Norway">
                    <entry id="NO-2023-031" recipient="Ukraine">
                      <system>M109A3GN</system>
                      <status>delivered</status>
                      <quantity qualifier="approx">22</quantity>
                      <deliveryDate type="delivered">2023-02-01</deliveryDate>
                    </entry>
                    <entry id="NO-2024-003"><package number="22"/><value currency="NOK">7500000000</value><quantity/></entry>
                  </donor>
                </register>
                """;
        assertThat(Markup.xml(xml)).isEqualTo("""
                generated: 2024-06-30

                donor: Norway
                recipient: Ukraine
                system: M109A3GN
                status: delivered
                quantity (approx): 22
                delivery date (delivered): 2023-02-01

                donor: Norway
                package number: 22
                value (NOK): 7500000000
                quantity:
                """);
    }

    @Test
    void anXmlEntrysRecipientAttributeAndAFieldsApproximateMarkAreRead() {
        String xml = """
                <register>
                  <donor name="Germany">
                    <entry recipient="Ukraine"><system>Gepard</system><status>delivered</status><quantity>52</quantity></entry>
                    <entry recipient="Slovakia"><system>Leopard 2A4</system><status>delivered</status><quantity>15</quantity></entry>
                    <entry recipient="Ukraine"><system>IRIS-T SLM</system><status>pledged</status><quantity/></entry>
                  </donor>
                  <donor name="Norway">
                    <entry><system>M109A3GN</system><status>delivered</status><quantity qualifier="approx">22</quantity></entry>
                  </donor>
                </register>
                """;
        assertThat(briefs(Markup.xml(xml))).containsExactlyInAnyOrder("delivery Germany | Gepard | 52 exact",
                "pledge Germany | IRIS-T SLM | - unspecified", "delivery Norway | M109 | 22 about");
    }

    @Test
    void xmlWithTextBesideItsElementsIsProseAndReadAsBefore() {
        String xml = "<doc><p>Norway will send <b>2</b> NASAMS.</p></doc>";
        assertThat(XmlRecords.text(xml)).isEmpty();
        assertThat(XmlRecords.text("<doc><p>unclosed</doc>")).isEmpty();
        assertThat(Markup.xml(xml)).contains("Norway will send").contains("NASAMS");
    }

    @Test
    void anXmlDocumentTypeIsNeverFollowedOutsideTheText(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-4711");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><r><a>&x;</a><b>2</b></r>";
        assertThat(Markup.xml(xml)).doesNotContain("SECRET-4711");
    }

    @Test
    void everyNamedCharacterOfHtml4IsDecoded() {
        assertThat(Markup.decodeEntities("A &middot; B &rsaquo; C &Ouml;l &frac12; &hellip;&nbsp;x &bogus;"))
                .isEqualTo("A \u00B7 B \u203A C \u00D6l \u00BD \u2026 x &bogus;");
    }
}
