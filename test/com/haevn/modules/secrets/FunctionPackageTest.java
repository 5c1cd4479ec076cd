package com.haevn.modules.secrets;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.AssetType;
import com.hashicorp.cdktf.TerraformAsset;
import com.hashicorp.cdktf.TerraformStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rotation function's zip: the same bytes for the same source, whatever the files' times or location. */
class FunctionPackageTest {

    @TempDir
    Path work;

    private Path source(String name) throws Exception {
        Path source = Files.createDirectories(work.resolve(name));
        Files.writeString(source.resolve("rotate.py"), "def handler(event, context):\n    return 1\n");
        Files.createDirectories(source.resolve("lib"));
        Files.writeString(source.resolve("lib/util.py"), "VALUE = 2\n");
        return source;
    }

    private static void touch(Path directory, Instant time) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(time));
            }
        }
    }

    @Test
    void should_give_the_same_bytes_when_only_the_files_times_and_location_differ() throws Exception {
        Path first = source("first");
        touch(first, Instant.parse("2021-03-04T05:06:07Z"));
        byte[] before = FunctionPackage.of(first).bytes();
        Path second = source("second");
        touch(second, Instant.parse("2026-12-01T20:00:00Z"));

        assertThat(FunctionPackage.of(second).bytes()).isEqualTo(before);
        assertThat(FunctionPackage.of(second).base64Sha256()).isEqualTo(FunctionPackage.of(first).base64Sha256());
    }

    @Test
    void should_give_other_bytes_when_the_code_changes() throws Exception {
        Path source = source("code");
        String before = FunctionPackage.of(source).hexSha256();
        Files.writeString(source.resolve("rotate.py"), "def handler(event, context):\n    return 3\n");

        assertThat(FunctionPackage.of(source).hexSha256()).isNotEqualTo(before);
    }

    @Test
    void should_store_sorted_entries_with_one_fixed_time_and_leave_python_caches_out() throws Exception {
        Path source = source("entries");
        Files.createDirectories(source.resolve("__pycache__"));
        Files.writeString(source.resolve("__pycache__/rotate.cpython-312.pyc"), "cache");

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(FunctionPackage.of(source).bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
                assertThat(entry.getExtra()).isNull();
            }
        }
        assertThat(names).containsExactly("lib/util.py", "rotate.py");
    }

    @Test
    void should_write_the_zip_under_a_name_carrying_its_hash() throws Exception {
        FunctionPackage code = FunctionPackage.of(source("written"));
        Path file = code.writeTo(work.resolve("out"), "fn");

        assertThat(file.getFileName().toString()).isEqualTo("fn-" + code.hexSha256().substring(0, 16) + ".zip");
        assertThat(Files.readAllBytes(file)).isEqualTo(code.bytes());
    }

    @Test
    void should_refuse_a_missing_or_empty_source_folder() throws Exception {
        assertThatThrownBy(() -> FunctionPackage.of(work.resolve("missing")))
                .hasMessageContaining("does not exist");
        Path empty = Files.createDirectories(work.resolve("empty"));
        assertThatThrownBy(() -> FunctionPackage.of(empty)).hasMessageContaining("has no files");
    }

    /**
     * Why the package is built here: cdktf's own archive asset records each file's modification time, so the same
     * code checked out again gives another zip (and Lambda another source_code_hash).
     */
    @Test
    void cdktf_archive_assets_change_with_the_files_times() throws Exception {
        Path source = source("archive");
        touch(source, Instant.parse("2021-03-04T05:06:07Z"));
        byte[] first = cdktfArchive(source, work.resolve("out-1"));
        touch(source, Instant.parse("2026-12-01T20:00:00Z"));
        byte[] second = cdktfArchive(source, work.resolve("out-2"));

        assertThat(second).isNotEqualTo(first);
    }

    private static byte[] cdktfArchive(Path source, Path outdir) throws Exception {
        App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
        TerraformStack stack = new TerraformStack(app, "archive");
        TerraformAsset.Builder.create(stack, "code").path(source.toString()).type(AssetType.ARCHIVE).build();
        app.synth();
        try (Stream<Path> files = Files.walk(outdir)) {
            Path zip = files.filter(f -> f.getFileName().toString().equals("archive.zip")).findFirst().orElseThrow();
            return Files.readAllBytes(zip);
        }
    }
}
