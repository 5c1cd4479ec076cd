package com.haevn.validate.catalog;

import com.haevn.validate.ModuleFolders;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.RuleInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to declare a rule: each rule id is written once in the validator's sources, where its {@link RuleInfo}
 * is declared, and every finding carries its rule's catalog severity and fix (or, lowered, a lower severity).
 */
class RuleDeclarationTest {

    private static final Pattern RULE_ID_LITERAL = Pattern.compile("\"(HVN-[A-Z0-9]+-\\d{3})\"");

    @Test
    void should_write_each_rule_id_once_in_the_sources() throws IOException {
        Map<String, List<String>> places = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("main/com/haevn/validate"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).trim().startsWith("*")) {
                        continue; // Javadoc may name rules
                    }
                    Matcher matcher = RULE_ID_LITERAL.matcher(lines.get(i));
                    while (matcher.find()) {
                        places.computeIfAbsent(matcher.group(1), k -> new ArrayList<>()).add(file + ":" + (i + 1));
                    }
                }
            }
        }

        assertThat(places.keySet()).containsExactlyInAnyOrderElementsOf(
                RuleCatalog.all().stream().map(RuleInfo::id).toList());
        assertThat(places).allSatisfy((id, where) -> assertThat(where).as(id).hasSize(1));
    }

    @Test
    void should_report_every_finding_with_its_catalog_severity_and_fix() throws IOException {
        List<Path> inputs = new ArrayList<>(List.of(Path.of("test/resources/validate")));
        inputs.addAll(ModuleFolders.all());
        ValidationResult result = new Validator().validate(inputs);

        assertThat(result.findings()).extracting(Finding::ruleId).hasSizeGreaterThan(20);
        assertThat(result.findings().stream().map(Finding::ruleId).distinct()).hasSizeGreaterThan(15);
        for (Finding finding : result.findings()) {
            RuleInfo rule = RuleCatalog.byId(finding.ruleId()).orElseThrow();
            // a lowered finding (RuleInfo.lowered: a drift warning, a note on what could not be read) has its own fix
            assertThat(finding.severity()).as(finding.toString()).isGreaterThanOrEqualTo(rule.severity());
            if (finding.severity() == rule.severity()) {
                assertThat(finding.fix()).as(finding.toString()).isEqualTo(rule.fix());
            }
        }
    }
}
