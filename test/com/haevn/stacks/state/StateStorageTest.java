package com.haevn.stacks.state;

import com.haevn.environment.Environment;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** State names per region and the {@code state} section. */
class StateStorageTest {

    private final Environment prod = EnvironmentFixtures.load(EnvironmentFixtures.REAL_ENVIRONMENTS).get("prod");

    @Test
    void should_keep_the_primary_buckets_name_and_suffix_the_others_with_their_region() {
        assertThat(StateStorage.bucket(prod, prod.regions().get(0))).isEqualTo("haevn-prod-tfstate-430987654321");
        assertThat(StateStorage.bucket(prod, prod.regions().get(1))).isEqualTo("haevn-prod-tfstate-430987654321-usw2");
        assertThat(StateStorage.replicaBucket(prod, prod.regions().get(0), prod.regions().get(1)))
                .isEqualTo("haevn-prod-tfstate-430987654321-replica-usw2");
        assertThat(StateStorage.replicaBucket(prod, prod.regions().get(1), prod.regions().get(0)))
                .isEqualTo("haevn-prod-tfstate-430987654321-usw2-replica");
        assertThat(StateStorage.lockTable(prod)).isEqualTo("haevn-prod-tfstate-lock");
        assertThat(StateStorage.keyAlias(prod)).isEqualTo("alias/haevn-prod-tfstate");
        assertThat(StateStorage.key("prod-use1-data")).isEqualTo("prod-use1-data/terraform.tfstate");
        assertThatThrownBy(() -> StateStorage.key(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_replicate_the_primary_to_each_other_region_and_each_other_region_to_the_primary() {
        assertThat(StateStorage.replications(prod)).extracting(r -> r.source().region().shortCode() + ">"
                + r.destination().region().shortCode()).containsExactly("use1>usw2", "usw2>use1");
        assertThatThrownBy(() -> StateStorage.replicaBucket(prod, prod.regions().get(0), prod.regions().get(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_fit_the_longest_bucket_name_of_the_longest_environment_name_in_63_characters() {
        String longest = "haevn-" + "a".repeat(22) + "-tfstate-123456789012-apse1-replica";
        assertThat(longest).hasSize(63);
    }

    @Test
    void should_refuse_a_global_stacks_region_that_is_not_the_environments(@TempDir Path dir) {
        assertOnlyProblem(problemsOfQa(dir, qaWith("global_stacks_region: us-east-1", "global_stacks_region: us-east-2")),
                "qa.yaml", "state.global_stacks_region", line("global_stacks_region"), "\"us-east-2\" is not a region of "
                        + "this environment (did you mean \"us-east-1\"?); use one of: us-east-1 (normally the first,"
                        + " us-east-1)");
    }
}
