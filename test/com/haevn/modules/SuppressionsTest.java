package com.haevn.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.modules.validation.Suppressions;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_write_every_suppression_with_its_reason_into_the_resources_comment_block(@TempDir Path out) throws Exception {
        App app = new App(AppConfig.builder().outdir(out.toString()).build());
        TerraformStack stack = new TerraformStack(app, "stack");
        AwsProvider.Builder.create(stack, "aws").region("us-east-1").build();
        S3Bucket bucket = S3Bucket.Builder.create(stack, "assets").bucket("assets").build();

        Suppressions.suppress(bucket, "HVN-S3-001", "public web assets are re-created by the build");
        Suppressions.suppress(bucket, "HVN-S3-005", "objects are immutable and never expire by design");

        app.synth();

        // Testing.synth drops "//" blocks, so read what a real synth writes
        JsonNode resource = JSON.readTree(out.resolve("stacks/stack/cdk.tf.json").toFile())
                .path("resource").path("aws_s3_bucket").path("assets");
        JsonNode suppressions = resource.path("//").path("suppressions");
        assertThat(suppressions).hasSize(2);
        assertThat(suppressions.get(0).path("rule").asText()).isEqualTo("HVN-S3-001");
        assertThat(suppressions.get(1).path("reason").asText()).isEqualTo("objects are immutable and never expire by design");
        assertThat(resource.path("bucket").asText()).isEqualTo("assets");
    }

    @Test
    void should_refuse_a_reason_too_short_to_audit() {
        TerraformStack stack = new TerraformStack(Testing.app(), "stack");
        S3Bucket bucket = S3Bucket.Builder.create(stack, "assets").bucket("assets").build();

        assertThatThrownBy(() -> Suppressions.suppress(bucket, "HVN-S3-001", "ok"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 20 characters, got 'ok'");
    }

    @Test
    void should_refuse_a_malformed_rule_id() {
        TerraformStack stack = new TerraformStack(Testing.app(), "stack");
        S3Bucket bucket = S3Bucket.Builder.create(stack, "assets").bucket("assets").build();

        assertThatThrownBy(() -> Suppressions.suppress(bucket, "s3-versioning", "a long enough reason for the audit"))
                .hasMessageContaining("HVN-S3-004");
    }
}
