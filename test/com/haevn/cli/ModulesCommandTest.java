package com.haevn.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: {@code haevn modules -o DIR} writes one folder per offered construct and says what it wrote. */
class ModulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_write_main_tf_json_and_a_readme_per_module_into_the_folder_given() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path output = dir.resolve("out");

        int exit = HaevnCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("modules", "-o", output.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "network: 35 resources, 8 inputs, 5 outputs -> " + output.resolve("network"),
                "queue: 10 resources, 11 inputs, 5 outputs -> " + output.resolve("queue"),
                "bucket: 18 resources, 10 inputs, 4 outputs -> " + output.resolve("bucket"));
        for (String module : new String[]{"network", "queue", "bucket"}) {
            assertThat(output.resolve(module).resolve("main.tf.json")).isRegularFile();
            assertThat(Files.readString(output.resolve(module).resolve("README.md"))).startsWith("# Module `" + module + "`");
        }
    }

    @Test
    void should_exit_2_when_the_folder_cannot_be_written() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        StringWriter err = new StringWriter();

        int exit = HaevnCommand.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("modules", "-o", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("haevn modules: cannot write " + file.resolve("network"));
    }

    @Test
    void should_list_the_modules_command_in_help() {
        StringWriter out = new StringWriter();
        HaevnCommand.commandLine().setOut(new PrintWriter(out)).execute("--help");
        assertThat(out.toString()).contains("modules");
    }
}
