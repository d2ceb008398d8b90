package org.ramstein.extract;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ramstein.common.ValidationException;
import org.ramstein.extract.domain.Markup;

/**
 * The text of an OpenDocument text (".odt") as its reader sees it with changes accepted: headings, paragraphs and list
 * items, tables as pipe tables, footnotes and endnotes last. The text a tracked change deleted is kept apart from the body
 * (in the tracked-changes region) and is not read; nor are comments (annotations) written inside a paragraph.
 */
final class OpenDocumentText {

    private static final String CONTENT = "content.xml";

    private OpenDocumentText() {
    }

    static String text(byte[] zip, String name) {
        byte[] content = ZipParts.of(zip, name, "an OpenDocument text", CONTENT::equals).get(CONTENT);
        if (content == null) throw new ValidationException(name, "is not an OpenDocument text: it has no " + CONTENT);
        StringBuilder out = new StringBuilder();
        List<String> notes = new ArrayList<>();
        try {
            XMLStreamReader x = ZipParts.xml(content);
            int skipped = 0;
            int noteDepth = 0;
            StringBuilder paragraph = new StringBuilder();
            StringBuilder note = new StringBuilder();
            List<List<String>> rows = new ArrayList<>();
            List<String> row = null;
            StringBuilder cell = null;
            int repeated = 1;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = x.getLocalName();
                    if (skipped > 0 || local.equals("tracked-changes") || local.equals("annotation") || local.equals("note-citation")) {
                        skipped++;
                        continue;
                    }
                    StringBuilder into = noteDepth > 0 ? note : paragraph;
                    switch (local) {
                        case "note" -> noteDepth++;
                        case "s" -> into.append(" ".repeat(Math.max(1, count(x, "c"))));
                        case "tab" -> into.append('\t');
                        case "line-break" -> into.append('\n');
                        case "table-row" -> row = new ArrayList<>();
                        case "table-cell", "covered-table-cell" -> {
                            cell = new StringBuilder();
                            repeated = Math.min(count(x, "number-columns-repeated"), 64);
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = x.getLocalName();
                    if (skipped > 0) {
                        skipped--;
                        continue;
                    }
                    switch (local) {
                        case "p", "h" -> {
                            if (noteDepth > 0) {
                                note.append(' ');
                            } else {
                                String text = paragraph.toString().strip();
                                paragraph.setLength(0);
                                if (text.isEmpty()) continue;
                                if (cell != null) cell.append(' ').append(text);
                                else out.append(text).append("\n\n");
                            }
                        }
                        case "note" -> {
                            noteDepth--;
                            if (noteDepth == 0) {
                                notes.add(note.toString().strip());
                                note.setLength(0);
                            }
                        }
                        case "table-cell", "covered-table-cell" -> {
                            String text = cell == null ? "" : cell.toString().strip();
                            for (int i = 0; i < Math.max(1, repeated) && row != null; i++) row.add(text);
                            cell = null;
                        }
                        case "table-row" -> {
                            if (row != null && row.stream().anyMatch(c -> !c.isEmpty())) rows.add(row);
                            row = null;
                        }
                        case "table" -> {
                            if (!rows.isEmpty()) out.append(Markup.pipeTable(rows.get(0), rows.subList(1, rows.size()))).append('\n');
                            rows.clear();
                        }
                        default -> {
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && skipped == 0) {
                    (noteDepth > 0 ? note : paragraph).append(x.getText());
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ValidationException(name + " (" + CONTENT + ")" + (line > 0 ? " line " + line : ""), "is not well-formed XML: " + e.getMessage());
        }
        for (String n : notes) if (!n.isEmpty()) out.append(n).append("\n\n");
        return out.toString().strip() + "\n";
    }

    private static int count(XMLStreamReader x, String localName) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals(localName)) {
                try {
                    return Integer.parseInt(x.getAttributeValue(i).strip());
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
