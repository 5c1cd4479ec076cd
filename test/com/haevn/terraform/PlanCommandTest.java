package com.haevn.terraform;

import com.haevn.cli.HaevnCommand;
import com.haevn.terraform.plan.OfflinePlanner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code haevn plan --offline}: lines per stack, plan JSON next to each stack, exit 2 without what it needs. */
class PlanCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int haevn(String... args) {
        CommandLine commandLine = HaevnCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void should_plan_the_selected_stack_and_write_its_plan_json() throws Exception {
        TerraformAvailability.requireOfflineRunner();
        Path output = Files.createTempDirectory("haevn-plan-command-").resolve("cdktf.out");

        int exit = haevn("plan", "--offline", "--stack", "dev-use1-network", "-o", output.toString(),
                "--work-dir", Path.of("app", "target", "terraform").toString(), "--parallel", "1");

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).containsPattern("(?m)^dev-use1-network: [1-9][0-9]* to add, 0 to change, 0 to"
                + " destroy \\([0-9.]+ s\\)$");
        assertThat(out.toString()).contains("Planned 1 of 1 stacks offline").contains("(0 failed, 0 skipped)");
        Path plan = output.resolve("stacks").resolve("dev-use1-network").resolve(OfflinePlanner.PLAN_FILE);
        assertThat(Files.readString(plan))
                .contains("\"resource_changes\"").contains("\"aws_vpc\"");
    }

    @Test
    void should_refuse_to_plan_without_the_offline_flag() {
        int exit = haevn("plan", "--stack", "dev-use1-network");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--offline");
    }

    @Test
    void should_exit_2_with_a_clear_message_when_terraform_is_missing() throws Exception {
        Child child = runInChildJvm(Map.of("PATH", Files.createTempDirectory("haevn-no-terraform-").toString()));

        assertThat(child.exit()).as(child.output()).isEqualTo(2);
        assertThat(child.output()).contains("haevn: terraform is not on the PATH").contains("install it");
    }

    @Test
    void should_exit_2_with_a_clear_message_when_the_provider_mirror_is_missing() throws Exception {
        Optional<Path> terraform = TerraformBinary.locate();
        Assumptions.assumeTrue(terraform.isPresent(), "needs terraform on the PATH to get past that check");

        Child child = runInChildJvm(Map.of("PATH", terraform.get().getParent().toString(),
                ProviderMirror.VARIABLE, "no/such/mirror"));

        assertThat(child.exit()).as(child.output()).isEqualTo(2);
        assertThat(child.output()).contains(ProviderMirror.VARIABLE + " must name a filesystem mirror")
                .contains("'no/such/mirror', which is no directory");
    }

    private record Child(int exit, String output) {
    }

    /** haevn plan --offline in a fresh JVM whose environment has {@code env} (the checks read the real environment). */
    private static Child runInChildJvm(Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HaevnCommand.class.getName(), "plan", "--offline", "--stack", "dev-use1-network"))
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Child(process.exitValue(), output);
    }
}
