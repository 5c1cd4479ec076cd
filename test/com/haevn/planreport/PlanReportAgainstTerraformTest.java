package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.terraform.ProviderMirror;
import com.haevn.terraform.TerraformAvailability;
import com.haevn.terraform.TerraformRunner;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan report's summary of real plans terraform wrote here (offline, pinned provider) equals what terraform
 * prints for the same saved plan ({@code terraform show}): the project's network stack, and a queue configuration
 * planned twice against one state, before and after a configuration change (updates, a replacement, a delete, a
 * move and a forget, from terraform itself).
 */
class PlanReportAgainstTerraformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAN_LINE = Pattern.compile(
            "Plan: (?:(\\d+) to import, )?(\\d+) to add, (\\d+) to change, (\\d+) to destroy(?:, (\\d+) to forget)?\\.");
    private static final String PROVIDER = """
            [{"region": "us-east-1", "allowed_account_ids": null, "access_key": "offline", "secret_key": "offline",
              "skip_credentials_validation": true, "skip_requesting_account_id": true, "skip_metadata_api_check": true}]""";
    private static final Path WORK = Path.of("app", "target", "terraform", "plan-report");

    private static TerraformRunner terraform;
    private static String host;

    @BeforeAll
    static void terraform_runs_offline() throws IOException {
        terraform = TerraformAvailability.requireOfflineRunner();
        try (Stream<Path> hosts = Files.list(Path.of(System.getenv(ProviderMirror.VARIABLE)))) {
            host = hosts.filter(Files::isDirectory).findFirst().orElseThrow().getFileName().toString();
        }
    }

    /** Plans {@code stack}, reports it, and compares the report's summary with terraform's own text. */
    private static JsonNode planAndCompare(Path stack, String name) throws Exception {
        Files.copy(Path.of(".terraform.lock.hcl"), stack.resolve(".terraform.lock.hcl"), StandardCopyOption.REPLACE_EXISTING);
        terraform.initWithBackend(stack);
        Path planFile = stack.resolve("plan.json");
        Files.writeString(planFile, terraform.planJson(stack, false));
        String printed = terraform.planText(stack);
        PlanReportRun run = PlanReportRun.of(planFile.toString(), "--stack-name", name, "--format", "json");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode summary = JSON.readTree(run.stdout()).at("/stacks/0/summary");

        Matcher line = PLAN_LINE.matcher(printed);
        if (printed.contains("No changes.")) {
            assertThat(summary.path("add").asInt() + summary.path("change").asInt() + summary.path("destroy").asInt())
                    .as("terraform printed No changes.").isZero();
        } else {
            assertThat(line.find()).as("terraform's Plan: line in%n%s", printed).isTrue();
            assertThat(summary.path("import").asInt()).isEqualTo(line.group(1) == null ? 0 : Integer.parseInt(line.group(1)));
            assertThat(summary.path("add").asInt()).as("to add").isEqualTo(Integer.parseInt(line.group(2)));
            assertThat(summary.path("change").asInt()).as("to change").isEqualTo(Integer.parseInt(line.group(3)));
            assertThat(summary.path("destroy").asInt()).as("to destroy").isEqualTo(Integer.parseInt(line.group(4)));
        }
        assertThat(summary.path("replace").asInt()).as("replacements")
                .isEqualTo(occurrences(printed, " must be replaced") + occurrences(printed, " will be replaced"));
        assertThat(summary.path("move").asInt()).as("moves").isEqualTo(occurrences(printed, " has moved to "));
        assertThat(summary.path("forget").asInt()).as("forgotten")
                .isEqualTo(occurrences(printed, " will no longer be managed by Terraform"));
        return JSON.readTree(run.stdout()).at("/stacks/0");
    }

    private static int occurrences(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void should_summarise_the_network_stack_plan_as_terraform_does() throws Exception {
        Path stack = Files.createDirectories(WORK.resolve("network"));
        Files.copy(SynthesizedPlatform.get().stackFile("prod-use1-network"), stack.resolve("cdk.tf.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stack.resolve("offline_override.tf.json"), """
                {"terraform": {"backend": {"local": {"path": "terraform.tfstate"}}}, "provider": {"aws": %s}}
                """.formatted(PROVIDER));
        Files.deleteIfExists(stack.resolve("terraform.tfstate"));

        JsonNode report = planAndCompare(stack, "prod-use1-network");

        assertThat(report.at("/summary/add").asInt()).isGreaterThan(20);
        assertThat(report.path("fingerprint").asText()).startsWith("sha256:");
    }

    @Test
    void should_summarise_a_second_plan_after_a_configuration_change_as_terraform_does() throws Exception {
        Path stack = Files.createDirectories(WORK.resolve("queues"));
        Files.writeString(stack.resolve("terraform.tfstate"), state());
        // first plan: the configuration matches the state
        Files.writeString(stack.resolve("main.tf.json"), configuration("""
                "updated": {"name": "updated"}, "replaced": {"name": "replaced-old"}, "kept": {"name": "kept"},
                "old": {"name": "moved"}, "forgotten": {"name": "forgotten"}, "gone": {"name": "gone"}""", ""));
        JsonNode first = planAndCompare(stack, "queues");
        assertThat(first.path("changes")).isEmpty();

        // second plan: an update, a rename that forces a replacement, a delete, a move and a forget
        Files.writeString(stack.resolve("main.tf.json"), configuration("""
                "updated": {"name": "updated", "delay_seconds": 5}, "replaced": {"name": "replaced-new"},
                "kept": {"name": "kept"}, "moved": {"name": "moved"}, "created": {"name": "created"}""", """
                , "moved": [{"from": "aws_sqs_queue.old", "to": "aws_sqs_queue.moved"}],
                "removed": [{"from": "aws_sqs_queue.forgotten", "lifecycle": {"destroy": false}}]"""));
        JsonNode second = planAndCompare(stack, "queues");

        assertThat(second.path("summary").toString()).isEqualTo("{\"add\":2,\"change\":1,\"replace\":1,\"destroy\":2,"
                + "\"import\":0,\"move\":1,\"forget\":1,\"unchanged\":2,\"drift\":0}");
        assertThat(second.path("fingerprint").asText()).isNotEqualTo(first.path("fingerprint").asText());
        JsonNode replaced = null;
        for (JsonNode change : second.path("changes")) {
            if (change.path("address").asText().equals("aws_sqs_queue.replaced")) {
                replaced = change;
            }
        }
        assertThat(replaced).isNotNull();
        assertThat(replaced.path("replace_reason").asText()).contains("replace_because_cannot_update").contains("forced by name");
        assertThat(replaced.path("attributes").toString()).contains("\"path\":\"name\",\"before\":\"\\\"replaced-old\\\"\","
                + "\"after\":\"\\\"replaced-new\\\"\",\"forces_replacement\":true");
    }

    private static String configuration(String queues, String blocks) {
        return """
                {"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": "5.100.0"}},
                   "backend": {"local": {"path": "terraform.tfstate"}}},
                 "provider": {"aws": %s},
                 "resource": {"aws_sqs_queue": {%s}}%s}
                """.formatted(PROVIDER, queues, blocks);
    }

    private static String state() {
        StringBuilder resources = new StringBuilder();
        String[][] queues = {{"updated", "updated"}, {"replaced", "replaced-old"}, {"kept", "kept"}, {"old", "moved"},
                {"forgotten", "forgotten"}, {"gone", "gone"}};
        for (String[] queue : queues) {
            String url = "https://sqs.us-east-1.amazonaws.com/430987654321/" + queue[1];
            resources.append(resources.length() == 0 ? "" : ",").append("""
                    {"mode": "managed", "type": "aws_sqs_queue", "name": "%s",
                     "provider": "provider[\\"%s/hashicorp/aws\\"]",
                     "instances": [{"schema_version": 0, "attributes": {"id": "%s", "url": "%s", "name": "%s",
                       "arn": "arn:aws:sqs:us-east-1:430987654321:%s", "name_prefix": "", "delay_seconds": 0,
                       "fifo_queue": false, "content_based_deduplication": false, "deduplication_scope": "",
                       "fifo_throughput_limit": "", "kms_master_key_id": "", "kms_data_key_reuse_period_seconds": 300,
                       "max_message_size": 262144, "message_retention_seconds": 345600, "receive_wait_time_seconds": 0,
                       "visibility_timeout_seconds": 30, "sqs_managed_sse_enabled": true, "policy": "",
                       "redrive_policy": "", "redrive_allow_policy": "", "tags": null, "tags_all": {}}}]}
                    """.formatted(queue[0], host, url, url, queue[1], queue[1]));
        }
        return """
                {"version": 4, "terraform_version": "1.11.4", "serial": 1,
                 "lineage": "6f1d2c3b-0000-4000-8000-000000000010", "outputs": {}, "resources": [%s]}
                """.formatted(resources);
    }
}
