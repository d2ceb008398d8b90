package org.ramstein.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramstein.audit.domain.Secrets;

/**
 * What a command carried, as the trail records it: JSON text with every secret field's value (passwords, tokens, CSRF
 * tokens …, at any depth) replaced by "[redacted]", and capped in size. A payload over the cap is kept as a JSON object
 * holding its length and its beginning; a body that is not JSON is kept as text with anything that looks like a secret
 * field's value blanked. The result is always valid JSON.
 */
public final class Payloads {
    public static final int MAX_CHARS = 16_384;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** "password": "…", password=…, token: … in text that is not JSON. */
    private static final Pattern SECRET_IN_TEXT = Pattern.compile(
            "(?i)(\"?([A-Za-z_\\-]*(?:password|passwd|passphrase|secret|token|csrf|credential|authorization)[A-Za-z_\\-]*)\"?\\s*[:=]\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"?|[^&\\s,;}\"]*)");

    private Payloads() {
    }

    /** A request body: JSON redacted field by field; anything else as redacted text. Null for an empty body. */
    public static String json(String body) {
        if (body == null || body.isBlank()) return null;
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("_unparsed", redactText(body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body));
            o.put("_length", body.length());
            return capped(o);
        }
        return capped(redact(node));
    }

    /** Form fields (one value, or several as an array) and the names and sizes of uploaded files. */
    public static String form(Map<String, List<String>> fields, List<Map<String, Object>> files) {
        ObjectNode o = MAPPER.createObjectNode();
        fields.forEach((name, values) -> {
            if (values.size() == 1) o.put(name, values.get(0));
            else {
                ArrayNode a = o.putArray(name);
                values.forEach(a::add);
            }
        });
        if (files != null && !files.isEmpty()) o.set("_files", MAPPER.valueToTree(files));
        if (o.isEmpty()) return null;
        return capped(redact(o));
    }

    /** Named values (a command line's arguments and options), redacted like a body. */
    public static String of(Map<String, ?> values) {
        return capped(redact(MAPPER.valueToTree(values)));
    }

    static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (Secrets.isSecret(e.getKey())) e.setValue(MAPPER.getNodeFactory().textNode(Secrets.REDACTED));
                else redact(e.getValue());
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(Payloads::redact);
        }
        return node;
    }

    static String redactText(String text) {
        Matcher m = SECRET_IN_TEXT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + Secrets.REDACTED));
        m.appendTail(sb);
        return sb.toString();
    }

    private static String capped(JsonNode node) {
        String text;
        try {
            text = MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        if (text.length() <= MAX_CHARS) return text;
        ObjectNode o = MAPPER.createObjectNode();
        o.put("_truncated", true);
        o.put("_length", text.length());
        // escaping at most doubles the text (a quote or backslash becomes two characters): half the cap always fits
        int cut = MAX_CHARS / 2 - 100;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        o.put("_head", text.substring(0, cut));
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
