package org.ramstein.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramstein.common.ValidationException;
import org.ramstein.extract.domain.Claim;

/** Word documents and e-mail messages read as their readers see them. */
class WordAndMailTextTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    static byte[] docx(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String paragraph(String... runs) {
        return "<w:p>" + String.join("", runs) + "</w:p>";
    }

    static byte[] packageDocument() throws IOException {
        String body = paragraph(run("Denmark will donate "), "<w:del w:id=\"1\" w:author=\"J\"><w:r><w:delText>50</w:delText></w:r></w:del>",
                "<w:ins w:id=\"2\" w:author=\"J\">" + run("40") + "</w:ins>", run(" M113 carriers, "), run("Leo"), run("pard 1A5 tanks and"),
                "<w:r><w:rPr><w:vanish/></w:rPr><w:t> 6 Skynex systems and</w:t></w:r>", run(" ammunition."),
                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>")
                + paragraph("<w:del w:id=\"3\" w:author=\"J\"><w:r><w:delText>Denmark will also donate 8 Archer systems.</w:delText></w:r></w:del>")
                + paragraph(run("Field: "), "<w:r><w:instrText> HYPERLINK \"https://example.org/20\" </w:instrText></w:r>", run("the list"))
                + paragraph("<mc:AlternateContent><mc:Choice>" + run("In a box.") + "</mc:Choice><mc:Fallback>" + run("In a box.")
                        + "</mc:Fallback></mc:AlternateContent>")
                + "<w:tbl><w:tr><w:tc>" + paragraph(run("Equipment")) + "</w:tc><w:tc>" + paragraph(run("Quantity")) + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + paragraph(run("F-16 fighter")) + paragraph(run("aircraft")) + "</w:tc><w:tc>" + paragraph(run("19")) + "</w:tc></w:tr></w:tbl>";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("word/document.xml", "<?xml version=\"1.0\"?><w:document " + W + "><w:body>" + body + "</w:body></w:document>");
        parts.put("word/footnotes.xml", "<w:footnotes " + W + "><w:footnote w:type=\"separator\" w:id=\"-1\">" + paragraph(run("----"))
                + "</w:footnote><w:footnote w:id=\"1\">" + paragraph(run("Worth DKK 470 million.")) + "</w:footnote></w:footnotes>");
        parts.put("word/comments.xml", "<w:comments " + W + "><w:comment w:id=\"0\">" + paragraph(run("Was it 60?")) + "</w:comment></w:comments>");
        parts.put("word/header1.xml", "<w:hdr " + W + ">" + paragraph(run("OFFICIAL 2024/0193")) + "</w:hdr>");
        return docx(parts);
    }

    @Test
    void aWordDocumentReadsWithItsChangesAcceptedItsTablesAsTablesAndItsNotesLast() throws IOException {
        assertThat(WordText.text(packageDocument(), "p.docx")).isEqualTo("""
                Denmark will donate 40 M113 carriers, Leopard 1A5 tanks and ammunition.

                Field: the list

                In a box.

                | Equipment | Quantity |
                | --- | --- |
                | F-16 fighter aircraft | 19 |

                Worth DKK 470 million.
                """);
    }

    @Test
    void aFileThatIsNoWordDocumentGetsAnErrorNamingIt() throws IOException {
        assertThatThrownBy(() -> WordText.text("plain words".getBytes(StandardCharsets.UTF_8), "notes.docx"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("notes.docx").hasMessageContaining("not a zip file");
        byte[] noBody = docx(Map.of("word/styles.xml", "<w:styles/>"));
        assertThatThrownBy(() -> WordText.text(noBody, "styles.docx")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("styles.docx").hasMessageContaining("word/document.xml");
        byte[] broken = docx(Map.of("word/document.xml", "<w:document " + W + "><w:body><w:p>"));
        assertThatThrownBy(() -> WordText.text(broken, "cut.docx")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cut.docx (word/document.xml)").hasMessageContaining("not well-formed");
    }

    private static final String DIGEST_PLAIN = "Sweden will deliver 20 Pbv 302 armoured personnel carriers by the sum=\nmer =E2=80=93 and Latvia sent 5 M109.\n";

    private static String digest(String alternatives) {
        return "From: Aid Monitor <digest@example.org>\nSubject: =?utf-8?q?Weekly_digest_=E2=80=93?= =?utf-8?B?IE5vcmRpYw==?=\n"
                + "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"=_b1\"\n\nThis is a multi-part message.\n" + alternatives + "--=_b1--\n";
    }

    @Test
    void ofAMessagesAlternativesOnlyTheLastReadableOneIsReadSoNoFigureCountsTwice() {
        String html = "<p>Sweden will deliver <b>20 Pbv 302</b> armoured personnel carriers.</p>";
        String mail = digest("--=_b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + DIGEST_PLAIN
                + "--=_b1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\n"
                + "--=_b1\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n");
        assertThat(MailText.text(mail.getBytes(StandardCharsets.ISO_8859_1), "d.eml"))
                .isEqualTo("Weekly digest \u2013 Nordic\n\nSweden will deliver 20 Pbv 302 armoured personnel carriers.\n");
        String plainOnly = digest("--=_b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + DIGEST_PLAIN);
        assertThat(MailText.text(plainOnly.getBytes(StandardCharsets.ISO_8859_1), "d.eml"))
                .contains("by the summer \u2013 and Latvia sent 5 M109.");
    }

    @Test
    void attachedDocumentsAndForwardedMessagesAreReadFlowedLinesJoined() throws IOException {
        String attached = Base64.getMimeEncoder().encodeToString(packageDocument());
        String mail = "Subject: Fwd: package\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\n"
                + "Content-Type: text/plain; charset=iso-8859-1; format=flowed\n\nSee the attached note from K\u00f8benhavn, \nsent today.\n"
                + "--outer\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"package.docx\"\n"
                + "Content-Disposition: attachment; filename=\"package.docx\"\nContent-Transfer-Encoding: base64\n\n" + attached + "\n"
                + "--outer\nContent-Type: message/rfc822\n\nSubject: Norway\nContent-Type: text/plain\n\nNorway pledged 2 NASAMS.\n--outer--\n";
        String text = MailText.text(mail.getBytes(StandardCharsets.ISO_8859_1), "f.eml");
        assertThat(text).startsWith("Fwd: package\n\nSee the attached note from K\u00f8benhavn, sent today.\n\nDenmark will donate 40 M113 carriers")
                .contains("| F-16 fighter aircraft | 19 |").endsWith("Norway\n\nNorway pledged 2 NASAMS.\n").doesNotContain("Skynex");
    }

    @Test
    void aFileThatIsNoMessageGetsAnErrorNamingIt() {
        assertThatThrownBy(() -> MailText.text("Germany sent 14 tanks.".getBytes(StandardCharsets.UTF_8), "note.eml"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("note.eml").hasMessageContaining("header lines");
        assertThatThrownBy(() -> MailText.text("Subject: x\nContent-Type: multipart/mixed\n\nbody\n".getBytes(StandardCharsets.UTF_8), "m.eml"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("m.eml").hasMessageContaining("without a boundary");
        assertThatThrownBy(() -> MailText.text("Subject: x\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!notbase64\u00e9\n"
                .getBytes(StandardCharsets.UTF_8), "b.eml")).isInstanceOf(ValidationException.class).hasMessageContaining("b.eml")
                .hasMessageContaining("base64");
    }

    @Test
    void aFolderOfDocumentsAndMessagesIsExtractedLikeAnyText(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("package.docx"), packageDocument());
        Files.writeString(dir.resolve("digest.eml"), digest("--=_b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
                + "quoted-printable\n\n" + DIGEST_PLAIN), StandardCharsets.ISO_8859_1);
        ExtractService service = ExtractService.bundled();
        List<Claim> claims = service.extractAll(service.read(List.of(dir)));
        assertThat(claims).extracting(c -> c.file() + " " + c.kind() + " " + c.donor() + " " + c.item() + " " + c.quantity()).contains(
                "package.docx pledge Denmark M113 40", "digest.eml pledge Sweden Pbv 302 20", "digest.eml delivery Latvia M109 5");
        assertThat(claims).noneMatch(c -> c.quantity() != null && (c.quantity() == 50 || c.quantity() == 8 || c.quantity() == 6));
    }
}
