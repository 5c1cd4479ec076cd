package com.haevn.validate.schema.compile;

import com.haevn.validate.schema.BlockSchema;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.schema.SchemaFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCompilerTest {

    private static final String RESOURCE = "com/example/providers/demo/provider-demo@1.0.0.jsii.tgz";

    /** A tiny jsii assembly in cdktf's shape: one provider, one resource, one data source. */
    private static final String ASSEMBLY = """
            {"name": "demo", "types": {
              "demo.provider.DemoProvider": {"kind": "class", "base": "cdktf.TerraformProvider",
                "docs": {"summary": "Represents a {@link https://docs.example.test/providers/x/demo/1.0.0/docs demo}."},
                "initializer": {"parameters": [{"name": "config", "type": {"fqn": "demo.provider.DemoProviderConfig"}}]},
                "properties": []},
              "demo.provider.DemoProviderConfig": {"kind": "interface", "datatype": true, "properties": [
                {"name": "region", "optional": true, "type": {"primitive": "string"},
                 "docs": {"summary": "Docs at Terraform Registry: {@link https://r/docs#region Demo#region}."}}]},
              "demo.thing.Thing": {"kind": "class", "base": "cdktf.TerraformResource",
                "docs": {"summary": "Represents a {@link https://docs.example.test/providers/x/demo/1.0.0/docs/resources/thing demo_thing}."},
                "initializer": {"parameters": [{"name": "scope"}, {"name": "id"},
                                               {"name": "config", "type": {"fqn": "demo.thing.ThingConfig"}}]},
                "properties": [
                  {"name": "tfResourceType", "static": true, "type": {"primitive": "string"}},
                  {"name": "arn", "type": {"primitive": "string"}},
                  {"name": "createdAt", "type": {"primitive": "string"}},
                  {"name": "nameInput", "type": {"primitive": "string"}},
                  {"name": "name", "type": {"primitive": "string"}}]},
              "demo.thing.ThingConfig": {"kind": "interface", "datatype": true, "properties": [
                {"name": "name", "type": {"primitive": "string"},
                 "docs": {"summary": "Docs at Terraform Registry: {@link https://r/docs/resources/thing#name Thing#name}."}},
                {"name": "sizeGb", "optional": true, "type": {"primitive": "number"},
                 "docs": {"summary": "Docs at Terraform Registry: {@link https://r/docs/resources/thing#size_gb Thing#size_gb}."}},
                {"name": "enabled", "optional": true,
                 "type": {"union": {"types": [{"primitive": "boolean"}, {"fqn": "cdktf.IResolvable"}]}},
                 "docs": {"summary": "x"}},
                {"name": "labels", "optional": true,
                 "type": {"collection": {"kind": "map", "elementtype": {"primitive": "string"}}}, "docs": {}},
                {"name": "rule", "optional": true, "type": {"union": {"types": [{"fqn": "cdktf.IResolvable"},
                   {"collection": {"kind": "array", "elementtype": {"fqn": "demo.thing.ThingRule"}}}]}},
                 "docs": {"summary": "{@link https://r/docs/resources/thing#rule Thing#rule}"}},
                {"name": "timeouts", "optional": true, "type": {"fqn": "demo.thing.ThingTimeouts"},
                 "docs": {"summary": "{@link https://r/docs/resources/thing#timeouts Thing#timeouts}"}}]},
              "demo.thing.ThingRule": {"kind": "interface", "datatype": true, "properties": [
                {"name": "ports", "type": {"collection": {"kind": "array", "elementtype": {"primitive": "number"}}},
                 "docs": {"summary": "{@link https://r/docs/resources/thing#ports Thing#ports}"}}]},
              "demo.thing.ThingTimeouts": {"kind": "interface", "datatype": true, "properties": [
                {"name": "create", "optional": true, "type": {"primitive": "string"}, "docs": {}}]},
              "demo.dataThing.DataDemoThing": {"kind": "class", "base": "cdktf.TerraformDataSource",
                "docs": {"summary": "Represents a {@link https://docs.example.test/providers/x/demo/1.0.0/docs/data-sources/thing demo_thing}."},
                "initializer": {"parameters": [{"name": "config", "type": {"fqn": "demo.dataThing.DataDemoThingConfig"}}]},
                "properties": [{"name": "id", "type": {"primitive": "string"}}]},
              "demo.dataThing.DataDemoThingConfig": {"kind": "interface", "datatype": true, "properties": []}
            }}
            """;

    @TempDir
    Path dir;

    @Test
    void should_compile_arguments_blocks_and_computed_attributes_from_a_jsii_assembly() throws Exception {
        // GIVEN a jar holding the assembly as cdktf packs it (a gzipped npm tarball)
        Path jar = writeJar(dir.resolve("demo-1.0.0.jar"), ASSEMBLY);
        Path out = dir.resolve("out");

        // WHEN the compiler runs with that jar on its class path
        compileWith(jar, out);

        // THEN
        ProviderSchemas schemas;
        try (InputStream in = Files.newInputStream(out.resolve("provider-schema.bin"))) {
            schemas = ProviderSchemas.read(in);
        }
        BlockSchema thing = schemas.resource("demo_thing").orElseThrow();
        assertThat(thing.attributes().get("name").required()).isTrue();
        assertThat(thing.attributes().get("size_gb").type().encode()).isEqualTo("n");
        assertThat(thing.attributes().get("enabled").type().encode()).isEqualTo("b");
        assertThat(thing.attributes().get("labels").type().encode()).isEqualTo("m:s");
        assertThat(thing.blocks().get("rule").single()).isFalse();
        assertThat(thing.blocks().get("rule").schema().attributes().get("ports").type().encode()).isEqualTo("l:n");
        assertThat(thing.blocks().get("timeouts").single()).isTrue();
        assertThat(thing.computed()).containsExactlyInAnyOrder("arn", "created_at");
        assertThat(schemas.dataSource("demo_thing").orElseThrow().computed()).containsExactly("id");
        assertThat(schemas.provider("demo").orElseThrow().attributes()).containsKey("region");
        assertThat(schemas.judges("demo_other")).isTrue();
        assertThat(schemas.judges("aws_s3_bucket")).isFalse();
    }

    @Test
    void should_skip_the_work_when_the_jars_did_not_change_and_redo_it_when_they_did() throws Exception {
        Path jar = writeJar(dir.resolve("demo-1.0.0.jar"), ASSEMBLY);
        Path out = dir.resolve("out");
        compileWith(jar, out);
        Path schema = out.resolve(Path.of(SchemaFile.RESOURCE).getFileName());
        Files.setLastModifiedTime(schema, FileTime.fromMillis(0));

        compileWith(jar, out); // unchanged: the stamp matches
        assertThat(Files.getLastModifiedTime(schema).toMillis()).isZero();

        writeJar(jar, ASSEMBLY.replace("\"sizeGb\"", "\"sizeInGb\"")); // another size
        compileWith(jar, out);
        assertThat(Files.getLastModifiedTime(schema).toMillis()).isPositive();
    }

    @Test
    void should_read_the_named_entry_of_a_tar_stream_only() throws IOException {
        byte[] tar = tar("package/README.md", "hello".getBytes(StandardCharsets.UTF_8),
                "package/.jsii", "{}".getBytes(StandardCharsets.UTF_8));

        try (InputStream in = new java.io.ByteArrayInputStream(tar)) {
            assertThat(new String(TarEntries.open(in, "package/.jsii").orElseThrow().readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("{}");
        }
        try (InputStream in = new java.io.ByteArrayInputStream(tar)) {
            assertThat(TarEntries.open(in, "package/missing")).isEmpty();
        }
    }

    @Test
    void should_recover_terraform_names_from_docs_or_camel_case() {
        assertThat(TerraformNames.argumentName("bucketPrefix", "{@link https://x/docs/resources/s3_bucket#bucket_prefix "
                + "S3Bucket#bucket_prefix}")).isEqualTo("bucket_prefix");
        assertThat(TerraformNames.argumentName("ipv6CidrBlock", "")).isEqualTo("ipv6_cidr_block");
        assertThat(TerraformNames.typeName("Represents a {@link https://x/docs/data-sources/ami aws_ami}."))
                .contains("aws_ami");
    }

    private static void compileWith(Path jar, Path out) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            SchemaCompiler.main(new String[]{out.toString(), RESOURCE});
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static Path writeJar(Path jar, String assembly) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(tar("package/.jsii", assembly.getBytes(StandardCharsets.UTF_8)));
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(RESOURCE));
            out.write(gz.toByteArray());
            out.closeEntry();
        }
        return jar;
    }

    /** A minimal ustar archive of (name, content) pairs. */
    private static byte[] tar(Object... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < entries.length; i += 2) {
            byte[] name = ((String) entries[i]).getBytes(StandardCharsets.UTF_8);
            byte[] content = (byte[]) entries[i + 1];
            byte[] header = new byte[512];
            System.arraycopy(name, 0, header, 0, name.length);
            byte[] size = String.format("%011o", content.length).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(size, 0, header, 124, size.length);
            header[156] = '0';
            System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 5);
            out.write(header);
            out.write(content);
            out.write(new byte[(512 - content.length % 512) % 512]);
        }
        out.write(new byte[1024]);
        return out.toByteArray();
    }
}
