package com.haevn.environment;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.haevn.testing.EnvironmentFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code primary_region}: optional, one of the environment's regions, the first by default. */
class PrimaryRegionTest {

    @Test
    void should_default_to_the_first_region(@TempDir Path dir) {
        write(dir, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16"));

        assertThat(EnvironmentFixtures.load(dir).get("qa").primaryRegion().region()).isEqualTo(AwsRegion.US_EAST_1);
    }

    @Test
    void should_name_us_east_1_explicitly_in_staging_and_prod() throws IOException {
        for (String name : new String[] {"staging", "prod"}) {
            assertThat(Files.readString(EnvironmentFixtures.REAL_ENVIRONMENTS.resolve(name + ".yaml")))
                    .as(name).containsPattern("(?m)^primary_region: us-east-1\\b");
        }
    }

    @Test
    void should_take_the_second_region_when_set(@TempDir Path dir) throws IOException {
        EnvironmentFixtures.copyRealEnvironments(dir);
        Path prod = dir.resolve("prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("primary_region: us-east-1", "primary_region: us-west-2"));

        Environment loaded = EnvironmentFixtures.load(dir).get("prod");

        assertThat(loaded.primaryRegion().region()).isEqualTo(AwsRegion.US_WEST_2);
        assertThat(loaded.regions().get(0).region()).as("the file order is kept").isEqualTo(AwsRegion.US_EAST_1);
    }

    @Test
    void should_refuse_a_region_that_is_not_the_environments_with_a_suggestion(@TempDir Path dir) {
        assertOnlyProblem(problemsOfQa(dir, qaWith("state:\n", "primary_region: us-east-2\nstate:\n")),
                "qa.yaml", "primary_region", line("state"), "\"us-east-2\" is not a region of this environment (did "
                        + "you mean \"us-east-1\"?); use one of: us-east-1 (or leave primary_region out for the first,"
                        + " us-east-1)");
    }

    @Test
    void should_refuse_a_value_that_is_not_text(@TempDir Path dir) {
        assertThat(problemsOfQa(dir, qaWith("state:\n", "primary_region: [us-east-1]\nstate:\n")))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.keyPath()).isEqualTo("primary_region");
                    assertThat(problem.line()).isEqualTo(line("state"));
                });
    }

    @Test
    void should_report_a_misspelt_key_with_a_suggestion(@TempDir Path dir) {
        assertThat(problemsOfQa(dir, qaWith("state:\n", "primary_regoin: us-east-1\nstate:\n")))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.keyPath()).isEqualTo("primary_regoin");
                    assertThat(problem.message()).contains("did you mean \"primary_region\"?");
                });
    }
}
