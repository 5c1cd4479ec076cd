package com.haevn.environment;

import com.haevn.testing.EnvironmentFixtures;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.assertProblem;
import static com.haevn.testing.EnvironmentFixtures.problems;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.staging;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with who an environment is: name, tier, account, tags and DNS zone. */
class IdentityProblemsTest {

    @TempDir
    Path dir;

    @Test
    void should_report_a_name_that_differs_from_the_file_name() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("name: qa", "name: quality")), "qa.yaml", "name", 1,
                "\"quality\" does not match the file name \"qa.yaml\"; set name to \"qa\" or rename the file to "
                        + "\"quality.yaml\"");
    }

    @Test
    void should_report_a_name_that_is_not_lowercase() {
        write(dir, "QA.yaml", staging("qa", "10.60.0.0/16").replace("name: qa", "name: QA"));
        assertOnlyProblem(problems(dir), "QA.yaml", "name", 1,
                "\"QA\" is not a valid environment name; use lowercase letters, digits and hyphens, starting with a "
                        + "letter, at most 22 characters (e.g. \"qa\")");
    }

    @Test
    void should_accept_digits_and_hyphens_in_a_name() {
        write(dir, "load-test2.yaml", staging("load-test2", "10.60.0.0/16"));
        assertThat(EnvironmentFixtures.load(dir).get("load-test2").name()).isEqualTo("load-test2");
    }

    @Test
    void should_refuse_a_name_too_long_for_the_longest_state_bucket_name() {
        String name = "a".repeat(23);
        write(dir, name + ".yaml", staging(name, "10.60.0.0/16"));
        assertOnlyProblem(problems(dir), name + ".yaml", "name", 1, "\"" + name + "\" is not a valid environment name;"
                + " use lowercase letters, digits and hyphens, starting with a letter, at most 22 characters (e.g. \"qa\")");
    }

    @Test
    void should_report_an_unknown_tier_and_suggest_the_closest() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("tier: staging", "tier: prod")), "qa.yaml", "tier", 2,
                "\"prod\" is not a tier (did you mean \"production\"?); use one of: development, staging, production");
    }

    @Test
    void should_report_an_unquoted_account_id() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("account_id: \"123456789012\"", "account_id: 123456789012")),
                "qa.yaml", "account_id", line("account_id"), "got the number 123456789012 without quotes; write the account id as "
                        + "quoted text, e.g. \"123456789012\", so YAML keeps it exactly (leading zeros included)");
    }

    @Test
    void should_report_an_account_id_that_is_not_12_digits() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("account_id: \"123456789012\"", "account_id: \"12345678901\"")),
                "qa.yaml", "account_id", line("account_id"), "got the quoted text \"12345678901\"; an AWS account id is exactly 12 "
                        + "digits, written as quoted text, e.g. \"210987654321\"");
    }

    @Test
    void should_accept_an_account_id_with_leading_zeros() {
        write(dir, "qa.yaml", qaWith("account_id: \"123456789012\"", "account_id: \"012345678901\""));
        assertThat(EnvironmentFixtures.load(dir).get("qa").accountId()).isEqualTo("012345678901");
    }

    @Test
    void should_report_a_cost_center_that_cannot_be_a_tag_value() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("cost_center: CC-4500", "cost_center: \"CC#4500\"")), "qa.yaml",
                "cost_allocation.cost_center", line("cost_center"), "\"CC#4500\" cannot be an AWS tag value; use 1 to 256 letters, "
                        + "digits, spaces or _ . : / = + - @");
    }

    @Test
    void should_report_a_dns_zone_that_is_not_a_domain_name() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("zone: qa.haevn.io", "zone: QA.haevn.io.")), "qa.yaml", "dns.zone", 8,
                "\"QA.haevn.io.\" is not a DNS zone name; use lowercase labels of letters, digits and hyphens joined "
                        + "by dots, without a trailing dot, e.g. haevn.io");
    }

    @Test
    void should_report_a_zone_id_that_is_not_cloudflares() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("zone_id: \"0123456789abcdef0123456789abcdef\"", "zone_id: haevn.io")),
                "qa.yaml", "dns.zone_id", line("zone_id"), "\"haevn.io\" is not a Cloudflare zone id; use the 32 lowercase "
                        + "hexadecimal digits shown on the zone's overview page (quote it)");
    }

    @Test
    void should_report_an_unknown_cloudflare_plan_with_a_suggestion() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("plan: business", "plan: busines")), "qa.yaml", "dns.plan",
                line("plan"), "\"busines\" is not a Cloudflare plan (did you mean \"business\"?); use one of: free, pro, "
                        + "business, enterprise");
    }

    @Test
    void should_report_an_environment_name_used_by_two_files() {
        // GIVEN qa2.yaml claiming to be qa as well
        write(dir, "qa.yaml", staging("qa", "10.60.0.0/16"));
        write(dir, "qa2.yaml", staging("qa", "10.61.0.0/16"));
        // WHEN
        List<ConfigProblem> problems = problems(dir);
        // THEN both the file-name mismatch and the duplicate are reported, at the later file
        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), "qa2.yaml", "name", 1,
                "\"qa\" does not match the file name \"qa2.yaml\"; set name to \"qa2\" or rename the file to \"qa.yaml\"");
        assertProblem(problems.get(1), "qa2.yaml", "name", line("name"), "environment name \"qa\" is already used by "
                + dir.resolve("qa.yaml") + "; each environment needs its own name, equal to its file name");
    }
}
