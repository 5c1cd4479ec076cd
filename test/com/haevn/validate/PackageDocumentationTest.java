package com.haevn.validate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every package of the validator says what it holds, in a package-info.java with a Javadoc comment. */
class PackageDocumentationTest {

    @Test
    void should_document_every_validator_package() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(Path.of("main/com/haevn/validate"))) {
            packages = dirs.filter(Files::isDirectory).filter(PackageDocumentationTest::holdsJava).toList();
        }

        assertThat(packages).hasSizeGreaterThan(20);
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            assertThat(info).as(dir.toString()).exists();
            String text = Files.readString(info);
            assertThat(text).as(info.toString()).startsWith("/**").contains("package com.haevn."
                    + Path.of("main").relativize(dir).toString().replace('/', '.').replace("com.haevn.", "") + ";");
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
