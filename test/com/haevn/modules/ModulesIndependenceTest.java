package com.haevn.modules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constructs under modules/ are for other teams too: they may use cdktf, constructs, the provider bindings and
 * each other, never the app under main/ (environments, layers, stacks, CLI, validator).
 */
class ModulesIndependenceTest {

    private static final Pattern PROJECT_IMPORT = Pattern.compile("^import (static )?(com\\.haevn\\.[\\w.]+)",
            Pattern.MULTILINE);

    @Test
    void should_import_nothing_from_main() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(Path.of("modules"))) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(ModulesIndependenceTest::projectImports)
                    .filter(use -> !use.substring(use.indexOf(' ') + 1).startsWith("com.haevn.modules."))
                    .toList();
        }
        assertThat(offending).as("modules/ must not import from main/").isEmpty();
    }

    @Test
    void should_see_imports_from_main_when_there_are_some() {
        String source = "package com.haevn.modules.x;\nimport com.haevn.environment.Environment;\n"
                + "import com.haevn.modules.network.Cidr;\n";
        Matcher matcher = PROJECT_IMPORT.matcher(source);
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(2)).isEqualTo("com.haevn.environment.Environment");
    }

    private static Stream<String> projectImports(Path file) {
        try {
            Matcher matcher = PROJECT_IMPORT.matcher(Files.readString(file));
            Stream.Builder<String> imports = Stream.builder();
            while (matcher.find()) {
                imports.add(file.getFileName() + " " + matcher.group(2));
            }
            return imports.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
