package com.haevn.environment;

import com.haevn.layers.Layers;
import com.haevn.testing.EnvironmentFixtures;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.lineCount;
import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.assertProblem;
import static com.haevn.testing.EnvironmentFixtures.problems;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.staging;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the files themselves: syntax, shape, keys and value types. */
class FileStructureProblemsTest {

    private static final String DNS_SECTION = "dns:\n  zone: qa.haevn.io\n  zone_id: \"0123456789abcdef0123456789abcdef\"\n"
            + "  plan: business\n";

    /** The core keys, then each registered layer's section. */
    private static final String TOP_LEVEL_KEYS = String.join(", ",
            EnvironmentFileReader.keys(Layers.sections(Layers.ALL)));

    @TempDir
    Path dir;

    @Test
    void should_report_a_yaml_syntax_error_with_its_line() {
        // GIVEN a second colon in a plain value on line 8
        String text = qaWith("zone: qa.haevn.io", "zone: qa.haevn.io: primary");
        // WHEN
        List<ConfigProblem> problems = problemsOfQa(dir, text);
        // THEN
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(8);
        assertThat(problems.get(0).keyPath()).isEmpty();
        assertThat(problems.get(0).message()).startsWith("YAML syntax error: mapping values are not allowed here")
                .endsWith("; check the indentation and quoting here");
    }

    @Test
    void should_report_where_an_unclosed_quote_was_opened() {
        // GIVEN a quote opened on the last line and never closed
        String text = qaWith("redis:          { rpo_seconds: 5,  rto_minutes: 30 }", "redis: \"{ rpo_seconds: 5");
        // WHEN
        List<ConfigProblem> problems = problemsOfQa(dir, text);
        // THEN
        assertOnlyProblem(problems, "qa.yaml", "", lineCount() + 1, "YAML syntax error: found unexpected end of stream (while "
                + "scanning a quoted scalar at line " + line("redis") + "); check the indentation and quoting here");
    }

    @Test
    void should_report_a_file_that_is_not_utf8() throws Exception {
        java.nio.file.Files.write(dir.resolve("qa.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, '\n'});
        assertOnlyProblem(problems(dir), "qa.yaml", "", 0, "is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void should_report_an_empty_file() {
        assertOnlyProblem(problemsOfQa(dir, "# nothing yet\n"), "qa.yaml", "", 1,
                "the file is empty; it must be a mapping with the keys " + TOP_LEVEL_KEYS);
    }

    @Test
    void should_report_a_file_that_is_not_a_mapping() {
        assertOnlyProblem(problemsOfQa(dir, "- name: qa\n"), "qa.yaml", "", 1,
                "the top level must be a mapping with the keys " + TOP_LEVEL_KEYS + ", got a list");
    }

    @Test
    void should_report_an_unknown_key_with_a_suggestion() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("  nat_gateways: per_az", "  nat_gateways: per_az\n  nat_gateway: single")),
                "qa.yaml", "network.nat_gateway", line("nat_gateways") + 1,
                "unknown key \"nat_gateway\" (did you mean \"nat_gateways\"?); valid keys here: nat_gateways, "
                        + "flow_log_retention_days");
    }

