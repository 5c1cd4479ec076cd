package com.haevn.validate.rules;

import com.haevn.validate.CheckOptions;
import com.haevn.validate.Checks;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.catalog.RuleCatalog;
import com.haevn.validate.config.RootConfigurations;
import com.haevn.validate.core.Finding;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.suppress.Suppressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Root-only rules are judged in root configurations and skip child modules. */
class RootOnlyRulesTest {

    /** A module file: a terraform block without backend, an untagged queue and an unreplicated bucket. */
    private static final String MODULE = """
            {"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws"}}},
             "resource": {"aws_sqs_queue": {"q": {"name": "q", "sqs_managed_sse_enabled": true}},
                          "aws_s3_bucket": {"b": {"bucket": "b"}}}}
            """;
    private static final List<String> ROOT_ONLY = List.of("HVN-STATE-003", "HVN-TAG-001", "HVN-DR-001");

    @TempDir
    Path work;

    private List<String> ruleIds(Path file, CheckOptions options) {
        ValidationResult result = new Validator(Checks.all(ProviderSchemas.bundled(), options), Suppressions.none())
                .validate(List.of(file));
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void should_mark_backend_tag_and_dr_rules_root_only_in_the_catalog() {
        assertThat(RuleCatalog.all()).filteredOn(RuleInfo::rootOnly).extracting(RuleInfo::id)
                .containsExactlyInAnyOrder("HVN-STATE-003", "HVN-TAG-001", "HVN-DR-001", "HVN-DR-002", "HVN-DR-003");
    }

    @Test
    void should_skip_root_only_rules_in_a_child_module_and_judge_them_in_a_root() throws Exception {
        Path module = Files.writeString(Files.createDirectories(work.resolve("modules/queue")).resolve("main.tf.json"),
                MODULE);
        Path root = Files.writeString(Files.createDirectories(work.resolve("live")).resolve("main.tf.json"),
                MODULE.replaceFirst("\\{", "{\"provider\": {\"aws\": [{\"region\": \"us-east-1\"}]},"));

        assertThat(ruleIds(module, CheckOptions.defaults())).doesNotContainAnyElementsOf(ROOT_ONLY)
                .contains("HVN-S3-001"); // rules for any configuration still apply
        assertThat(ruleIds(root, CheckOptions.defaults())).containsAll(ROOT_ONLY);
    }

    @Test
    void should_follow_the_paths_named_as_roots_or_modules() throws Exception {
        Path module = Files.writeString(work.resolve("main.tf.json"), MODULE);

        assertThat(ruleIds(module, CheckOptions.defaults()
                .withRoots(RootConfigurations.given(List.of(work), List.of())))).containsAll(ROOT_ONLY);
        Path root = Files.writeString(work.resolve("root.tf.json"),
                "{\"provider\": {\"aws\": {}}, \"terraform\": {}, \"resource\": {\"aws_sqs_queue\": {\"q\": {}}}}");
        assertThat(ruleIds(root, CheckOptions.defaults()
                .withRoots(RootConfigurations.given(List.of(), List.of(work))))).doesNotContainAnyElementsOf(ROOT_ONLY);
    }
}
