package com.haevn.validate.catalog;

import com.haevn.validate.rules.RuleInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RulesDocumentTest {

    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void should_keep_docs_rules_md_in_sync_with_the_catalog() throws IOException {
        String rendered = RulesDocument.render(RuleCatalog.all());
        if (Boolean.getBoolean("haevn.updateRulesDoc")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }

        assertThat(DOC).as("docs/rules.md is missing; run this test with -Dhaevn.updateRulesDoc=true").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md differs from the rule catalog; run this test with -Dhaevn.updateRulesDoc=true")
                .isEqualTo(rendered);
    }

    @Test
    void should_give_every_rule_a_unique_well_formed_id_and_full_text() {
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : RuleCatalog.all()) {
            assertThat(rule.id()).matches("HVN-[A-Z0-9]+-\\d{3}");
            assertThat(ids.add(rule.id())).as("duplicate id " + rule.id()).isTrue();
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.rationale()).isNotBlank();
            assertThat(rule.fix()).isNotBlank();
        }
        assertThat(RuleCatalog.byId("HVN-CHG-001")).isPresent();
        assertThat(RuleCatalog.byId("HVN-NOPE-001")).isEmpty();
    }
}
