package org.ramstein.web.pages;

import java.util.List;
import java.util.Map;

/**
 * An entry or correction form as the template draws it: sections of labelled fields, each with the value the person
 * typed and its error beside it; errors that belong to no field are listed at the top.
 */
public record EntryForm(View view, String heading, String intro, String action, boolean multipart, List<Section> sections,
                        Map<String, String> values, Map<String, String> errors, List<String> otherErrors, String notice, String submit) {

    public record Section(String legend, String help, List<Field> fields) {
    }

    public record Option(String value, String label) {
    }

    /** type: text, number, date, select, textarea, file. */
    public record Field(String name, String label, String type, List<Option> options, String help, boolean required) {
        public String id() {
            return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-");
        }
    }

    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean selected(Field f, Option o) {
        return o.value().equals(value(f.name()));
    }
}
