package com.haevn.terraform;

import com.haevn.cli.HaevnCommand;
import com.haevn.synth.DependencyLock;
import com.haevn.synth.SynthResult;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator on real plan JSON: terraform plans a synthesized network stack offline (local backend, mock
 * credentials, no refresh) from a prior state that still holds a lock table the configuration no longer has, so
 * the plan creates the whole network (values unknown until apply included) and destroys a stateful resource.
 */
class OfflinePlanTest {

    private static final String RETIRED = "aws_dynamodb_table.retired_lock";
    private static Path plan;

    @BeforeAll
    static void plan_the_network_stack_offline() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        SynthResult synth = SynthesizedPlatform.get();
        Path stack = Files.createDirectories(Path.of("app", "target", "terraform", "plan", "prod-use1-network"));
        for (String file : List.of("cdk.tf.json", DependencyLock.FILE_NAME)) {
            Files.copy(synth.stackFile("prod-use1-network").resolveSibling(file), stack.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(stack.resolve("offline_override.tf.json"), """
                {"terraform": {"backend": {"local": {"path": "terraform.tfstate"}}},
                 "provider": {"aws": [{"region": "us-east-1", "allowed_account_ids": null,
                   "access_key": "offline", "secret_key": "offline", "skip_credentials_validation": true,
                   "skip_requesting_account_id": true, "skip_metadata_api_check": true}]}}
                """);
        Files.writeString(stack.resolve("terraform.tfstate"), priorStateWithRetiredLockTable());
        terraform.initWithBackend(stack);
        plan = stack.resolve("plan.json");
        Files.writeString(plan, terraform.planJson(stack, false));
    }

    /** A state file as terraform writes it, holding one table that the configuration no longer declares. */
    private static String priorStateWithRetiredLockTable() throws IOException {
        return """
                {"version": 4, "terraform_version": "1.11.4", "serial": 1,
                 "lineage": "6f1d2c3b-0000-4000-8000-000000000001", "outputs": {},
                 "resources": [{"mode": "managed", "type": "aws_dynamodb_table", "name": "retired_lock",
                   "provider": "provider[\\"%s/hashicorp/aws\\"]",
                   "instances": [{"schema_version": 1, "attributes": {
                     "id": "haevn-prod-retired-lock", "name": "haevn-prod-retired-lock",
                     "arn": "arn:aws:dynamodb:us-east-1:430987654321:table/haevn-prod-retired-lock",
                     "billing_mode": "PAY_PER_REQUEST", "hash_key": "LockID",
                     "attribute": [{"name": "LockID", "type": "S"}]}}]}]}
                """.formatted(mirrorHost());
    }

    /** The provider's source host, as the mirror's top folder names it. */
    private static String mirrorHost() throws IOException {
        try (Stream<Path> hosts = Files.list(Path.of(System.getenv(ProviderMirror.VARIABLE)))) {
            return hosts.filter(Files::isDirectory).findFirst().orElseThrow().getFileName().toString();
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(String... args) {
        CommandLine commandLine = HaevnCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void should_refuse_a_plan_that_destroys_a_stateful_resource_and_nothing_else() {
        int exit = validate(Stream.concat(Stream.of("validate", plan.toString()), Stream.of("--format", "json"))
                .toArray(String[]::new));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("\"rule\" : \"HVN-CHG-001\"").contains(RETIRED);
        assertThat(out.toString().split("\"severity\" : \"error\"", -1)).as("exactly one error").hasSize(2);
    }

    @Test
    void should_accept_the_destruction_a_reviewer_allowed_with_a_reason() {
        int exit = validate("validate", plan.toString(),
                "--allow-destroy", RETIRED + "=state moved to haevn-prod-tfstate-lock in PR 42");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("HVN-CHG-001").contains("state moved to haevn-prod-tfstate-lock in PR 42");
    }

    @Test
    void should_judge_the_planned_network_without_false_findings_on_values_unknown_until_apply() throws IOException {
        String planJson = Files.readString(plan);
        assertThat(planJson).contains("\"after_unknown\"").contains("aws_flow_log");

        int exit = validate("validate", plan.toString(), "--format", "json",
                "--allow-destroy", RETIRED + "=state moved to haevn-prod-tfstate-lock in PR 42");

        assertThat(exit).isZero();
        assertThat(List.of(out.toString().split("\n"))).noneMatch(line -> line.contains("\"severity\" : \"warning\""));
    }
}
