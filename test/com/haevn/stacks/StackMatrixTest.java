package com.haevn.stacks;

import com.haevn.environment.EnvironmentLoader;
import com.haevn.environment.Environments;
import com.haevn.testing.TestLayer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackMatrixTest {

    private final Environments environments = EnvironmentLoader.load(Path.of("environments"));
    private final StackMatrix matrix = StackMatrix.of(environments, Layers.ALL);

    @Test
    void should_give_dev_one_region_and_a_global_bootstrap_stack() {
        assertThat(matrix.select(List.of("dev"), List.of()).names())
                .containsExactly("dev-global-state", "dev-use1-network");
    }

    @Test
    void should_give_prod_both_active_regions() {
        assertThat(matrix.select(List.of("prod"), List.of()).names())
                .containsExactly("prod-global-state", "prod-use1-network", "prod-usw2-network");
    }

    @Test
    void should_give_staging_the_same_topology_as_prod() {
        List<String> staging = matrix.select(List.of("staging"), List.of()).names().stream()
                .map(name -> name.replaceFirst("^staging-", "")).toList();
        List<String> prod = matrix.select(List.of("prod"), List.of()).names().stream()
                .map(name -> name.replaceFirst("^prod-", "")).toList();
        assertThat(staging).isEqualTo(prod);
    }

    @Test
    void should_select_stacks_by_glob() {
        assertThat(matrix.select(List.of(), List.of("*-network")).names())
                .containsExactly("dev-use1-network", "prod-use1-network", "prod-usw2-network",
                        "staging-use1-network", "staging-usw2-network");
    }

    @Test
    void should_refuse_an_unknown_environment_naming_the_known_ones() {
        assertThatThrownBy(() -> matrix.select(List.of("qa"), List.of()))
                .isInstanceOf(StackMatrix.SelectionException.class)
                .hasMessageContaining("unknown environment 'qa'")
                .hasMessageContaining("dev, prod, staging");
    }

    @Test
    void should_refuse_a_stack_pattern_that_matches_nothing() {
        assertThatThrownBy(() -> matrix.select(List.of(), List.of("prod-euc1-network")))
                .isInstanceOf(StackMatrix.SelectionException.class)
                .hasMessageContaining("no stack matches 'prod-euc1-network'");
    }

    @Test
    void should_refuse_a_layer_registered_before_a_layer_it_depends_on() {
        Layer dependent = new TestLayer("runtime", List.of("network"), (stack, exports) -> { });

        assertThatThrownBy(() -> StackMatrix.of(environments, List.of(dependent, Layers.ALL.get(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("layer runtime depends on network, which must be registered before it in Layers.ALL");
    }

    @Test
    void should_build_stack_names_from_environment_region_short_code_and_layer() {
        assertThat(new StackId("prod", "use1", "network").name()).isEqualTo("prod-use1-network");
        assertThat(new StackId("prod", StackId.GLOBAL, "state").name()).isEqualTo("prod-global-state");
    }
}
