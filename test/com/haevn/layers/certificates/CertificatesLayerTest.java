package com.haevn.layers.certificates;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The certificates stacks of the platform and the {@code certificates} section. */
class CertificatesLayerTest {

    /** Every stack with the hostnames of its environment file. */
    private static final Map<String, List<String>> HOSTNAMES = Map.of(
            "dev-use1-certificates", List.of("dev.haevn.io", "*.dev.haevn.io", "*.haevn.io"),
            "staging-use1-certificates", List.of("staging.haevn.io", "*.staging.haevn.io"),
            "staging-usw2-certificates", List.of("staging.haevn.io", "*.staging.haevn.io"),
            "prod-use1-certificates", List.of("haevn.io", "*.haevn.io"),
            "prod-usw2-certificates", List.of("haevn.io", "*.haevn.io"));

    @TempDir
    Path dir;

    @Test
    void should_request_each_regions_certificate_for_the_environments_hostnames_validated_by_dns() {
        HOSTNAMES.forEach((stack, hostnames) -> {
            JsonNode certificate = SynthesizedPlatform.resources(stack, "aws_acm_certificate").elements().next();
            assertThat(certificate.path("domain_name").asText()).as(stack).isEqualTo(hostnames.get(0));
            assertThat(certificate.path("subject_alternative_names")).as(stack).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(hostnames.subList(1, hostnames.size()));
            assertThat(certificate.path("validation_method").asText()).as(stack).isEqualTo("DNS");
            assertThat(SynthesizedPlatform.stack(stack).path("resource").has("aws_acm_certificate_validation"))
                    .as(stack + " does not wait for records the zone stack creates later").isFalse();
        });
    }

    @Test
    void should_export_the_arn_and_one_validation_record_per_name_as_parallel_lists() {
        for (String stack : HOSTNAMES.keySet()) {
            JsonNode outputs = SynthesizedPlatform.stack(stack).path("output");
            assertThat(outputs.path("certificate_arn").path("value").asText()).startsWith("${aws_acm_certificate.")
                    .endsWith(".arn}");
            for (String[] output : new String[][] {{"validation_domains", "domain_name"},
                    {"validation_record_names", "resource_record_name"}, {"validation_record_types", "resource_record_type"},
                    {"validation_record_values", "resource_record_value"}}) {
                assertThat(outputs.path(output[0]).path("value").asText()).as(stack + " " + output[0])
                        .endsWith(".domain_validation_options[*]." + output[1] + "}");
            }
        }
    }

    @Test
    void should_refuse_a_wildcard_inside_a_name() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("\"*.qa.haevn.io\"", "\"app.*.haevn.io\"")), "qa.yaml",
                "certificates.hostnames[1]", line("hostnames"), "\"app.*.haevn.io\" is not a DNS name: label \"*\" "
                        + "must be 1 to 63 letters, digits or inner hyphens (a wildcard is allowed only as the whole "
                        + "first label, \"*.\")");
    }

    @Test
    void should_refuse_a_name_listed_twice() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("\"*.qa.haevn.io\"", "\"qa.haevn.io\"")), "qa.yaml",
                "certificates.hostnames[1]", line("hostnames"), "\"qa.haevn.io\" is listed twice; list each name once");
    }

    @Test
    void should_refuse_an_empty_list() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("hostnames: [\"qa.haevn.io\", \"*.qa.haevn.io\"]", "hostnames: []")),
                "qa.yaml", "certificates.hostnames", line("hostnames"), "0 hostnames given; a certificate holds 1 to 10 "
                        + "names (ACM's default quota): list the names the environment serves");
    }
}
