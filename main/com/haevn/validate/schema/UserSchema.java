package com.haevn.validate.schema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema of the provider versions a configuration really uses: the output of
 * {@code terraform providers schema -json}, compiled to the validator's compact form once and cached by content
 * (a 100 MB schema compiles in seconds, a cached one loads in a fraction of that). The versions come from the
 * {@code .terraform.lock.hcl} next to the file, when there is one.
 *
 * @param file     the schema file as given
 * @param entries  compiled entries by kind and name
 * @param versions provider name ("aws") to "SOURCE VERSION" ("registry.terraform.io/hashicorp/aws 5.100.0")
 */
public record UserSchema(Path file, Map<SchemaKind, Map<String, byte[]>> entries, Map<String, String> versions) {

    /** The name under which the schema is found next to a configuration when no file is given. */
    public static final String FILE_NAME = "providers-schema.json";

    private static final Pattern LOCKED = Pattern.compile(
            "provider\\s+\"([^\"]+)\"\\s*\\{[^}]*?\\bversion\\s*=\\s*\"([^\"]+)\"", Pattern.DOTALL);

    /** How findings name this schema for one of its providers. */
    public String origin(String provider) {
        String version = versions.get(provider);
        return (version == null ? provider + " provider (version not recorded: no .terraform.lock.hcl beside it)"
                : version) + ", from " + file;
    }

    /**
     * Compiles (or takes from {@code cacheDir}) the schema in {@code file}.
     *
     * @throws IOException with a message for the user when the file cannot be read or is not such a schema
     */
    public static UserSchema load(Path file, Path cacheDir) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        byte[] digest;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            digest = ((DigestInputStream) in).getMessageDigest().digest();
        }
        Path cached = cacheDir.resolve(HexFormat.of().formatHex(digest) + ".bin");
        Map<SchemaKind, Map<String, byte[]>> entries;
        if (Files.isRegularFile(cached)) {
            try (InputStream in = Files.newInputStream(cached)) {
                entries = SchemaFile.read(in);
            }
        } else {
            Map<SchemaKind, Map<String, String>> compiled;
            try (InputStream in = Files.newInputStream(file)) {
                compiled = TerraformSchemaReader.read(in);
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SchemaFile.write(compiled, bytes);
            store(cached, bytes.toByteArray());
            entries = SchemaFile.read(new ByteArrayInputStream(bytes.toByteArray()));
        }
        return new UserSchema(file, entries, lockedVersions(file.toAbsolutePath().getParent()));
    }

    /** A {@value #FILE_NAME} in a named folder or beside a named file, the first found in input order. */
    public static Optional<Path> discover(List<Path> inputs) {
        for (Path input : inputs) {
            Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
            if (folder != null && Files.isRegularFile(folder.resolve(FILE_NAME))) {
                return Optional.of(folder.resolve(FILE_NAME));
            }
        }
        return Optional.empty();
    }

    /** {@code HAEVN_CACHE_DIR}, else {@code XDG_CACHE_HOME/haevn}, else {@code ~/.cache/haevn}; then provider-schemas. */
    public static Path defaultCacheDir() {
        String own = System.getenv("HAEVN_CACHE_DIR");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = own != null && !own.isBlank() ? Path.of(own)
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "haevn")
                : Path.of(System.getProperty("user.home"), ".cache", "haevn");
        return base.resolve("provider-schemas");
    }

    private static void store(Path cached, byte[] bytes) {
        try {
            Files.createDirectories(cached.getParent());
            Path temporary = Files.createTempFile(cached.getParent(), "schema", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, cached, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException notWritable) {
            // an unwritable cache costs a recompilation next time, nothing else
        }
    }

    private static Map<String, String> lockedVersions(Path folder) throws IOException {
        Map<String, String> versions = new TreeMap<>();
        Path lock = folder == null ? null : folder.resolve(".terraform.lock.hcl");
        if (lock != null && Files.isRegularFile(lock)) {
            Matcher m = LOCKED.matcher(Files.readString(lock));
            while (m.find()) {
                String source = m.group(1);
                versions.put(source.substring(source.lastIndexOf('/') + 1), source + " " + m.group(2));
            }
        }
        return versions;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
