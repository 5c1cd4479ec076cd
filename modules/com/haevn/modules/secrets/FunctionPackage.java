package com.haevn.modules.secrets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Lambda deployment package built so that the same source files give the same bytes on every machine and every
 * synth: entries in sorted path order, stored uncompressed (no dependence on the zlib release), each with the same
 * fixed timestamp and no extra fields. cdktf's own archive asset ({@code AssetType.ARCHIVE}) records each file's
 * modification time, so a fresh checkout of unchanged code would give a new zip and a new
 * {@code source_code_hash}.
 */
public final class FunctionPackage {

    /**
     * Every entry's time. Not 1980-01-01 00:00, the earliest DOS date: the JDK takes that value for "before 1980"
     * and adds an extended-timestamp field computed in the machine's time zone.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** Packs every regular file below {@code sourceDirectory} (paths relative to it, {@code /}-separated). */
    public static FunctionPackage of(Path sourceDirectory) {
        if (!Files.isDirectory(sourceDirectory)) {
            throw new IllegalArgumentException("the function's source folder " + sourceDirectory + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceDirectory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !isBuildLeftover(sourceDirectory.relativize(file)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("the function's source folder " + sourceDirectory + " has no files");
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                ZipEntry entry = new ZipEntry(entryName(sourceDirectory.relativize(file)));
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCompressedSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                entry.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(entry);
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FunctionPackage(zip.toByteArray());
    }

    private final byte[] bytes;

    private FunctionPackage(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The zip's bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Python's byte-code caches are written by running the code locally, never part of the source. */
    private static boolean isBuildLeftover(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("__pycache__")) {
                return true;
            }
        }
        return relative.toString().endsWith(".pyc");
    }

    private static String entryName(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }

    /** The SHA-256 of the zip, base64-encoded: Lambda's {@code source_code_hash}. */
    public String base64Sha256() {
        return Base64.getEncoder().encodeToString(sha256());
    }

    /** The SHA-256 of the zip in hex, for file names. */
    public String hexSha256() {
        return HexFormat.of().formatHex(sha256());
    }

    /** Writes the zip as {@code <name>-<first 16 hex digits of its hash>.zip} into {@code directory}. */
    public Path writeTo(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + "-" + hexSha256().substring(0, 16) + ".zip");
            if (!Files.exists(file)) {
                Path partial = Files.createTempFile(directory, name, ".partial");
                Files.write(partial, bytes);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
