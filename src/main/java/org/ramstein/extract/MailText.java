package org.ramstein.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramstein.common.ValidationException;

/**
 * The text of an e-mail message (".eml", MIME): its subject, then what a mail program shows. Of the alternatives of one
 * body (a plain and an HTML copy of one newsletter) only the last readable one is read, as MIME asks of a reader, so no
 * figure counts twice; attachments in a readable format (a Word document, an RTF press release, a forwarded message) are
 * read in turn; pictures, calendars and other data are not. Bodies are decoded (quoted-printable, base64, the part's
 * character set) and "format=flowed" lines joined; encoded words in the subject are decoded.
 */
final class MailText {

    /** Deeper nesting than this is no mail anyone wrote. */
    private static final int MAX_DEPTH = 16;
    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+:");
    private static final Pattern PARAMETER = Pattern.compile(";\\s*([\\w.*-]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s]*)");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern BETWEEN_ENCODED_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private MailText() {
    }

    /** The message's text; {@code name} names the file in the error a file that is no mail gets. */
    static String text(byte[] mail, String name) {
        // Latin-1 keeps every byte as one character, so bodies can be decoded by their own character sets afterwards.
        Part message = Part.of(new String(mail, StandardCharsets.ISO_8859_1));
        if (message == null) throw new ValidationException(name, "is not an e-mail message: it does not start with header lines (\"Name: value\")");
        StringBuilder out = new StringBuilder();
        read(message, name, 0, out);
        return out.toString().strip() + "\n";
    }

    private static void read(Part message, String name, int depth, StringBuilder out) {
        String subject = message.header("subject");
        if (subject != null && !subject.isBlank()) out.append(decodeWords(subject).strip()).append("\n\n");
        body(message, name, depth, out);
    }

    private static void body(Part part, String name, int depth, StringBuilder out) {
        if (depth > MAX_DEPTH) throw new ValidationException(name, "nests MIME parts deeper than " + MAX_DEPTH + " levels");
        String type = part.type();
        if (type.startsWith("multipart/")) {
            List<Part> parts = part.parts(name);
            if (type.equals("multipart/alternative")) {
                for (int i = parts.size() - 1; i >= 0; i--) {
                    if (readable(parts.get(i))) {
                        body(parts.get(i), name, depth + 1, out);
                        return;
                    }
                }
                return;
            }
            for (Part p : parts) body(p, name, depth + 1, out);
            return;
        }
        if (type.equals("message/rfc822")) {
            Part inner = Part.of(new String(part.decoded(name), StandardCharsets.ISO_8859_1));
            if (inner != null) read(inner, name, depth + 1, out);
            return;
        }
        String extension = extensionOf(part);
        if (extension == null) return;
        String where = name + (part.fileName() == null ? "" : " (attachment " + part.fileName() + ")");
        byte[] bytes = part.decoded(name);
        String text = type.startsWith("text/")
                ? ExtractService.textOf(flowed(new String(bytes, part.charset()), part), extension, where)
                : ExtractService.textOf(bytes, extension, where);
        if (!text.isBlank()) out.append(text.strip()).append("\n\n");
    }

    private static boolean readable(Part p) {
        return p.type().startsWith("multipart/") || p.type().equals("message/rfc822") || extensionOf(p) != null;
    }

    /** The kind of text a part holds, as a file extension the extractor reads, or null for what it does not read. */
    private static String extensionOf(Part p) {
        String file = p.fileName();
        if (file != null) {
            int dot = file.lastIndexOf('.');
            String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (ExtractService.TEXT_EXTENSIONS.contains(extension)) return extension;
            if (!p.type().startsWith("text/")) return null;
        }
        return switch (p.type()) {
            case "text/plain" -> "txt";
            case "text/html" -> "html";
            case "text/markdown", "text/x-markdown" -> "md";
            case "text/csv" -> "csv";
            case "text/tab-separated-values" -> "tsv";
            case "text/rtf", "application/rtf" -> "rtf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            default -> null;
        };
    }

