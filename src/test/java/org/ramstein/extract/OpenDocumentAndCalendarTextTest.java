package org.ramstein.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ramstein.common.ValidationException;

/** OpenDocument texts and calendars read as their readers see them. */
class OpenDocumentAndCalendarTextTest {

    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

    @Test
    void anOpenDocumentReadsWithChangesAcceptedWithoutCommentsItsNotesLast() throws IOException {
        String content = "<office:document-content " + NS + "><office:body><office:text>"
                + "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>50</text:p></text:deletion></text:changed-region>"
                + "</text:tracked-changes>"
                + "<text:h>RESOLUTION<text:line-break/>ON TRANSFER</text:h>"
                + "<text:p>1.1. <text:change text:change-id=\"c1\"/>40 M113 carriers<office:annotation><text:p>Was it 60?</text:p></office:annotation>;"
                + "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>From army stocks.</text:p>"
                + "</text:note-body></text:note></text:p>"
                + "<text:p>Worth<text:s text:c=\"2\"/>EUR<text:tab/>30 million.</text:p>"
                + "<table:table><table:table-row><table:table-cell><text:p>Item</text:p></table:table-cell><table:table-cell><text:p>Quantity</text:p>"
                + "</table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>M577</text:p></table:table-cell>"
                + "<table:table-cell><text:p>10</text:p></table:table-cell></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"><text:p/></table:table-cell></table:table-row></table:table>"
                + "</office:text></office:body></office:document-content>";
        byte[] odt = WordAndMailTextTest.docx(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content));
        assertThat(OpenDocumentText.text(odt, "r.odt")).isEqualTo("""
                RESOLUTION
                ON TRANSFER

                1.1. 40 M113 carriers;

                Worth  EUR\t30 million.

                | Item | Quantity |
                | --- | --- |
                | M577 | 10 |

                From army stocks.
                """);
        assertThatThrownBy(() -> OpenDocumentText.text(WordAndMailTextTest.docx(Map.of("styles.xml", "<x/>")), "s.odt"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("s.odt").hasMessageContaining("content.xml");
    }

    @Test
    void aCalendarReadsAsItsEventsTitlesAndDescriptionsUnfoldedAndUnescaped() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1@x\r\nDTSTART:20240319T090000Z\r\nSUMMARY:UDCG meeting\\, Ramstein\r\n"
                + "LOCATION:Ramstein Air Base\\, Germany\r\nDESCRIPTION;LANGUAGE=en:Germany announced a package of 50\r\n 0 million euros\\; Latvia pledged\r\n"
                + "\t6 M109 howitzers.\\nFollow-up: none.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertThat(CalendarText.text(ics, "m.ics")).isEqualTo("""
                UDCG meeting, Ramstein

                Germany announced a package of 500 million euros; Latvia pledged6 M109 howitzers.
                Follow-up: none.
                """);
        assertThatThrownBy(() -> CalendarText.text("SUMMARY:x\n", "n.ics")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("n.ics line 1").hasMessageContaining("BEGIN:VCALENDAR");
    }
}
