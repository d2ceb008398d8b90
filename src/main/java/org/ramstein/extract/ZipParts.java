package org.ramstein.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ramstein.common.ValidationException;

/** The parts of a zipped document (Word, OpenDocument) a reader wants, each bounded in size: a larger one is a zip bomb. */
final class ZipParts {

    /** No part of a real document comes near this. */
    private static final long MAX_PART_BYTES = 64L << 20;

    private ZipParts() {
    }

    /** The wanted parts by name; {@code name} names the file and {@code kind} what it should be in the error a file that is no zip gets. */
    static Map<String, byte[]> of(byte[] zip, String name, String kind, Predicate<String> wanted) {
        Map<String, byte[]> parts = new HashMap<>();
        boolean any = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                any = true;
                if (wanted.test(e.getName())) parts.put(e.getName(), bounded(in, name, e.getName()));
            }
        } catch (IOException e) {
            throw new ValidationException(name, "is not " + kind + ": not a readable zip file (" + e.getMessage() + ")");
        }
        if (!any) throw new ValidationException(name, "is not " + kind + ": not a zip file");
        return parts;
    }

    /** A reader of one part's XML that reads no DTD and resolves no external entity: a document is data, not instructions. */
    static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    private static byte[] bounded(InputStream in, String name, String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_PART_BYTES) throw new ValidationException(name, "part " + part + " is larger than " + (MAX_PART_BYTES >> 20) + " MB");
        }
        return out.toByteArray();
    }
}
