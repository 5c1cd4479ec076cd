package com.haevn.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AwsRegionTest {

    private static final Pattern REGION = Pattern.compile("([a-z]{2})-([a-z]+)-(\\d)");
    private static final Map<String, String> DIRECTION = Map.of("east", "e", "west", "w", "north", "n",
            "south", "s", "central", "c", "northeast", "ne", "southeast", "se");

    @Test
    void should_give_the_short_codes_used_in_stack_names() {
        assertThat(AwsRegion.US_EAST_1.shortCode()).isEqualTo("use1");
        assertThat(AwsRegion.US_WEST_2.shortCode()).isEqualTo("usw2");
        assertThat(AwsRegion.EU_CENTRAL_1.shortCode()).isEqualTo("euc1");
        assertThat(AwsRegion.AP_SOUTHEAST_2.shortCode()).isEqualTo("apse2");
        assertThat(AwsRegion.CA_CENTRAL_1.shortCode()).isEqualTo("cac1");
    }

    @Test
    void should_have_unique_names_and_short_codes() {
        assertThat(AwsRegion.all()).extracting(AwsRegion::shortCode).doesNotHaveDuplicates();
        assertThat(AwsRegion.all()).extracting(AwsRegion::name).doesNotHaveDuplicates();
        assertThat(AwsRegion.all()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void should_derive_every_short_code_from_continent_direction_and_number() {
        for (AwsRegion region : AwsRegion.all()) {
            Matcher m = REGION.matcher(region.name());
            assertThat(m.matches()).as(region.name()).isTrue();
            assertThat(DIRECTION).as(region.name()).containsKey(m.group(2));
            assertThat(region.shortCode()).as(region.name())
                    .isEqualTo(m.group(1) + DIRECTION.get(m.group(2)) + m.group(3));
        }
    }

    @Test
    void should_find_regions_by_exact_name_only() {
        assertThat(AwsRegion.of("eu-central-1")).contains(AwsRegion.EU_CENTRAL_1);
        assertThat(AwsRegion.of("EU-CENTRAL-1")).isEmpty();
        assertThat(AwsRegion.of("us-gov-west-1")).isEmpty();
        assertThat(AwsRegion.of("cn-north-1")).isEmpty();
    }

    @Test
    void should_own_only_its_own_availability_zones() {
        assertThat(AwsRegion.US_EAST_1.ownsAvailabilityZone("us-east-1a")).isTrue();
        assertThat(AwsRegion.US_EAST_1.ownsAvailabilityZone("us-east-1f")).isTrue();
        assertThat(AwsRegion.US_EAST_1.ownsAvailabilityZone("us-west-2a")).isFalse();
        assertThat(AwsRegion.US_EAST_1.ownsAvailabilityZone("us-east-1")).isFalse();
        assertThat(AwsRegion.US_EAST_1.ownsAvailabilityZone("us-east-1A")).isFalse();
        assertThat(AwsRegion.US_EAST_1.ownsAvailabilityZone("us-east-1ab")).isFalse();
        assertThat(AwsRegion.US_EAST_1.ownsAvailabilityZone("us-east-11")).isFalse();
    }
}