    @Test
    void should_report_an_unknown_key_without_a_suggestion_when_nothing_is_close() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("dns:\n", "colour: blue\ndns:\n")), "qa.yaml", "colour", line("dns"),
                "unknown key \"colour\"; valid keys here: " + TOP_LEVEL_KEYS);
    }

    @Test
    void should_report_a_missing_required_key_at_its_parent() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("  flow_log_retention_days: 30\n", "")), "qa.yaml",
                "network.flow_log_retention_days", line("network"),
                "missing required key \"flow_log_retention_days\" under \"network\"");
    }

    @Test
    void should_report_a_missing_top_level_section() {
        String text = qaWith(DNS_SECTION, "");
        assertOnlyProblem(problemsOfQa(dir, text), "qa.yaml", "dns", 1,
                "missing required key \"dns\" at the top level");
    }

    @Test
    void should_report_text_where_a_whole_number_is_needed() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("flow_log_retention_days: 30", "flow_log_retention_days: thirty")),
                "qa.yaml", "network.flow_log_retention_days", line("flow_log_retention_days"),
                "expected a whole number, got the text \"thirty\"");
    }

    @Test
    void should_report_a_quoted_number_and_say_to_remove_the_quotes() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("rpo_seconds: 5,", "rpo_seconds: \"5\",")), "qa.yaml",
                "recovery_targets.redis.rpo_seconds", line("redis"),
                "expected a whole number, got the quoted text \"5\"; remove the quotes");
    }

    @Test
    void should_report_a_decimal_where_a_whole_number_is_needed() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("flow_log_retention_days: 30", "flow_log_retention_days: 30.5")),
                "qa.yaml", "network.flow_log_retention_days", line("flow_log_retention_days"),
                "expected a whole number, got the number 30.5");
    }

    @Test
    void should_report_a_scalar_where_a_mapping_is_needed() {
        String text = qaWith(DNS_SECTION, "dns: qa.haevn.io\n");
        assertOnlyProblem(problemsOfQa(dir, text), "qa.yaml", "dns", 7,
                "expected a mapping of keys, got the text \"qa.haevn.io\"");
    }

    @Test
    void should_report_a_mapping_where_a_list_is_needed() {
        String text = qaWith("availability_zones: [us-east-1a, us-east-1b, us-east-1c]",
                "availability_zones: { first: us-east-1a }");
        assertOnlyProblem(problemsOfQa(dir, text), "qa.yaml", "regions[0].availability_zones", line("availability_zones"),
                "expected a list, got a mapping");
    }

    @Test
    void should_report_a_boolean_where_text_is_needed() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("owner: platform-team", "owner: no")), "qa.yaml",
                "cost_allocation.owner", line("owner"), "expected text, got the boolean no; quote it to keep it as text");
    }

    @Test
    void should_report_a_key_given_twice() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("tier: staging\n", "tier: staging\ntier: production\n")),
                "qa.yaml", "tier", 3, "key \"tier\" appears twice (first at line 2); keep only one");
    }

    @Test
    void should_report_a_directory_without_yaml_files() {
        write(dir, "README.md", "# environments\n");
        List<ConfigProblem> problems = problems(dir);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.toString());
            assertThat(p.message()).isEqualTo("no environment files found; add one <name>.yaml per environment, "
                    + "e.g. dev.yaml");
        });
    }

    @Test
    void should_report_a_missing_directory() {
        List<ConfigProblem> problems = problems(dir.resolve("nowhere"));
        assertThat(problems).singleElement().extracting(ConfigProblem::message).isEqualTo(
                "is not a directory; point to the folder holding the environment files, e.g. environments");
    }

    @Test
    void should_report_a_yml_file_that_would_otherwise_be_ignored() {
        write(dir, "qa.yml", staging("qa", "10.60.0.0/16"));
        assertOnlyProblem(problems(dir), "qa.yml", "", 0,
                "is ignored because only *.yaml files are read; rename it to qa.yaml");
    }

    @Test
    void should_report_every_problem_of_a_file_at_once_in_line_order() {
        // GIVEN a file with four unrelated mistakes
        String text = staging("qa", "10.60.0.0/33")
                .replace("tier: staging", "tier: prod")
                .replace("flow_log_retention_days: 30", "flow_log_retention_days: 31")
                .replace("rpo_seconds: 5,", "rpo_seconds: -5,");
        // WHEN
        ConfigurationException failure = catchThrowableOfType(ConfigurationException.class, () -> {
            write(dir, "qa.yaml", text);
            EnvironmentFixtures.load(dir);
        });
        // THEN
        List<ConfigProblem> problems = failure.problems();
        assertThat(problems).extracting(ConfigProblem::keyPath).containsExactly(
                "tier", "regions[0].vpc_cidr", "network.flow_log_retention_days", "recovery_targets.redis.rpo_seconds");
        assertProblem(problems.get(1), "qa.yaml", "regions[0].vpc_cidr", 13,
                "\"10.60.0.0/33\" has prefix length 33; the largest is 32");
        assertThat(failure.getMessage().lines()).hasSize(4);
        assertThat(failure.getMessage().lines().toList().get(1))
                .isEqualTo(dir.resolve("qa.yaml") + ":13: regions[0].vpc_cidr: \"10.60.0.0/33\" has prefix length 33; "
                        + "the largest is 32");
    }

    @Test
    void should_report_problems_of_several_files_together() {
        // GIVEN two broken files and a valid one
        write(dir, "alpha.yaml", staging("alpha", "10.61.0.0/16").replace("tier: staging", "tier: qa"));
        write(dir, "beta.yaml", staging("beta", "10.62.0.0/16"));
        write(dir, "gamma.yaml", "name: [gamma\n");
        // WHEN
        List<ConfigProblem> problems = problems(dir);
        // THEN
        assertThat(problems).extracting(p -> Path.of(p.file()).getFileName().toString())
                .containsExactly("alpha.yaml", "gamma.yaml");
    }
}
