package com.haevn.validate.schema;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12, item 7: the schema of the provider version in use decides; without it, drift is uncertain. */
class ProviderVersionTest {

    private static final Path IN_USE = Path.of("test/resources/validate/schema/in-use");

    @TempDir
    Path cache;

    private static String config(String constraint, String argument) {
        return """
                {"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws"%s}}},
                 "resource": {"aws_sqs_queue": {"q": {"name": "q", "%s": 1}}}}
                """.formatted(constraint == null ? "" : ", \"version\": \"" + constraint + "\"", argument);
    }

    private static List<Finding> check(ProviderSchemas schemas, String json) {
        return new SchemaCheck(schemas).check(Inputs.terraform(json));
    }

    @Test
    void should_call_a_name_unknown_to_the_bundled_schema_uncertain_when_newer_versions_are_admitted() {
        for (String constraint : new String[] {">= 5.23.1, < 6.0.0", "~> 5.23", null}) {
            assertThat(check(ProviderSchemas.bundled(), config(constraint, "fifo_throughput_scope_v2")))
                    .as(constraint).singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.message()).contains("unknown in 5.23.1, the bundled schema");
                    });
        }
    }

    @Test
    void should_keep_a_typo_and_a_name_unknown_to_an_exactly_pinned_version_errors() {
        assertThat(check(ProviderSchemas.bundled(), config(">= 5.23.1, < 6.0.0", "visibility_timout_seconds")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("Did you mean \"visibility_timeout_seconds\"?")
                            .endsWith("(schema: AWS provider 5.23.1, bundled)");
                });
        assertThat(check(ProviderSchemas.bundled(), config("5.23.1", "fifo_throughput_scope_v2")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void should_judge_by_the_schema_in_use_and_name_its_version_in_every_finding() throws IOException {
        ProviderSchemas inUse = ProviderSchemas.bundled().with(UserSchema.load(IN_USE.resolve(UserSchema.FILE_NAME),
                cache));
        String valid = Files.readString(IN_USE.resolve("main.tf.json"));

        assertThat(check(ProviderSchemas.bundled(), valid)).extracting(Finding::severity)
                .contains(Severity.WARNING);
        assertThat(check(inUse, valid)).isEmpty();
        assertThat(check(inUse, valid.replace("rotate_immediately", "rotate_immediatly"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).endsWith("(schema: registry.terraform.io/hashicorp/aws 5.100.0, from "
                            + IN_USE.resolve(UserSchema.FILE_NAME) + ")");
                });
        assertThat(inUse.origin("cloudflare")).contains("bundled");
    }

    @Test
    void should_compile_once_and_load_the_cached_form_afterwards() throws IOException {
        UserSchema first = UserSchema.load(IN_USE.resolve(UserSchema.FILE_NAME), cache);
        try (var cached = Files.list(cache)) {
            assertThat(cached.toList()).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".bin"));
        }
        UserSchema second = UserSchema.load(IN_USE.resolve(UserSchema.FILE_NAME), cache);

        assertThat(second.entries().get(SchemaKind.RESOURCE).keySet())
                .isEqualTo(first.entries().get(SchemaKind.RESOURCE).keySet())
                .containsExactlyInAnyOrder("aws_secretsmanager_secret_rotation", "aws_s3_directory_bucket");
    }

    @Test
    void should_refuse_a_file_that_is_no_providers_schema(@TempDir Path dir) throws IOException {
        Path state = dir.resolve("state.json");
        Files.writeString(state, "{\"version\": 4, \"resources\": []}");

        assertThatThrownBy(() -> UserSchema.load(state, cache)).hasMessageContaining("no \"provider_schemas\"");
        assertThatThrownBy(() -> UserSchema.load(dir.resolve("missing.json"), cache))
                .hasMessageContaining("no such file");
    }

    @Test
    void should_read_version_constraints() {
        assertThat(VersionConstraint.parse(">= 5.23.1, < 6.0.0").orElseThrow().admitsNewerThan("5.23.1")).isTrue();
        assertThat(VersionConstraint.parse("~> 5.23.1").orElseThrow().admitsNewerThan("5.23.1")).isTrue();
        assertThat(VersionConstraint.parse("5.23.1").orElseThrow().admitsNewerThan("5.23.1")).isFalse();
        assertThat(VersionConstraint.parse("= 5.23.1").orElseThrow().admitsNewerThan("5.23.1")).isFalse();
        assertThat(VersionConstraint.parse("<= 5.23.1, >= 5.0").orElseThrow().admitsNewerThan("5.23.1")).isFalse();
        assertThat(VersionConstraint.parse("~> 4.0").orElseThrow().admitsNewerThan("5.23.1")).isFalse();
        assertThat(VersionConstraint.parse("~> 5.0").orElseThrow().admitsNewerThan("5.23.1")).isTrue();
        assertThat(VersionConstraint.parse("> 5.0.0-beta")).isEmpty();
    }
}
