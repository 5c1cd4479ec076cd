package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.cli.HaevnCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan JSON as {@code terraform show -json} writes it for the front door's origin-header rule: the secret appears in
 * clear text in the variables, the rule's change, the planned values and a sensitive output, each beside its mark.
 */
class PlanRedactionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "s3cr3t-origin-header-value-planted-by-the-test";

    private static final String PLAN = """
            {
              "format_version": "1.2", "terraform_version": "1.11.4",
              "variables": {
                "origin_header_secret": {"value": "%1$s"},
                "environment": {"value": "prod"}
              },
              "planned_values": {
                "outputs": {"origin_secret": {"sensitive": true, "value": "%1$s"}, "zone": {"sensitive": false, "value": "haevn.io"}},
                "root_module": {"resources": [{
                  "address": "aws_lb_listener_rule.origin", "type": "aws_lb_listener_rule", "name": "origin",
                  "values": {"priority": 50000, "condition": [{"http_header": [{"http_header_name": "X-Haevn-Origin-Verify", "values": ["%1$s"]}]}]},
                  "sensitive_values": {"condition": [{"http_header": [{"values": true}]}]}
                }]}
              },
              "resource_changes": [{
                "address": "aws_lb_listener_rule.origin", "type": "aws_lb_listener_rule", "name": "origin",
                "change": {
                  "actions": ["update"],
                  "before": {"priority": 50000, "condition": [{"http_header": [{"http_header_name": "X-Haevn-Origin-Verify", "values": ["old-%1$s"]}]}]},
                  "after": {"priority": 50000, "condition": [{"http_header": [{"http_header_name": "X-Haevn-Origin-Verify", "values": ["%1$s"]}]}]},
                  "after_unknown": {},
                  "before_sensitive": {"condition": [{"http_header": [{"values": true}]}]},
                  "after_sensitive": {"condition": [{"http_header": [{"values": true}]}]}
                }
              }],
              "output_changes": {"origin_secret": {"actions": ["create"], "before": null, "after": "%1$s", "after_unknown": false, "before_sensitive": false, "after_sensitive": true}},
              "configuration": {"root_module": {"variables": {
                "origin_header_secret": {"sensitive": true, "description": "the origin header's value"},
                "environment": {"description": "the environment"}
              }}}
            }
            """.formatted(SECRET);

    @Test
    void should_mask_every_value_marked_sensitive_and_keep_the_rest() throws IOException {
        ObjectNode redacted = PlanRedaction.redact((ObjectNode) JSON.readTree(PLAN));

        assertThat(redacted.toString()).doesNotContain(SECRET);
        assertThat(redacted.path("variables").path("origin_header_secret").path("value").asText())
                .isEqualTo("(sensitive)");
        assertThat(redacted.path("variables").path("environment").path("value").asText()).isEqualTo("prod");
        JsonNode header = redacted.path("resource_changes").get(0).path("change").path("after").path("condition").get(0)
                .path("http_header").get(0);
        assertThat(header.path("values").asText()).isEqualTo("(sensitive)");
        assertThat(header.path("http_header_name").asText()).isEqualTo("X-Haevn-Origin-Verify");
        assertThat(redacted.path("planned_values").path("outputs").path("zone").path("value").asText())
                .isEqualTo("haevn.io");
        assertThat(redacted.path("planned_values").path("root_module").path("resources").get(0).path("values")
                .path("priority").asInt()).isEqualTo(50000);
    }

    @Test
    void should_leave_the_plan_readable_by_the_plan_report() throws IOException {
        ObjectNode redacted = PlanRedaction.redact((ObjectNode) JSON.readTree(PLAN));

        assertThat(PlanFingerprint.changeCount(redacted)).isEqualTo(PlanFingerprint.changeCount(JSON.readTree(PLAN)));
    }

    @Test
    void should_redact_files_in_place_and_refuse_a_file_that_is_no_plan_writing_nothing(@TempDir Path dir)
            throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.json"), PLAN);
        Path config = Files.writeString(dir.resolve("cdk.tf.json"), "{\"resource\": {}}");

        assertThat(run(plan.toString(), config.toString())).isEqualTo(2);
        assertThat(Files.readString(plan)).contains(SECRET);

        assertThat(run(plan.toString())).isEqualTo(0);
        assertThat(Files.readString(plan)).doesNotContain(SECRET).contains("X-Haevn-Origin-Verify");
    }

    private static int run(String... files) {
        CommandLine commandLine = HaevnCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        String[] arguments = new String[files.length + 1];
        arguments[0] = "plan-redact";
        System.arraycopy(files, 0, arguments, 1, files.length);
        return commandLine.execute(arguments);
    }
}
