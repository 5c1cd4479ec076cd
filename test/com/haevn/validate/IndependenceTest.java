package com.haevn.validate;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator must never need CDKTF, jsii or node, nor the environment model (the synth command hands it what it
 * needs as plain values): its sources import nothing from them, and validating a file
 * in a fresh JVM with the app's whole runtime class path loads none of their classes and starts no process.
 */
class IndependenceTest {

    private static final Pattern FORBIDDEN =
            Pattern.compile("\\b(com\\.hashicorp|software\\.amazon\\.jsii|software\\.constructs|com\\.haevn\\.environment)"
                    + "\\.[A-Za-z]");

    @Test
    void should_not_reference_cdktf_jsii_or_constructs_in_validator_sources() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path root : List.of(Path.of("main/com/haevn/validate"), Path.of("main/com/haevn/terraform"),
                Path.of("main/com/haevn/cli/ValidateCommand.java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).replaceAll("//.*$", "").replaceAll("\"[^\"]*\"", "\"\"");
                        if (FORBIDDEN.matcher(code).find() && !code.trim().startsWith("*")) {
                            offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("validator sources referring to CDKTF/jsii/constructs/the environment model").isEmpty();
    }

    @Test
    void should_detect_a_forbidden_import_when_one_is_present() {
        assertThat(FORBIDDEN.matcher("import com.hashicorp.cdktf.App;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import software.constructs.Construct;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import com.haevn.environment.Environment;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import com.haevn.validate.core.Finding;").find()).isFalse();
    }

    @Test
    void should_load_no_cdktf_jsii_or_constructs_class_and_start_no_process_when_validating() throws Exception {
        // GIVEN a fresh JVM on the app's runtime class path, which does hold cdktf, jsii and constructs
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(javaBin, "-verbose:class", "-cp", runtimeClassPath(),
                ValidateInChildJvm.class.getName(),
                "test/resources/validate/rules/stacks/compliant-data-stack.tf.json");

        // WHEN it validates a stack of the platform with every check
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // THEN it worked, without touching those packages or spawning node
        assertThat(output).contains("cdktf on class path: true");
        assertThat(output).contains("validated 1 file(s), exit 0, child processes 0");
        List<String> loaded = output.lines().filter(l -> l.startsWith("[") && l.contains("class,load")).toList();
        assertThat(loaded).hasSizeGreaterThan(500);
        assertThat(loaded).filteredOn(l -> FORBIDDEN.matcher(l).find()).isEmpty();
        assertThat(loaded).filteredOn(l -> l.contains(" java.lang.ProcessImpl ")).isEmpty();
    }

    /** The app's runtime class path (written by the build) plus this test's classes, else the test class path. */
    private static String runtimeClassPath() throws IOException {
        String file = System.getProperty("haevn.classpathFile", "");
        String testClasses = Path.of(ValidateInChildJvm.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath()).toString();
        String mainClasses = Path.of(Validator.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath()).toString();
        if (!file.isEmpty() && Files.exists(Path.of(file))) {
            return testClasses + File.pathSeparator + mainClasses + File.pathSeparator
                    + Files.readString(Path.of(file)).trim();
        }
        return System.getProperty("java.class.path");
    }
}
