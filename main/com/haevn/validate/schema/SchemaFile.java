package com.haevn.validate.schema;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compiled schema file: gzip of {@code "HVNS", version, count, then per entry: kind, name, length, compact JSON}.
 * Entries stay as bytes after reading and are decoded only when a document uses that type, which keeps loading
 * the whole file (all AWS, Cloudflare and Helm types) well under 200 ms.
 */
public final class SchemaFile {

    /** Where the build writes the schema, relative to the class path root. */
    public static final String RESOURCE = "com/haevn/validate/schema/provider-schema.bin";
    static final int MAGIC = 0x48564e53; // "HVNS"
    public static final int VERSION = 1;

    private SchemaFile() {
    }

    /** Writes entries (kind -> type name -> compact JSON), sorted so equal inputs give equal files. */
    public static void write(Map<SchemaKind, Map<String, String>> entries, OutputStream out) throws IOException {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            int count = entries.values().stream().mapToInt(Map::size).sum();
            data.writeInt(count);
            for (SchemaKind kind : SchemaKind.values()) {
                for (Map.Entry<String, String> entry : new TreeMap<>(entries.getOrDefault(kind, Map.of())).entrySet()) {
                    byte[] json = entry.getValue().getBytes(StandardCharsets.UTF_8);
                    data.writeByte(kind.ordinal());
                    data.writeUTF(entry.getKey());
                    data.writeInt(json.length);
                    data.write(json);
                }
            }
        }
    }

    /** Reads entries as undecoded bytes. */
    public static Map<SchemaKind, Map<String, byte[]>> read(InputStream in) throws IOException {
        Map<SchemaKind, Map<String, byte[]>> entries = new EnumMap<>(SchemaKind.class);
        for (SchemaKind kind : SchemaKind.values()) {
            entries.put(kind, new HashMap<>());
        }
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16))) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new IOException("not a provider schema file of version " + VERSION);
            }
            int count = data.readInt();
            SchemaKind[] kinds = SchemaKind.values();
            for (int i = 0; i < count; i++) {
                SchemaKind kind = kinds[data.readUnsignedByte()];
                String name = data.readUTF();
                byte[] json = new byte[data.readInt()];
                data.readFully(json);
                entries.get(kind).put(name, json);
            }
        }
        return entries;
    }
}
