package com.haevn.validate.schema.compile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.schema.BlockSchema;
import com.haevn.validate.schema.SchemaCodec;
import com.haevn.validate.schema.SchemaFile;
import com.haevn.validate.schema.SchemaKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Build-time tool: reads the jsii assemblies inside the provider binding jars on the class path and writes the
 * compact provider schema the validator loads at run time.
 *
 * <p>Usage: {@code SchemaCompiler OUTPUT_DIR RESOURCE...}, each RESOURCE a class path name of a
 * {@code *.jsii.tgz}. When the stamp next to the output says the same jars (names and sizes) were compiled by the
 * same compiler revision, nothing is done, so an unchanged build costs almost nothing.
 */
public final class SchemaCompiler {

    /** Bump when the extraction changes, so stale schemas are rebuilt. */
    static final int REVISION = 1;
    static final String STAMP = "provider-schema.stamp";
    private static final String ASSEMBLY_ENTRY = "package/.jsii";

    private SchemaCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: SchemaCompiler OUTPUT_DIR RESOURCE...");
        }
        Path outputDir = Path.of(args[0]);
        List<String> resources = List.of(args).subList(1, args.length);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String stamp = stamp(loader, resources);
        Path schemaFile = outputDir.resolve(Path.of(SchemaFile.RESOURCE).getFileName());
        Path stampFile = outputDir.resolve(STAMP);
        if (Files.exists(schemaFile) && Files.exists(stampFile)
                && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
            System.out.println("[haevn] provider schema is up to date: " + schemaFile);
            return;
        }
        long start = System.nanoTime();
        Map<SchemaKind, Map<String, String>> entries = new EnumMap<>(SchemaKind.class);
        for (String resource : resources) {
            compileOne(loader, resource, entries);
        }
        Files.createDirectories(outputDir);
        Path temporary = outputDir.resolve(schemaFile.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            SchemaFile.write(entries, out);
        }
        Files.move(temporary, schemaFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
        System.out.printf("[haevn] provider schema: %d resources, %d data sources, %d providers, %d bytes in %d ms%n",
                entries.getOrDefault(SchemaKind.RESOURCE, Map.of()).size(),
                entries.getOrDefault(SchemaKind.DATA_SOURCE, Map.of()).size(),
                entries.getOrDefault(SchemaKind.PROVIDER, Map.of()).size(),
                Files.size(schemaFile), (System.nanoTime() - start) / 1_000_000);
    }

    private static void compileOne(ClassLoader loader, String resource, Map<SchemaKind, Map<String, String>> entries)
            throws IOException {
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new IOException("the jsii assembly " + resource + " is not on the class path; "
                    + "check the provider binding dependencies of app/pom.xml");
        }
        Map<String, JsiiType> types;
        try (InputStream tar = new GZIPInputStream(url.openStream(), 1 << 16)) {
            Optional<InputStream> assembly = TarEntries.open(tar, ASSEMBLY_ENTRY);
            if (assembly.isEmpty()) {
                throw new IOException(resource + " holds no " + ASSEMBLY_ENTRY);
            }
            types = new JsiiAssemblyReader().read(assembly.get());
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<SchemaKind, Map<String, BlockSchema>> schemas = new SchemaExtractor(types).extract();
        for (Map.Entry<SchemaKind, Map<String, BlockSchema>> kind : schemas.entrySet()) {
            Map<String, String> out = entries.computeIfAbsent(kind.getKey(), k -> new HashMap<>());
            for (Map.Entry<String, BlockSchema> schema : kind.getValue().entrySet()) {
                out.put(schema.getKey(), mapper.writeValueAsString(SchemaCodec.encode(schema.getValue())));
            }
        }
    }

    /** What the schema depends on: compiler revision, file format and each assembly's jar name and size. */
    static String stamp(ClassLoader loader, List<String> resources) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("revision " + REVISION + " format " + SchemaFile.VERSION);
        for (String resource : resources) {
            URL url = loader.getResource(resource);
            if (url == null) {
                lines.add(resource + " missing");
                continue;
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                connection.setUseCaches(false);
                Path jarFile = Path.of(jar.getJarFileURL().getPath());
                lines.add(resource + " " + jarFile.getFileName() + " " + Files.size(jarFile));
            } else {
                lines.add(resource + " " + connection.getContentLengthLong());
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
