package com.haevn.validate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.Checks;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.suppress.SuppressionFile;
import com.haevn.validate.suppress.Suppressions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportersTest {

    private static ValidationResult result;

    @BeforeAll
    static void validate() throws Exception {
        // GIVEN findings of several rules, one suppressed in source and one by a suppressions file
        result = new Validator(Checks.all(), Suppressions.of(SuppressionFile.read(
                Path.of("test/resources/validate/suppress/suppressions.yaml"))))
                .validate(List.of(Path.of("test/resources/validate/suppress/suppressed.tf.json"),
                        Path.of("test/resources/validate/schema/types-unknown.tf.json")));
    }

    @Test
    void should_write_sarif_that_code_scanning_accepts() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(new SarifReporter().render(result));

        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("haevn-validate");
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(rule -> {
            assertThat(ruleIds.add(rule.path("id").asText())).isTrue();
            assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
        });
        JsonNode results = run.path("results");
        assertThat(results.size()).isEqualTo(result.findings().size());
        for (JsonNode r : results) {
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
            assertThat(r.path("level").asText()).isIn("error", "warning", "note");
            assertThat(r.path("message").path("text").asText()).isNotBlank();
            JsonNode physical = r.path("locations").get(0).path("physicalLocation");
            assertThat(physical.path("artifactLocation").path("uri").asText()).startsWith("test/resources/validate/");
            assertThat(physical.path("region").path("startLine").asInt()).isPositive();
            assertThat(physical.path("region").path("startColumn").asInt()).isPositive();
        }
        Set<String> kinds = new HashSet<>();
        results.forEach(r -> r.path("suppressions").forEach(s -> {
            kinds.add(s.path("kind").asText());
            assertThat(s.path("justification").asText()).hasSizeGreaterThanOrEqualTo(20);
        }));
        assertThat(kinds).containsExactlyInAnyOrder("inSource", "external");
    }

    @Test
    void should_write_json_with_summary_and_every_finding() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReporter().render(result));

        assertThat(json.path("summary").path("files").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("suppressed").asLong()).isEqualTo(2);
        assertThat(json.path("summary").path("exitCode").asInt()).isEqualTo(1);
        assertThat(json.path("findings").size()).isEqualTo(result.findings().size());
        assertThat(json.path("findings").get(0).has("line")).isTrue();
        assertThat(json.path("findings").findValues("suppression")).hasSize(2);
    }

    @Test
    void should_write_a_markdown_pr_comment_with_a_summary_table_and_escaped_cells() {
        String markdown = new MarkdownReporter().render(result);

        assertThat(markdown).startsWith("## Haevn validate: failed");
        assertThat(markdown).contains("| Files | Errors | Warnings | Notes | Suppressed |");
        assertThat(markdown).contains("HVN-TF-101").contains("`aws_sqs_queu.typo`");
        assertThat(markdown).contains("<details><summary>Suppressed findings (2)</summary>");
        assertThat(MarkdownReporter.cell("a|b\nc")).isEqualTo("a\\|b c");
    }

    @Test
    void should_write_text_grouped_by_file_and_resource_without_colour_unless_asked() {
        String plain = new TextReporter(false).render(result);
        String coloured = new TextReporter(true).render(result);

        assertThat(plain).doesNotContain("\u001b[");
        assertThat(coloured).contains("\u001b[31m");
        assertThat(plain).contains("test/resources/validate/schema/types-unknown.tf.json\n  aws_sqs_queu.typo\n");
        assertThat(plain).contains("suppressed (in source): Imported from the vendor's template verbatim");
        assertThat(plain).contains("FAILED: 2 file(s)");
    }

    @Test
    void should_render_identical_bytes_for_identical_input() {
        ValidationResult again = new Validator().validate(List.of(
                Path.of("test/resources/validate/schema/types-unknown.tf.json")));
        ValidationResult once = new Validator().validate(List.of(
                Path.of("test/resources/validate/schema/types-unknown.tf.json")));

        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.reporter(false).render(again)).isEqualTo(format.reporter(false).render(once));
        }
    }
    @Test
    void should_give_every_plan_its_action_counts_in_every_format() throws Exception {
        ValidationResult plan = new Validator().validate(
                List.of(Path.of("test/resources/validate/rules/plan/destructive-plan.json")));
        String counts = "create 1, update 1, replace 3, delete 2, no-op 1, read 1, import 0, move 0, forget 0";

        assertThat(new TextReporter(false).render(plan)).contains("destructive-plan.json: " + counts);
        JsonNode json = new ObjectMapper().readTree(new JsonReporter().render(plan));
        assertThat(json.at("/plans/0/file").asText()).endsWith("destructive-plan.json");
        assertThat(json.at("/plans/0/actions").toString()).isEqualTo("{\"create\":1,\"update\":1,\"replace\":3,"
                + "\"delete\":2,\"no-op\":1,\"read\":1,\"import\":0,\"move\":0,\"forget\":0}");
        JsonNode sarif = new ObjectMapper().readTree(new SarifReporter().render(plan));
        assertThat(sarif.at("/runs/0/properties/haevnPlans/0/actions")).isEqualTo(json.at("/plans/0/actions"));
        assertThat(new MarkdownReporter().render(plan))
                .contains("| Plan | create | update | replace | delete | no-op | read | import | move | forget |")
                .contains("destructive-plan.json` | 1 | 1 | 3 | 2 | 1 | 1 | 0 | 0 | 0 |");
    }
}
