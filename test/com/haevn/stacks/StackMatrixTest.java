package com.haevn.stacks;

import com.haevn.environment.Environments;
import com.haevn.layers.Layers;
import com.haevn.layers.network.NetworkExports;
import com.haevn.stacks.state.StateStorage;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.testing.TestLayer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matrix of every registered layer: expected names are derived from the registry, never listed by hand. */
class StackMatrixTest {

    private final Environments environments = EnvironmentFixtures.load(Path.of("environments"));
    private final StackMatrix matrix = StackMatrix.of(environments, Layers.ALL);

    /**
     * Every layer's stack for an environment: the global one, or one per region short code, in registry order; a
     * platform stack belongs to no one environment.
     */
    private static List<String> expected(String environment, String... regions) {
        List<String> names = new ArrayList<>();
        for (Layer layer : Layers.ALL) {
            if (layer.placement() == Placement.PLATFORM) {
                continue;
            } else if (layer.placement() == Placement.GLOBAL) {
                names.add(environment + "-global-" + layer.name());
            } else {
                // a linked layer stands in every region but the first (regions[0] here)
                int first = layer.placement() == Placement.LINKED_TO_FIRST_REGION ? 1 : 0;
                for (String region : List.of(regions).subList(first, regions.length)) {
                    names.add(environment + "-" + region + "-" + layer.name());
                }
            }
        }
        return names;
    }

    @Test
    void should_give_dev_one_region_and_the_global_stacks() {
        assertThat(matrix.select(List.of("dev"), List.of()).names()).containsExactlyElementsOf(expected("dev", "use1"));
    }

    @Test
    void should_give_prod_both_active_regions() {
        assertThat(matrix.select(List.of("prod"), List.of()).names())
                .containsExactlyElementsOf(expected("prod", "use1", "usw2"));
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
    void should_refuse_a_layer_registered_before_a_layer_it_imports_from() {
        Layer dependent = new TestLayer("runtime", List.of(Import.sameRegion(NetworkExports.KEY)), (stack, exports) -> { });

        assertThatThrownBy(() -> StackMatrix.of(environments, List.of(dependent, Layers.ALL.get(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("layer runtime depends on network, which must be registered before it in Layers.ALL");
    }

    @Test
    void should_refuse_an_import_whose_scope_does_not_fit_the_producers_placement() {
        Layer dependent = new TestLayer("runtime", List.of(Import.global(NetworkExports.KEY)), (stack, exports) -> { });
        List<Layer> layers = new ArrayList<>(Layers.ALL);
        layers.add(dependent);

        assertThatThrownBy(() -> StackMatrix.of(environments, layers))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("layer runtime imports network NetworkExports (global), but layer network is regional");
    }

    @Test
    void should_refuse_two_layers_with_one_name() {
        List<Layer> layers = new ArrayList<>(Layers.ALL);
        layers.add(new TestLayer("network", List.of(), (stack, exports) -> { }));

        assertThatThrownBy(() -> StackMatrix.of(environments, layers))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two layers are named network");
    }

    @Test
    void should_build_stack_names_from_environment_region_short_code_and_layer() {
        assertThat(new StackId("prod", "use1", "network").name()).isEqualTo("prod-use1-network");
        assertThat(new StackId("prod", StackId.GLOBAL, "state").name()).isEqualTo("prod-global-state");
    }

    @Test
    void should_name_a_variant_after_its_cell_and_keep_the_cell_name_without_one() {
        StackSpec network = matrix.select(List.of("dev"), List.of("dev-use1-network")).stacks().get(0);

        StackSpec review = network.withVariant("pr-123");

        assertThat(review.name()).isEqualTo("dev-use1-network-pr-123");
        assertThat(StateStorage.key(review.name())).isEqualTo("dev-use1-network-pr-123/terraform.tfstate");
        assertThat(network.name()).isEqualTo("dev-use1-network");
        assertThat(StateStorage.key(network.name())).isEqualTo("dev-use1-network/terraform.tfstate");
    }

    @Test
    void should_refuse_a_variant_that_cannot_be_part_of_a_name() {
        assertThatThrownBy(() -> new StackId("dev", "use1", "review", "PR 123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"PR 123\" is not a stack variant");
    }
}
