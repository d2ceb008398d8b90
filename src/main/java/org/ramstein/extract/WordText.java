package org.ramstein.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ramstein.common.ValidationException;
import org.ramstein.extract.domain.Markup;

/**
 * The text of a Word document (".docx", Office Open XML) as its reader sees it with changes accepted: the body's paragraphs,
 * its tables as pipe tables, then its footnotes and endnotes. Text a tracked change deleted or moved away, hidden text,
 * field codes, comments, headers and footers are not read: a deleted "50" beside an inserted "40" is a correction, and a
 * running head repeats on every page. Where a drawing offers a fallback copy of its text box, only one copy is read.
 */
final class WordText {

    private static final String MAIN = "word/document.xml";

    private WordText() {
    }

    /** The document's text; {@code name} names the file in the error a file that is no Word document gets. */
    static String text(byte[] zip, String name) {
        Map<String, byte[]> parts = ZipParts.of(zip, name, "a Word document", part -> part.startsWith("word/") && part.endsWith(".xml"));
        byte[] main = parts.get(MAIN);
        if (main == null) throw new ValidationException(name, "is not a Word document: it has no " + MAIN);
        StringBuilder out = new StringBuilder(read(main, name + " (" + MAIN + ")"));
        for (String notes : List.of("word/footnotes.xml", "word/endnotes.xml")) {
            byte[] part = parts.get(notes);
            if (part != null) out.append(read(part, name + " (" + notes + ")"));
        }
        return out.toString().strip() + "\n";
    }

    /** One part's paragraphs and tables. Elements are matched by local name: documents written by other programs vary the prefix. */
    private static String read(byte[] part, String where) {
        StringBuilder out = new StringBuilder();
        try {
            XMLStreamReader x = ZipParts.xml(part);
            Reading r = new Reading(out);
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) r.open(x);
                else if (event == XMLStreamConstants.END_ELEMENT) r.close(x.getLocalName());
                else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && r.inText()) r.paragraph.append(x.getText());
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ValidationException(where + (line > 0 ? " line " + line : ""), "is not well-formed XML: " + e.getMessage());
        }
        return out.toString();
    }

    /** Where the reader is: inside text to read, inside something skipped, inside a table. */
    private static final class Reading {
        final StringBuilder out;
        StringBuilder paragraph = new StringBuilder();
        /** Depth of elements whose content is not read (deleted or moved-away text, a fallback copy, a separator note). */
        int skipped;
        boolean inT;
        boolean inRunProperties;
        boolean hiddenRun;
        final List<List<String>> rows = new ArrayList<>();
        List<String> row;
        StringBuilder cell;
        int tableDepth;

        Reading(StringBuilder out) {
            this.out = out;
        }

        boolean inText() {
            return inT && skipped == 0 && !hiddenRun;
        }

        void open(XMLStreamReader x) {
            String name = x.getLocalName();
            if (skipped > 0 || skips(x, name)) {
                skipped++;
                return;
            }
            switch (name) {
                case "t" -> inT = true;
                case "r" -> hiddenRun = false;
                case "rPr" -> inRunProperties = true;
                case "vanish", "specVanish" -> hiddenRun |= inRunProperties && !"false".equals(attribute(x, "val")) && !"0".equals(attribute(x, "val"));
                case "tab", "ptab" -> paragraph.append('\t');
                case "br", "cr" -> paragraph.append('\n');
                case "noBreakHyphen" -> paragraph.append('-');
                case "tbl" -> {
                    tableDepth++;
                    if (tableDepth == 1) rows.clear();
                }
                case "tr" -> {
                    if (tableDepth == 1) row = new ArrayList<>();
                }
                case "tc" -> {
                    if (tableDepth == 1) cell = new StringBuilder();
                }
                default -> {
                }
            }
        }

        /** Elements whose content the reader of the document does not see. */
        private static boolean skips(XMLStreamReader x, String name) {
            return switch (name) {
                case "del", "moveFrom", "delText", "instrText", "delInstrText", "Fallback", "commentReference" -> true;
                case "footnote", "endnote" -> attribute(x, "type") != null && !attribute(x, "type").equals("normal");
                default -> false;
            };
        }

        void close(String name) {
            if (skipped > 0) {
                skipped--;
                return;
            }
            switch (name) {
                case "t" -> inT = false;
                case "rPr" -> inRunProperties = false;
                case "r" -> hiddenRun = false;
                case "p" -> endParagraph();
                case "tc" -> {
                    if (tableDepth == 1 && cell != null) row.add(cell.toString().strip().replaceAll("\\s+", " "));
                }
                case "tr" -> {
                    if (tableDepth == 1 && row != null) rows.add(row);
                }
                case "tbl" -> {
                    tableDepth--;
                    if (tableDepth == 0) endTable();
                }
                default -> {
                }
            }
        }

        private void endParagraph() {
            String text = paragraph.toString().strip();
            paragraph = new StringBuilder();
            if (text.isEmpty()) return;
            if (tableDepth >= 1 && cell != null) cell.append(' ').append(text);
            else out.append(text).append("\n\n");
        }

        private void endTable() {
            if (!rows.isEmpty()) out.append(Markup.pipeTable(rows.get(0), rows.subList(1, rows.size()))).append('\n');
            rows.clear();
            row = null;
            cell = null;
        }

        private static String attribute(XMLStreamReader x, String localName) {
            for (int i = 0; i < x.getAttributeCount(); i++) {
                if (x.getAttributeLocalName(i).equals(localName)) return x.getAttributeValue(i);
            }
            return null;
        }
    }
}
