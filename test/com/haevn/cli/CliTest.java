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
                .contains(StackMatrix.of(EnvironmentFixtures.load(Path.of("environments")), Layers.ALL).stacks().size()
                        + " stacks");
    }

    @Test
    void should_filter_the_list_by_environment() {
        int exit = run("list", "--env", "prod");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("prod-use1-network").doesNotContain("dev-").contains("3 stacks");
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
        assertThat(err.toString()).contains("[1/2] built dev-global-state").contains("[2/2] built dev-use1-network");
        assertThat(out.toString()).containsPattern("Synthesized 2 stacks, \\d+ resources in [0-9.]+ s")
                .containsPattern("Validated 2 files: no findings \\(1 suppressed\\)");
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
