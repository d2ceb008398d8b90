package org.ramstein.extract.domain;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML document of data (a register's export, not a page of prose) read as its records, each a block of "name: value"
 * lines as a record's fields read in YAML. A record is an element holding fields (elements of text only); it carries
 * the names its enclosing elements give ("{@code <donor name="Norway">}" makes "donor: Norway" a field of every entry
 * inside), its own attributes ("{@code recipient="Slovakia"}"), and each field's attributes beside the field's name
 * ("{@code <value currency="NOK">}" as "value (NOK):", the way a table's header declares its unit). Identifiers,
 * namespaces and schema attributes are left out: their numbers are no one's figures.
 */
public final class XmlRecords {

    private XmlRecords() {
    }

    /** Attributes that name what their element is about: the first present is the element's name. */
    private static final List<String> NAMING = List.of("name", "title", "label", "country", "code");
    private static final Set<String> LEFT_OUT = Set.of("id", "uid", "uuid", "guid", "key", "ref", "href", "version", "schemalocation",
            "nonamespaceschemalocation", "lang");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD_JOIN = Pattern.compile("(?<=[a-z])(?=[A-Z])|[_]+");

    private static final class Element {
        final String name;
        final List<String[]> attributes = new ArrayList<>();
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Element(String name) {
            this.name = name;
        }

        boolean field() {
            return children.isEmpty();
        }

        String naming() {
            for (String n : NAMING) for (String[] a : attributes) if (a[0].equals(n) && !a[1].isBlank()) return a[1];
            return null;
        }
    }

    /**
     * The records of a well-formed XML document of data; empty where the document is not well-formed or holds prose
     * (an element with both text and elements in it), which is read as text instead.
     */
    public static Optional<String> text(String xml) {
        Element root;
        try {
            root = parse(xml);
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
        if (root == null || mixed(root)) return Optional.empty();
        StringBuilder out = new StringBuilder(xml.length() / 2);
        // the document's own attributes and fields (when it was made, by whom) once, not as part of every record
        List<String> top = new ArrayList<>();
        for (String[] a : root.attributes) top.add(a[0] + ": " + a[1]);
        if (root.field()) top.add(fieldLine(root));
        for (Element c : root.children) if (c.field()) top.add(fieldLine(c));
        block(out, top);
        for (Element c : root.children) if (!c.field()) records(c, List.of(), out);
        return Optional.of(out.toString());
    }

    private static Element parse(String xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // no document type, no entities from outside the text: a document read is never a door to the machine's files
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
        List<Element> open = new ArrayList<>();
        Element root = null;
        try {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element e = new Element(words(r.getLocalName()));
                        for (int k = 0; k < r.getAttributeCount(); k++) {
                            String prefix = r.getAttributePrefix(k);
                            String n = r.getAttributeLocalName(k);
                            if (prefix != null && !prefix.isEmpty() || LEFT_OUT.contains(n.toLowerCase(Locale.ROOT))) continue;
                            e.attributes.add(new String[] {words(n), r.getAttributeValue(k).strip()});
                        }
                        if (open.isEmpty()) root = e;
                        else open.get(open.size() - 1).children.add(e);
                        open.add(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) open.get(open.size() - 1).text.append(r.getText());
                    }
                    default -> {
                    }
                }
            }
        } finally {
            r.close();
        }
        return root;
    }

    private static boolean mixed(Element e) {
        if (!e.children.isEmpty() && !e.text.toString().isBlank()) return true;
        for (Element c : e.children) if (mixed(c)) return true;
        return false;
    }

    /**
     * The records under {@code e}: where {@code e} holds fields, one block of the names around it, its own attributes and
     * its fields; then the records of the elements inside it that hold more.
     */
    private static void records(Element e, List<String> around, StringBuilder out) {
        List<String> context = new ArrayList<>(around);
        String name = e.naming();
        if (name != null) context.add(e.name + ": " + name);
        boolean holdsFields = e.children.stream().anyMatch(Element::field);
        if (holdsFields) {
            List<String> lines = new ArrayList<>(context);
            for (String[] a : e.attributes) if (name == null || !NAMING.contains(a[0])) lines.add(a[0] + ": " + a[1]);
            for (Element c : e.children) if (c.field()) lines.add(fieldLine(c));
            block(out, lines);
        } else if (name == null) {
            // an element of groups with attributes but no name: its attributes speak for everything inside it
            for (String[] a : e.attributes) context.add(e.name + " " + a[0] + ": " + a[1]);
        }
        for (Element c : e.children) if (!c.field()) records(c, context, out);
    }

    /** "quantity: 22", "value (NOK): 7500000000"; an empty element's attributes each a line ("package number: 22"). */
    private static String fieldLine(Element f) {
        String text = WHITESPACE.matcher(f.text).replaceAll(" ").strip();
        if (text.isEmpty() && !f.attributes.isEmpty()) {
            StringBuilder s = new StringBuilder();
            for (String[] a : f.attributes) s.append(s.isEmpty() ? "" : "\n").append(f.name).append(' ').append(a[0]).append(": ").append(a[1]);
            return s.toString();
        }
        if (f.attributes.isEmpty()) return text.isEmpty() ? f.name + ":" : f.name + ": " + text;
        StringBuilder said = new StringBuilder();
        for (String[] a : f.attributes) said.append(said.isEmpty() ? "" : ", ").append(a[1]);
        return f.name + " (" + said + "): " + text;
    }

    private static void block(StringBuilder out, List<String> lines) {
        if (lines.isEmpty()) return;
        if (!out.isEmpty()) out.append('\n');
        for (String l : lines) out.append(l).append('\n');
    }

    /** An element's or attribute's name as words: "deliveredQuantity" and "delivered_quantity" read "delivered quantity". */
    private static String words(String name) {
        return WORD_JOIN.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT).strip();
    }
}
