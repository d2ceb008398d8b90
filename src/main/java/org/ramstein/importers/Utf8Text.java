package org.ramstein.importers;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ramstein.common.ValidationException;

/**
 * The text files the importers read: UTF-8, strictly (a byte that is not UTF-8 is an error, never silently replaced),
 * with a leading byte-order mark skipped (spreadsheets write one in "CSV UTF-8"). When a file turns out not to be
 * UTF-8, {@link #notUtf8} names the line and byte where it stops being so.
 */
public final class Utf8Text {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    /** A reader of {@code file} that skips a UTF-8 byte-order mark and fails on bytes that are not UTF-8. */
    public static BufferedReader reader(Path file) throws IOException {
        return reader(Files.newInputStream(file));
    }

    /** As {@link #reader(Path)}, over a stream (an entry of a zip). */
    public static BufferedReader reader(InputStream stream) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, 1 << 16);
        in.mark(BOM.length);
        byte[] head = in.readNBytes(BOM.length);
        if (!java.util.Arrays.equals(head, BOM)) in.reset();
        return new BufferedReader(new InputStreamReader(in, decoder()), 1 << 16);
    }

    /** A UTF-8 decoder that reports malformed and unmappable input instead of replacing it. */
    public static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether {@code e}, or what it wraps, is a decoding failure. */
    public static boolean isEncodingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharacterCodingException) return true;
        }
        return false;
    }

    /** The refusal of a file that is not UTF-8: the line and byte of the first bad sequence. */
    public static ValidationException notUtf8(Path file) {
        String name = file.getFileName().toString();
        try {
            return notUtf8(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return new ValidationException(name, "is not UTF-8 text; save it as UTF-8");
        }
    }

    /** As {@link #notUtf8(Path)}, for the bytes of a file named {@code where}. */
    public static ValidationException notUtf8(String where, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CharsetDecoder d = decoder();
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) break;
            if (r.isUnderflow()) return new ValidationException(where, "is not UTF-8 text; save it as UTF-8");
            out.clear();
        }
        int at = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ValidationException(where + ", line " + line, String.format(java.util.Locale.ROOT,
                "is not UTF-8 text: byte 0x%02X, the line's byte %d; save the file as UTF-8", bytes[at] & 0xFF, at - lineStart + 1));
    }
}
