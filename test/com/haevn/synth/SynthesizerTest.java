package com.haevn.synth;

import com.haevn.testing.EnvironmentFixtures;
import com.haevn.environment.Environments;
import com.haevn.layers.Layers;
import com.haevn.stacks.StackMatrix;
import com.haevn.testing.SynthesizedPlatform;
import com.haevn.testing.TestLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynthesizerTest {

    private final Environments environments = EnvironmentFixtures.load(Path.of("environments"));

    @Test
    void should_write_every_stack_of_the_matrix_and_count_its_resources() {
        SynthResult result = SynthesizedPlatform.get();

        assertThat(result.resourcesByStack().keySet()).containsExactlyElementsOf(
                StackMatrix.of(environments, Layers.ALL).names().stream().sorted().toList());
        assertThat(result.resourcesByStack()).allSatisfy((stack, count) -> assertThat(count).isPositive());
        assertThat(result.outputDirectory().resolve("manifest.json")).exists();
    }

    @Test
    void should_write_byte_identical_output_for_the_same_input(@TempDir Path temp) throws IOException {
        StackMatrix prod = StackMatrix.of(environments, Layers.ALL).select(List.of("prod"), List.of());
        OutputDirectory first = new OutputDirectory(temp.resolve("first"));
        OutputDirectory second = new OutputDirectory(temp.resolve("second"));

        new Synthesizer().synthesize(prod, first, Synthesizer.Progress.SILENT);
        new Synthesizer().synthesize(prod, second, Synthesizer.Progress.SILENT);

        assertThat(contents(second.target())).isEqualTo(contents(first.target()));
    }

    @Test
    void should_leave_the_previous_output_untouched_when_a_synth_fails(@TempDir Path temp) throws IOException {
        OutputDirectory output = new OutputDirectory(temp.resolve("cdktf.out"));
        StackMatrix dev = StackMatrix.of(environments, Layers.ALL).select(List.of("dev"), List.of());
        new Synthesizer().synthesize(dev, output, Synthesizer.Progress.SILENT);
        Map<String, String> before = contents(output.target());
        TestLayer failing = new TestLayer("failing", List.of(), (stack, exports) -> {
            throw new IllegalStateException("layer failed on purpose");
        });
        StackMatrix broken = StackMatrix.of(environments, List.of(Layers.ALL.get(0), failing))
                .select(List.of("dev"), List.of());

        assertThatThrownBy(() -> new Synthesizer().synthesize(broken, output, Synthesizer.Progress.SILENT))
                .hasMessageContaining("layer failed on purpose");

        assertThat(contents(output.target())).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("cdktf.out");
        }
    }

    @Test
    void should_replace_the_previous_output_completely(@TempDir Path temp) throws IOException {
        OutputDirectory output = new OutputDirectory(temp.resolve("cdktf.out"));
        Files.createDirectories(output.target().resolve("stacks/removed-stack"));
        Files.writeString(output.target().resolve("stacks/removed-stack/cdk.tf.json"), "{}");

        new Synthesizer().synthesize(StackMatrix.of(environments, Layers.ALL).select(List.of("dev"), List.of()),
                output, Synthesizer.Progress.SILENT);

        assertThat(output.target().resolve("stacks/removed-stack")).doesNotExist();
        assertThat(output.target().resolve("stacks/dev-use1-network/cdk.tf.json")).exists();
    }

    /** Every file under root by relative path; bytes compared as ISO-8859-1 text, which maps each byte to one char. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
