package com.haevn.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.haevn.modules.network.Cidr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The records' own guards and how problems are rendered. */
class ModelTest {

    private static Environment environment(String name, List<RegionConfig> regions) {
        return new Environment(name, Tier.DEVELOPMENT, "123456789012", new CostAllocation("CC-1", "team"),
                new DnsZone("haevn.io", "0123456789abcdef0123456789abcdef", CloudflarePlan.PRO), regions, regions.stream().findFirst().orElse(null),
                new RecoveryTargets(new RecoveryTarget(15, 60), new RecoveryTarget(60, 240), new RecoveryTarget(5, 30)),
                new LayerSettings(Map.of()));
    }

    private static final List<RegionConfig> ONE_REGION = List.of(new RegionConfig(AwsRegion.EU_CENTRAL_1,
            Cidr.parse("10.70.0.0/16"), List.of("eu-central-1a", "eu-central-1b")));

    @Test
    void should_render_a_problem_as_file_line_key_path_and_message() {
        assertThat(new ConfigProblem("environments/prod.yaml", "regions[1].vpc_cidr", 12, "bad"))
                .hasToString("environments/prod.yaml:12: regions[1].vpc_cidr: bad");
        assertThat(new ConfigProblem("environments/prod.yaml", "", 3, "bad"))
                .hasToString("environments/prod.yaml:3: bad");
        assertThat(new ConfigProblem("environments", null, 0, "bad")).hasToString("environments: bad");
    }

    @Test
    void should_list_every_problem_one_per_line_in_the_exception_message() {
        ConfigurationException failure = new ConfigurationException(List.of(
                new ConfigProblem("a.yaml", "tier", 2, "one"), new ConfigProblem("b.yaml", "name", 1, "two")));
        assertThat(failure.getMessage()).isEqualTo("a.yaml:2: tier: one\nb.yaml:1: name: two");
        assertThat(failure.problems()).hasSize(2);
        assertThatThrownBy(() -> new ConfigurationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_refuse_an_environment_without_regions() {
        assertThatThrownBy(() -> environment("qa", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment qa needs at least one region");
    }

    @Test
    void should_sort_environments_and_refuse_duplicate_names() {
        Environments environments = new Environments(List.of(environment("zeta", ONE_REGION),
                environment("alpha", ONE_REGION)));
        assertThat(environments.all()).extracting(Environment::name).containsExactly("alpha", "zeta");
        assertThat(environments.get("zeta").primaryRegion().region().shortCode()).isEqualTo("euc1");
        assertThatThrownBy(() -> new Environments(List.of(environment("qa", ONE_REGION), environment("qa", ONE_REGION))))
                .hasMessage("two environments are named qa");
    }

    @Test
    void should_copy_lists_so_the_model_stays_immutable() {
        List<String> zones = new java.util.ArrayList<>(List.of("eu-central-1a"));
        RegionConfig region = new RegionConfig(AwsRegion.EU_CENTRAL_1, Cidr.parse("10.70.0.0/16"), zones);
        zones.add("eu-central-1b");
        assertThat(region.availabilityZones()).containsExactly("eu-central-1a");
        assertThatThrownBy(() -> region.availabilityZones().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
