package com.haevn.validate.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.terraform.ProviderMirror;
import com.haevn.terraform.TerraformAvailability;
import com.haevn.terraform.TerraformRunner;
import com.haevn.testing.SynthesizedPlatform;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.report.JsonReporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 8: the per-action counts of real offline plans are the ones terraform prints for them. Two plans:
 * the project's network stack (a whole network to create, a retired lock table to destroy) and a small queue
 * configuration whose prior state makes terraform update, replace, delete, move, forget and leave alone.
 */
class PlanCountsAgainstTerraformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAN_LINE = Pattern.compile(
            "Plan: (?:(\\d+) to import, )?(\\d+) to add, (\\d+) to change, (\\d+) to destroy(?:, (\\d+) to forget)?\\.");
    private static final String OFFLINE_PROVIDER = """
            [{"region": "us-east-1", "allowed_account_ids": null, "access_key": "offline", "secret_key": "offline",
              "skip_credentials_validation": true, "skip_requesting_account_id": true,
              "skip_metadata_api_check": true}]""";

    private static final Path DEPENDENCY_LOCK = Path.of(".terraform.lock.hcl");

    private static TerraformRunner terraform;
    private static String host;

    @BeforeAll
    static void terraform_runs_offline() throws IOException {
        terraform = TerraformAvailability.requireOfflineRunner();
        try (Stream<Path> hosts = Files.list(Path.of(System.getenv(ProviderMirror.VARIABLE)))) {
            host = hosts.filter(Files::isDirectory).findFirst().orElseThrow().getFileName().toString();
        }
    }

    /** What terraform prints for a saved plan, and the counts the validator reports for its JSON. */
    private record Planned(String printed, PlanSummary summary, JsonNode jsonReport) {
    }

    private static Planned plan(Path stack) throws Exception {
        // the project's dependency lock, as synth copies it into every stack: init keeps it read-only
        Files.copy(DEPENDENCY_LOCK, stack.resolve(DEPENDENCY_LOCK.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        terraform.initWithBackend(stack);
        Path planFile = stack.resolve("plan.json");
        Files.writeString(planFile, terraform.planJson(stack, false));
        ValidationResult result = new Validator().validate(List.of(planFile));
        assertThat(result.plans()).hasSize(1);
        return new Planned(terraform.planText(stack), result.plans().values().iterator().next(),
                JSON.readTree(new JsonReporter().render(result)));
    }

    private static void assertCountsMatch(Planned planned) {
        Matcher line = PLAN_LINE.matcher(planned.printed());
        assertThat(line.find()).as("terraform's Plan: line in%n%s", planned.printed()).isTrue();
        PlanSummary summary = planned.summary();
        assertThat(summary.count("import")).isEqualTo(line.group(1) == null ? 0 : Integer.parseInt(line.group(1)));
        assertThat(summary.toAdd()).as("to add").isEqualTo(Integer.parseInt(line.group(2)));
        assertThat(summary.toChange()).as("to change").isEqualTo(Integer.parseInt(line.group(3)));
        assertThat(summary.toDestroy()).as("to destroy").isEqualTo(Integer.parseInt(line.group(4)));
        assertThat(summary.count("move")).as("moves").isEqualTo(occurrences(planned.printed(), " has moved to "));
        assertThat(summary.count("forget")).as("forgotten")
                .isEqualTo(occurrences(planned.printed(), " will no longer be managed by Terraform"));
        assertThat(summary.count("read")).as("reads")
                .isEqualTo(occurrences(planned.printed(), " will be read during apply"));
        planned.summary().counts().forEach((action, count) ->
                assertThat(planned.jsonReport().at("/plans/0/actions/" + action).asInt()).as(action).isEqualTo(count));
    }

    private static int occurrences(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void should_count_the_network_stack_plan_as_terraform_does() throws Exception {
        Path stack = Files.createDirectories(Path.of("app", "target", "terraform", "plan-counts", "network"));
        Files.copy(SynthesizedPlatform.get().stackFile("prod-use1-network"), stack.resolve("cdk.tf.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stack.resolve("offline_override.tf.json"), """
                {"terraform": {"backend": {"local": {"path": "terraform.tfstate"}}}, "provider": {"aws": %s}}
                """.formatted(OFFLINE_PROVIDER));
        Files.writeString(stack.resolve("terraform.tfstate"), state(List.of(queue("retired", "retired"))));

        Planned planned = plan(stack);

        assertCountsMatch(planned);
        assertThat(planned.summary().count("create")).isGreaterThan(20);
        assertThat(planned.summary().count("delete")).isEqualTo(1);
    }

    @Test
    void should_count_updates_replacements_moves_and_forgotten_resources_as_terraform_does() throws Exception {
        Path stack = Files.createDirectories(Path.of("app", "target", "terraform", "plan-counts", "queues"));
        Files.writeString(stack.resolve("main.tf.json"), """
                {"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": "5.100.0"}},
                   "backend": {"local": {"path": "terraform.tfstate"}}},
                 "provider": {"aws": %s},
                 "resource": {"aws_sqs_queue": {
                   "updated": {"name": "updated", "delay_seconds": 5},
                   "replaced": {"name": "replaced-new"},
                   "kept": {"name": "kept"},
                   "moved": {"name": "moved"},
                   "created": {"name": "created"}}},
                 "moved": [{"from": "aws_sqs_queue.old", "to": "aws_sqs_queue.moved"}],
                 "removed": [{"from": "aws_sqs_queue.forgotten", "lifecycle": {"destroy": false}}]}
                """.formatted(OFFLINE_PROVIDER));
        Files.writeString(stack.resolve("terraform.tfstate"), state(List.of(queue("updated", "updated"),
                queue("replaced", "replaced-old"), queue("kept", "kept"), queue("old", "moved"),
                queue("forgotten", "forgotten"), queue("gone", "gone"))));

        Planned planned = plan(stack);

        assertCountsMatch(planned);
        // terraform prints no count of resources left alone: kept, and moved (which changes nothing else)
        assertThat(planned.summary().counts()).containsEntry("create", 1).containsEntry("update", 1)
                .containsEntry("replace", 1).containsEntry("delete", 1).containsEntry("no-op", 2)
                .containsEntry("move", 1).containsEntry("forget", 1);
    }

    /** A state file as terraform writes it, holding {@code resources}. */
    private static String state(List<ObjectNode> resources) throws IOException {
        ObjectNode state = JSON.createObjectNode().put("version", 4).put("terraform_version", "1.11.4")
                .put("serial", 1).put("lineage", "6f1d2c3b-0000-4000-8000-000000000012");
        state.putObject("outputs");
        ArrayNode list = state.putArray("resources");
        resources.forEach(list::add);
        return JSON.writeValueAsString(state);
    }

    /** An SQS queue as the AWS provider records it in state. */
    private static ObjectNode queue(String address, String name) throws IOException {
        String url = "https://sqs.us-east-1.amazonaws.com/430987654321/" + name;
        return (ObjectNode) JSON.readTree("""
                {"mode": "managed", "type": "aws_sqs_queue", "name": "%s",
                 "provider": "provider[\\"%s/hashicorp/aws\\"]",
                 "instances": [{"schema_version": 0, "attributes": {"id": "%s", "url": "%s", "name": "%s",
                   "arn": "arn:aws:sqs:us-east-1:430987654321:%s", "name_prefix": "", "delay_seconds": 0,
                   "fifo_queue": false, "content_based_deduplication": false, "deduplication_scope": "",
                   "fifo_throughput_limit": "", "kms_master_key_id": "", "kms_data_key_reuse_period_seconds": 300,
                   "max_message_size": 262144, "message_retention_seconds": 345600, "receive_wait_time_seconds": 0,
                   "visibility_timeout_seconds": 30, "sqs_managed_sse_enabled": true, "policy": "",
                   "redrive_policy": "", "redrive_allow_policy": "", "tags": null, "tags_all": {}}}]}
                """.formatted(address, host, url, url, name, name));
    }
}
