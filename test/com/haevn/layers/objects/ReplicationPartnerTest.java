package com.haevn.layers.objects;

import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicationPartnerTest {

    @Test
    void should_replicate_the_two_regions_to_each_other() {
        Environment prod = EnvironmentFixtures.load(EnvironmentFixtures.REAL_ENVIRONMENTS).get("prod");
        assertThat(partnerOf(prod, 0)).isEqualTo("usw2");
        assertThat(partnerOf(prod, 1)).isEqualTo("use1");
    }

    @Test
    void should_replicate_a_third_region_to_the_primary_and_keep_the_primary_on_the_second(@TempDir Path dir)
            throws Exception {
        // GIVEN prod with the seed's future eu-central-1 appended to its regions
        EnvironmentFixtures.copyRealEnvironments(dir);
        String prod = Files.readString(dir.resolve("prod.yaml"));
        int regionsEnd = prod.indexOf("primary_region:");
        Files.writeString(dir.resolve("prod.yaml"), prod.substring(0, regionsEnd) + """
                  - name: eu-central-1
                    vpc_cidr: 10.42.0.0/16
                    availability_zones: [eu-central-1a, eu-central-1b, eu-central-1c]
                """ + prod.substring(regionsEnd));
        // WHEN
        Environment loaded = EnvironmentFixtures.load(dir).get("prod");
        // THEN
        assertThat(partnerOf(loaded, 0)).isEqualTo("usw2");
        assertThat(partnerOf(loaded, 1)).isEqualTo("use1");
        assertThat(partnerOf(loaded, 2)).isEqualTo("use1");
    }

    private static String partnerOf(Environment environment, int regionIndex) {
        RegionConfig region = environment.regions().get(regionIndex);
        return ObjectsLayer.replicationPartner(environment, region).orElseThrow().region().shortCode();
    }
}
