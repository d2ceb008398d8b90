package org.ramstein.web.pages;

import java.util.List;
import java.util.Map;

/**
 * An entry or correction form as the template draws it: sections of labelled fields, each with the value the person
 * typed and its error beside it; errors that belong to no field are listed at the top.
 */
public record EntryForm(View view, String heading, String intro, String action, boolean multipart, List<Section> sections,
                        Map<String, String> values, Map<String, String> errors, List<String> otherErrors, String notice, String submit,
                        Repeat repeat) {

    public EntryForm(View view, String heading, String intro, String action, boolean multipart, List<Section> sections, Map<String, String> values,
                     Map<String, String> errors, List<String> otherErrors, String notice, String submit) {
        this(view, heading, intro, action, multipart, sections, values, errors, otherErrors, notice, submit, null);
    }

    /**
     * Sections that repeat (a pledge's lines), drawn before section {@code at} with a button adding one more: a plain
     * submit re-rendering the form with another slot (named {@code countName}), or with htmx only the repeated part.
     * {@code focus} names the field to focus (the first of a line just added), null for none.
     */
    public record Repeat(int at, String id, List<Section> sections, String countName, int count, String addName, String addLabel, String focus) {
    }

    public record Section(String legend, String help, List<Field> fields) {
    }

    public record Option(String value, String label) {
    }

    /**
     * type: text, number, date, select, textarea, file, hidden (a value carried back unseen, such as the version read). {@code idPrefix} keeps ids unique when a page holds several forms
     * with a field of the same name ("f-" unless told).
     */
    public record Field(String name, String label, String type, List<Option> options, String help, boolean required, String idPrefix) {
        public Field(String name, String label, String type, List<Option> options, String help, boolean required) {
            this(name, label, type, options, help, required, "f-");
        }

        public String id() {
            return idPrefix + name.replaceAll("[^A-Za-z0-9]+", "-");
        }

        /** The same field with its id under another prefix. */
        public Field idPrefixed(String prefix) {
            return new Field(name, label, type, options, help, required, prefix);
        }
    }

    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    public String error(String name) {
        return errors.get(name);
    }

    /** Whether a field takes the focus when the form is shown (the first field of a line just added). */
    public boolean focus(String name) {
        return repeat != null && name.equals(repeat.focus());
    }

    public boolean selected(Field f, Option o) {
        return o.value().equals(value(f.name()));
    }
}
