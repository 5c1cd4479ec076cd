package com.haevn.environment;

import com.haevn.layers.network.NetworkLayer;
import com.haevn.layers.network.NetworkSettings;
import com.haevn.modules.network.Cidr;
import com.haevn.modules.network.NatGatewayMode;
import com.haevn.testing.EnvironmentFixtures;

import static com.haevn.testing.EnvironmentFixtures.REAL_ENVIRONMENTS;
import static com.haevn.testing.EnvironmentFixtures.copyRealEnvironments;
import static com.haevn.testing.EnvironmentFixtures.staging;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own environments/ and the changes the design promises need no code. */
class RealEnvironmentsTest {

    @Test
    void should_load_the_real_environments_sorted_by_name() {
        // WHEN
        Environments environments = EnvironmentFixtures.load(REAL_ENVIRONMENTS);
        // THEN
        assertThat(environments.all()).extracting(Environment::name).containsExactly("dev", "prod", "staging");
    }

    @Test
    void should_read_prod_as_two_regions_with_three_zones_and_nat_per_az() {
        // WHEN
        Environment prod = EnvironmentFixtures.load(REAL_ENVIRONMENTS).get("prod");
        // THEN
        assertThat(prod.tier()).isEqualTo(Tier.PRODUCTION);
        assertThat(prod.accountId()).isEqualTo("430987654321");
        assertThat(prod.costAllocation()).isEqualTo(new CostAllocation("CC-4300", "platform-team"));
        assertThat(prod.dns().name()).isEqualTo("haevn.io");
        assertThat(prod.regions()).extracting(r -> r.region().name()).containsExactly("us-east-1", "us-west-2");
        assertThat(prod.regions()).extracting(r -> r.region().shortCode()).containsExactly("use1", "usw2");
        assertThat(prod.regions()).allSatisfy(r -> assertThat(r.availabilityZones()).hasSize(3));
        assertThat(prod.regions().get(1).vpcCidr()).isEqualTo(Cidr.parse("10.41.0.0/16"));
        assertThat(prod.regions().get(1).availabilityZones()).containsExactly("us-west-2a", "us-west-2b", "us-west-2c");
        assertThat(prod.primaryRegion().region()).isEqualTo(AwsRegion.US_EAST_1);
        assertThat(prod.settings(NetworkLayer.SETTINGS)).isEqualTo(new NetworkSettings(NatGatewayMode.PER_AZ, 365));
        assertThat(prod.recoveryTargets()).isEqualTo(new RecoveryTargets(new RecoveryTarget(15, 60),
                new RecoveryTarget(60, 240), new RecoveryTarget(5, 30)));
    }

    @Test
    void should_read_dev_as_one_region_with_a_single_nat_gateway() {
        // WHEN
        Environment dev = EnvironmentFixtures.load(REAL_ENVIRONMENTS).get("dev");
        // THEN
        assertThat(dev.tier()).isEqualTo(Tier.DEVELOPMENT);
        assertThat(dev.regions()).extracting(r -> r.region().name()).containsExactly("us-east-1");
        assertThat(dev.settings(NetworkLayer.SETTINGS).natGateways()).isEqualTo(NatGatewayMode.SINGLE);
    }

    @Test
    void should_name_the_known_environments_when_asked_for_an_unknown_one() {
        Environments environments = EnvironmentFixtures.load(REAL_ENVIRONMENTS);
        assertThat(environments.find("qa")).isEmpty();
        assertThatThrownBy(() -> environments.get("qa"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no environment named \"qa\"; known environments: dev, prod, staging");
    }

    @Test
    void should_load_eu_central_1_added_to_prod_without_code_changes(@TempDir Path dir) throws Exception {
        // GIVEN the real files, and prod with a third region appended to its regions list
        copyRealEnvironments(dir);
        String prod = Files.readString(dir.resolve("prod.yaml"));
        String euRegion = """
                  - name: eu-central-1
                    vpc_cidr: 10.42.0.0/16
                    availability_zones: [eu-central-1a, eu-central-1b, eu-central-1c]
                """;
        int regionsEnd = prod.indexOf("primary_region:");
        Files.writeString(dir.resolve("prod.yaml"), prod.substring(0, regionsEnd) + euRegion + prod.substring(regionsEnd));
        // WHEN
        Environment loaded = EnvironmentFixtures.load(dir).get("prod");
        // THEN
        assertThat(loaded.regions()).extracting(r -> r.region().shortCode()).containsExactly("use1", "usw2", "euc1");
        assertThat(loaded.regions().get(2).vpcCidr()).hasToString("10.42.0.0/16");
        assertThat(loaded.primaryRegion().region()).isEqualTo(AwsRegion.US_EAST_1);
    }

    @Test
    void should_load_a_new_environment_file_without_code_changes(@TempDir Path dir) {
        // GIVEN the real files plus qa.yaml
        copyRealEnvironments(dir);
        write(dir, "qa.yaml", staging("qa", "10.60.0.0/16"));
        // WHEN
        Environments environments = EnvironmentFixtures.load(dir);
        // THEN
        assertThat(environments.all()).extracting(Environment::name).containsExactly("dev", "prod", "qa", "staging");
        assertThat(environments.get("qa").accountId()).isEqualTo("123456789012");
    }

    @Test
    void should_ignore_dot_files_left_by_editors(@TempDir Path dir) throws Exception {
        // GIVEN
        write(dir, "qa.yaml", staging("qa", "10.60.0.0/16"));
        Files.writeString(dir.resolve(".qa.yaml"), "not: [valid", StandardOpenOption.CREATE_NEW);
        // WHEN / THEN
        assertThat(EnvironmentFixtures.load(dir).all()).extracting(Environment::name).containsExactly("qa");
    }
}
