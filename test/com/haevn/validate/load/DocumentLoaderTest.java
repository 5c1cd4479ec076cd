package com.haevn.validate.load;

import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.core.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLoaderTest {

    @TempDir
    Path dir;

    @Test
    void should_find_terraform_json_and_plans_but_skip_other_json_and_hidden_dirs() throws IOException {
        // GIVEN a synth output with a manifest, a stack, a plan and terraform's own cache
        Files.createDirectories(dir.resolve("stacks/a"));
        Files.createDirectories(dir.resolve("stacks/a/.terraform/modules/m"));
        Files.writeString(dir.resolve("manifest.json"), "{\"version\": \"0.19.2\"}");
        Files.writeString(dir.resolve("stacks/a/cdk.tf.json"), "{\"resource\": {}}");
        Files.writeString(dir.resolve("stacks/a/plan.json"),
                "{\"format_version\": \"1.2\", \"resource_changes\": []}");
        Files.writeString(dir.resolve("stacks/a/.terraform/modules/m/x.tf.json"), "{");

        // WHEN
        LoadResult result = new DocumentLoader().load(List.of(dir));

        // THEN
        assertThat(result.findings()).isEmpty();
        assertThat(result.documents()).extracting(d -> Path.of(d.file()).getFileName().toString(), d -> d.kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cdk.tf.json", DocumentKind.TERRAFORM_JSON),
                        org.assertj.core.groups.Tuple.tuple("plan.json", DocumentKind.PLAN_JSON));
    }

    @Test
    void should_turn_an_unreadable_file_into_a_finding_with_its_position() throws IOException {
        Path broken = dir.resolve("broken.tf.json");
        Files.writeString(broken, "{\n  \"resource\": {\n    \"x\": \n");

        LoadResult result = new DocumentLoader().load(List.of(broken));

        assertThat(result.documents()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(LanguageRules.UNREADABLE.id());
            assertThat(f.location().file()).isEqualTo(broken.toString());
            assertThat(f.location().line()).isGreaterThanOrEqualTo(3);
        });
        assertThat(result.files()).containsExactly(broken.toString());
    }

    @Test
    void should_report_a_missing_path() {
        LoadResult result = new DocumentLoader().load(List.of(dir.resolve("nope")));

        assertThat(result.findings()).singleElement().satisfies(f ->
                assertThat(f.message()).contains("no such file"));
    }

    @Test
    void should_take_a_named_json_file_as_terraform_json_when_it_is_no_plan() throws IOException {
        Path named = dir.resolve("config.json");
        Files.writeString(named, "{\"resource\": {}}");

        LoadResult result = new DocumentLoader().load(List.of(named));

        assertThat(result.documents()).singleElement().satisfies(d ->
                assertThat(d.kind()).isEqualTo(DocumentKind.TERRAFORM_JSON));
    }
}