    /** "format=flowed" text (RFC 3676): a line ending in a space goes on in the next; a leading space was added for transport. */
    private static String flowed(String text, Part p) {
        if (!"flowed".equalsIgnoreCase(p.parameter("content-type", "format"))) return text;
        boolean deleteSpace = "yes".equalsIgnoreCase(p.parameter("content-type", "delsp"));
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            String l = line.startsWith(" ") ? line.substring(1) : line;
            if (l.endsWith(" ") && !l.equals("-- ")) out.append(deleteSpace ? l.substring(0, l.length() - 1) : l);
            else out.append(l).append('\n');
        }
        return out.toString();
    }

    /** A header's encoded words ("=?utf-8?q?Weekly_digest_=E2=80=93?=") as the characters they stand for. */
    static String decodeWords(String header) {
        String joined = BETWEEN_ENCODED_WORDS.matcher(header).replaceAll("$1$2");
        Matcher m = ENCODED_WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3)) : quotedPrintable(m.group(3).replace('_', ' '));
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] base64(String s) {
        try {
            return Base64.getMimeDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Quoted-printable: "=" at a line's end joins it to the next, "=XX" is a byte; anything else is itself. */
    static byte[] quotedPrintable(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=') {
                if (s.startsWith("\r\n", i + 1)) {
                    i += 2;
                    continue;
                }
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i += 1;
                    continue;
                }
                if (i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                    out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                    i += 2;
                    continue;
                }
            }
            out.write(c & 0xFF);
        }
        return out.toByteArray();
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.US_ASCII : Charset.forName(name.strip());
        } catch (RuntimeException e) {
            // An unknown or misspelt character set: UTF-8 reads most mail written today.
            return StandardCharsets.UTF_8;
        }
    }

    /** One MIME entity: its headers (names in lower case, folded lines joined) and its body as written. */
    private record Part(Map<String, String> headers, String body) {

        /** The entity a text holds, or null if it does not open with a header line. */
        static Part of(String raw) {
            int end = blankLine(raw);
            String head = end < 0 ? raw : raw.substring(0, end);
            if (!HEADER_LINE.matcher(head).find()) return null;
            Map<String, String> headers = new LinkedHashMap<>();
            String current = null;
            for (String line : head.split("\r?\n")) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
                    headers.merge(current, " " + line.strip(), String::concat);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) continue;
                current = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(current, line.substring(colon + 1).strip());
            }
            String body = end < 0 ? "" : raw.substring(end).replaceFirst("^\r?\n\r?\n", "");
            return new Part(headers, body);
        }

        /** A part without headers: a body in the default type (text/plain, US-ASCII). */
        static Part bare(String body) {
            return new Part(Map.of(), body);
        }

        private static int blankLine(String raw) {
            if (raw.startsWith("\r\n") || raw.startsWith("\n")) return 0;
            Matcher m = Pattern.compile("\r?\n\r?\n").matcher(raw);
            return m.find() ? m.start() : -1;
        }

        String header(String name) {
            return headers.get(name);
        }

        String type() {
            String t = headers.get("content-type");
            if (t == null || t.isBlank()) return "text/plain";
            int semicolon = t.indexOf(';');
            return (semicolon < 0 ? t : t.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        }

        String parameter(String header, String name) {
            String value = headers.get(header);
            if (value == null) return null;
            Matcher m = PARAMETER.matcher(value);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) return m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(2);
            }
            return null;
        }

        Charset charset() {
            return MailText.charset(parameter("content-type", "charset"));
        }

        String fileName() {
            String file = parameter("content-disposition", "filename");
            if (file == null) file = parameter("content-type", "name");
            return file == null ? null : decodeWords(file);
        }

        byte[] decoded(String name) {
            String encoding = headers.getOrDefault("content-transfer-encoding", "7bit").strip().toLowerCase(Locale.ROOT);
            return switch (encoding) {
                case "base64" -> {
                    try {
                        yield Base64.getMimeDecoder().decode(body.strip());
                    } catch (IllegalArgumentException e) {
                        throw new ValidationException(name + (fileName() == null ? "" : " (attachment " + fileName() + ")"),
                                "has a base64 part that is not valid base64: " + e.getMessage());
                    }
                }
                case "quoted-printable" -> quotedPrintable(body);
                default -> body.getBytes(StandardCharsets.ISO_8859_1);
            };
        }

        /** The parts of a multipart body, between its boundary lines; preamble and epilogue are not parts. */
        List<Part> parts(String name) {
            String boundary = parameter("content-type", "boundary");
            if (boundary == null || boundary.isEmpty()) throw new ValidationException(name, "has a " + type() + " part without a boundary");
            List<Part> parts = new ArrayList<>();
            String delimiter = "--" + boundary;
            String[] lines = body.split("\r?\n", -1);
            StringBuilder current = null;
            for (String line : lines) {
                String l = line.stripTrailing();
                if (l.equals(delimiter + "--")) break;
                if (l.equals(delimiter)) {
                    if (current != null) parts.add(partOf(current.toString()));
                    current = new StringBuilder();
                    continue;
                }
                if (current != null) current.append(line).append('\n');
            }
            if (current != null) parts.add(partOf(current.toString()));
            return parts;
        }

        private static Part partOf(String raw) {
            // The line break before a boundary belongs to the boundary.
            String text = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
            Part p = of(text);
            return p != null ? p : bare(text.startsWith("\n") ? text.substring(1) : text);
        }
    }
}
