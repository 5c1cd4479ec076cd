package com.haevn.cli;

import com.haevn.layers.Layers;
import com.haevn.stacks.StackMatrix;
import com.haevn.testing.EnvironmentFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HaevnCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void should_list_the_whole_stack_matrix() {
        int exit = run("list");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("dev-global-state", "dev-use1-network", "prod-usw2-network", "staging-use1-network")
                .contains(stacks().size() + " stacks");
    }

    /** The registry's stacks of the given environments (all when none given), in build order. */
    private static List<String> stacks(String... environments) {
        return StackMatrix.of(EnvironmentFixtures.load(Path.of("environments")), Layers.ALL)
                .select(List.of(environments), List.of()).names();
    }

    @Test
    void should_filter_the_list_by_environment() {
        int exit = run("list", "--env", "prod");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("prod-use1-network").doesNotContain("dev-")
                .contains(stacks("prod").size() + " stacks");
    }

    @Test
    void should_exit_2_naming_the_known_environments_for_an_unknown_one() {
        int exit = run("list", "--env", "qa");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unknown environment 'qa'");
    }

    @Test
    void should_exit_2_and_write_nothing_when_an_environment_file_is_invalid(@TempDir Path temp) throws IOException {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        Files.copy(Path.of("environments/dev.yaml"), environments.resolve("dev.yaml"));
        Files.writeString(environments.resolve("dev.yaml"),
                Files.readString(environments.resolve("dev.yaml")).replace("10.20.0.0/16", "10.20.0.300/16"));
        Path output = temp.resolve("cdktf.out");

        int exit = run("synth", "--environments", environments.toString(), "--output", output.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("dev.yaml").contains("vpc_cidr").contains("nothing was written");
        assertThat(output).doesNotExist();
    }

    @Test
    void should_synthesize_the_selection_and_print_progress_and_a_summary(@TempDir Path temp) {
        Path output = temp.resolve("cdktf.out");

        int exit = run("synth", "--env", "dev", "--output", output.toString());

        assertThat(exit).isZero();
        List<String> dev = stacks("dev");
        for (int i = 0; i < dev.size(); i++) {
            assertThat(err.toString()).contains("[" + (i + 1) + "/" + dev.size() + "] built " + dev.get(i));
        }
        assertThat(out.toString()).containsPattern("Synthesized " + dev.size() + " stacks, \\d+ resources in [0-9.]+ s")
                .containsPattern("Validated " + dev.size() + " files: no findings \\(\\d+ suppressed\\)");
        assertThat(output.resolve("stacks/dev-use1-network/cdk.tf.json")).exists();
    }

    @Test
    void should_document_every_command_in_help() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("synth", "list", "Exit codes");
    }

    @Test
    void should_exit_2_on_an_unknown_option() {
        int exit = run("synth", "--bogus");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--bogus'");
    }
}
