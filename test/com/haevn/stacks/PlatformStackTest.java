package com.haevn.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every stack of the matrix carries: backend, provider, default tags, version constraint. */
class PlatformStackTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev-use1-network", "staging-usw2-network", "prod-use1-network", "prod-usw2-network"})
    void should_keep_state_in_its_regions_bucket_under_its_own_key_with_locking_and_kms_encryption(String name) {
        String environment = name.substring(0, name.indexOf('-'));
        String region = name.contains("-usw2-") ? "us-west-2" : "us-east-1";
        JsonNode s3 = SynthesizedPlatform.stack(name).path("terraform").path("backend").path("s3");

        assertThat(s3.path("bucket").asText()).startsWith("haevn-" + environment + "-tfstate-")
                .endsWith(name.contains("-usw2-") ? "-usw2" : "1");
        assertThat(s3.path("key").asText()).isEqualTo(name + "/terraform.tfstate");
        assertThat(s3.path("dynamodb_table").asText()).isEqualTo("haevn-" + environment + "-tfstate-lock");
        assertThat(s3.path("encrypt").asBoolean()).isTrue();
        assertThat(s3.path("region").asText()).isEqualTo(region);
        assertThat(s3.path("kms_key_id").asText()).matches("arn:aws:kms:" + region + ":\\d{12}:alias/haevn-"
                + environment + "-tfstate");
    }

    @Test
    void should_deploy_each_regional_stack_with_a_provider_of_its_region_pinned_to_the_account() {
        JsonNode west = SynthesizedPlatform.stack("prod-usw2-network").path("provider").path("aws").get(0);

        assertThat(west.path("region").asText()).isEqualTo("us-west-2");
        assertThat(west.path("allowed_account_ids").get(0).asText()).isEqualTo("430987654321");
    }

    @Test
    void should_tag_everything_with_the_cost_allocation_tags_through_default_tags() {
        JsonNode tags = SynthesizedPlatform.stack("staging-use1-network")
                .path("provider").path("aws").get(0).path("default_tags").get(0).path("tags");

        assertThat(tags.path("Environment").asText()).isEqualTo("staging");
        assertThat(tags.path("Layer").asText()).isEqualTo("network");
        assertThat(tags.path("CostCenter").asText()).isEqualTo("CC-4200");
        assertThat(tags.path("Owner").asText()).isEqualTo("platform-team");
        assertThat(tags.path("ManagedBy").asText()).isEqualTo("cdktf");
        assertThat(tags.path("Repository").asText()).isEqualTo("haevn/infrastructure");
    }

    @Test
    void should_pin_the_aws_provider_to_the_locked_release() {
        JsonNode aws = SynthesizedPlatform.stack("prod-use1-network")
                .path("terraform").path("required_providers").path("aws");

        assertThat(aws.path("source").asText()).isEqualTo("aws");
        assertThat(aws.path("version").asText()).isEqualTo("5.100.0");
    }
}
