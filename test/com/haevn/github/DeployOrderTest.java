package com.haevn.github;

import com.haevn.testing.SynthesizedPlatform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy order of the real synthesized manifest, as {@code .github/scripts/stack-order.sh} gives it to the deploy
 * jobs: in every environment and region the certificate is requested before the front door waits for its
 * validation (the Cloudflare zone stack, which creates the validation records, will stand between them), and the
 * primary region's database before the other region's joins its global database.
 */
class DeployOrderTest {

    @BeforeAll
    static void requireBashAndJq() {
        RequiredTool.require(CommandRun.works(List.of("bash", "--version")), "bash is not on the PATH", "Install bash 4 or newer.");
        RequiredTool.require(CommandRun.works(List.of("jq", "--version")), "jq is not on the PATH", "Install jq (GitHub's runners have it).");
    }

    private static List<String> deployOrder(String environment) {
        Path manifest = SynthesizedPlatform.get().outputDirectory().resolve("manifest.json");
        CommandRun result = CommandRun.run(manifest.getParent(), Map.of(), Duration.ofMinutes(1), List.of("bash",
                Path.of(".github", "scripts", "stack-order.sh").toAbsolutePath().toString(), manifest.toString(),
                environment + "-*", "*-global-state"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.stdout().lines().toList();
    }

    private static List<String> dependencies(String stack) {
        try {
            JsonNode manifest = new ObjectMapper().readTree(
                    SynthesizedPlatform.get().outputDirectory().resolve("manifest.json").toFile());
            List<String> names = new ArrayList<>();
            manifest.path("stacks").path(stack).path("dependencies").forEach(d -> names.add(d.asText()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_deploy_each_regions_certificates_before_its_front_door() {
        Map<String, List<String>> regions = Map.of("dev", List.of("use1"), "staging", List.of("use1", "usw2"),
                "prod", List.of("use1", "usw2"));
        regions.forEach((environment, shortCodes) -> {
            List<String> order = deployOrder(environment);
            for (String region : shortCodes) {
                String prefix = environment + "-" + region + "-";
                assertThat(order).as(environment).contains(prefix + "certificates", prefix + "frontdoor");
                assertThat(order.indexOf(prefix + "certificates")).as(String.join(" ", order))
                        .isLessThan(order.indexOf(prefix + "frontdoor"));
                assertThat(order.indexOf(prefix + "network")).isLessThan(order.indexOf(prefix + "frontdoor"));
                assertThat(order.indexOf(prefix + "alerts")).isLessThan(order.indexOf(prefix + "frontdoor"));
                assertThat(order.indexOf(prefix + "runtime")).isLessThan(order.indexOf(prefix + "frontdoor"));
                assertThat(dependencies(prefix + "frontdoor")).as("not by name order alone")
                        .contains(prefix + "certificates");
            }
        });
    }

    @Test
    void should_deploy_certificates_then_the_zone_then_front_doors_then_traffic_across_the_platform() {
        List<String> order = deployOrder("*");
        int zone = order.indexOf("prod-global-edge");
        assertThat(zone).as(String.join(" ", order)).isNotNegative();
        Map<String, List<String>> regions = Map.of("dev", List.of("use1"), "staging", List.of("use1", "usw2"),
                "prod", List.of("use1", "usw2"));
        regions.forEach((environment, shortCodes) -> {
            int traffic = order.indexOf(environment + "-global-traffic");
            for (String region : shortCodes) {
                String prefix = environment + "-" + region + "-";
                assertThat(order.indexOf(prefix + "certificates")).as(prefix).isLessThan(zone);
                assertThat(order.indexOf(prefix + "frontdoor")).as(prefix).isGreaterThan(zone).isLessThan(traffic);
                assertThat(dependencies(prefix + "frontdoor")).as("not by name order alone").contains("prod-global-edge");
                assertThat(dependencies(environment + "-global-traffic")).contains(prefix + "frontdoor");
            }
        });
    }

    @Test
    void should_deploy_the_primary_regions_cache_before_the_secondary_that_joins_its_global_datastore() {
        for (String environment : List.of("staging", "prod")) {
            List<String> order = deployOrder(environment);
            String primary = environment + "-use1-cache";
            String secondary = environment + "-usw2-cache";
            assertThat(order).as(environment).contains(primary, secondary);
            assertThat(order.indexOf(primary)).as(String.join(" ", order)).isLessThan(order.indexOf(secondary));
            assertThat(order.indexOf(environment + "-usw2-runtime")).isLessThan(order.indexOf(secondary));
            assertThat(dependencies(secondary)).contains(primary, environment + "-usw2-network",
                    environment + "-usw2-runtime");
            assertThat(dependencies(primary)).doesNotContain(secondary);
        }
    }

    @Test
    void should_deploy_the_secrets_after_the_primary_regions_network_and_runtime_and_read_no_other_region() {
        for (String environment : List.of("dev", "staging", "prod")) {
            List<String> order = deployOrder(environment);
            String secrets = environment + "-global-secrets";
            assertThat(order).as(environment).contains(secrets);
            assertThat(order.indexOf(environment + "-use1-network")).isLessThan(order.indexOf(secrets));
            assertThat(order.indexOf(environment + "-use1-runtime")).isLessThan(order.indexOf(secrets));
            assertThat(dependencies(secrets)).as("the replicas' keys come from its own aliased provider")
                    .noneMatch(stack -> stack.contains("-usw2-"));
        }
    }

    @Test
    void should_deploy_the_primary_database_before_the_secondary_joins_its_global_database() {
        for (String environment : List.of("staging", "prod")) {
            List<String> order = deployOrder(environment);
            String primary = environment + "-use1-data";
            String secondary = environment + "-usw2-data";
            assertThat(order).as(environment).contains(primary, secondary);
            assertThat(order.indexOf(primary)).as(String.join(" ", order)).isLessThan(order.indexOf(secondary));
            assertThat(dependencies(secondary)).as("the one-way join, not name order")
                    .contains(primary, environment + "-usw2-network", environment + "-usw2-runtime");
            assertThat(dependencies(primary)).doesNotContain(secondary)
                    .contains(environment + "-use1-network", environment + "-use1-runtime");
        }
        assertThat(deployOrder("dev")).contains("dev-use1-data");
        assertThat(dependencies("dev-use1-data")).containsExactlyInAnyOrder("dev-use1-network", "dev-use1-runtime");
    }
}
