package org.ramstein.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ramstein.common.ValidationException;
import org.ramstein.extract.domain.Markup;

/**
 * The text of a Jupyter notebook (".ipynb"), as its reader sees it rendered: each Markdown cell's text, and what each code
 * cell printed or showed (a table shown as HTML read as a table, else its plain text). The code itself states nothing
 * ("df.loc[...] = 20" is an assignment, not a figure anyone reported) and an error's traceback is no text; both are left out.
 */
final class NotebookText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NotebookText() {
    }

    /** The notebook's text; {@code name} names the file in the error a notebook that is not one gets. */
    static String text(String raw, String name) {
        JsonNode notebook;
        try {
            notebook = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ValidationException(name + (line > 0 ? " line " + line : ""), "is not a Jupyter notebook: not JSON");
        }
        JsonNode cells = notebook == null ? null : notebook.get("cells");
        if (cells == null || !cells.isArray()) throw new ValidationException(name, "is not a Jupyter notebook: it has no \"cells\" list");
        StringBuilder out = new StringBuilder();
        for (JsonNode cell : cells) {
            String type = cell.path("cell_type").asText();
            switch (type) {
                case "markdown" -> append(out, Markup.markdown(joined(cell.get("source"))));
                case "raw" -> append(out, joined(cell.get("source")));
                case "code" -> {
                    for (JsonNode output : cell.path("outputs")) append(out, shown(output));
                }
                default -> {
                }
            }
        }
        return out.toString();
    }

    /** What one output of a code cell shows: a stream's text, a result's HTML (tables) or Markdown or plain text; no error. */
    private static String shown(JsonNode output) {
        String type = output.path("output_type").asText();
        if (type.equals("stream")) return joined(output.get("text"));
        if (!type.equals("execute_result") && !type.equals("display_data")) return "";
        JsonNode data = output.path("data");
        if (data.has("text/html")) return Markup.html(joined(data.get("text/html")));
        if (data.has("text/markdown")) return Markup.markdown(joined(data.get("text/markdown")));
        return joined(data.get("text/plain"));
    }

    /** A notebook's text field: one string, or a list of lines. */
    private static String joined(JsonNode field) {
        if (field == null || field.isNull()) return "";
        if (field.isTextual()) return field.asText();
        StringBuilder s = new StringBuilder();
        for (JsonNode line : field) s.append(line.asText());
        return s.toString();
    }

    private static void append(StringBuilder out, String text) {
        String t = text.strip();
        if (t.isEmpty()) return;
        if (!out.isEmpty()) out.append('\n');
        out.append(t).append('\n');
    }
}
