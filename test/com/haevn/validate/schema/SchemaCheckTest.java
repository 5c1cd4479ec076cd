package com.haevn.validate.schema;

import com.haevn.validate.Documents;
import com.haevn.validate.core.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCheckTest {

    private final SchemaCheck check = new SchemaCheck(ProviderSchemas.bundled());

    private List<String> findings(String resource) {
        return Documents.summary(check.check(Documents.resource(resource)));
    }

    @Test
    void should_report_unknown_arguments_missing_required_ones_and_computed_ones_only_where_wrong() {
        List<Finding> found = check.check(Documents.resource("schema/arguments.tf.json"));

        assertThat(Documents.summary(found)).containsExactlyInAnyOrder(
                "HVN-TF-103 aws_sqs_queue.misspelt",
                "HVN-TF-104 aws_db_subnet_group.missing_required",
                "HVN-TF-104 aws_db_subnet_group.null_required",
                "HVN-TF-107 aws_s3_bucket.computed",
                "HVN-TF-103 data.aws_ami.bad",
                "HVN-TF-103 provider.aws");
        assertThat(found).filteredOn(f -> f.address().equals("aws_sqs_queue.misspelt")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("\"visibility_timout_seconds\"")
                            .contains("Did you mean \"visibility_timeout_seconds\"?");
                    assertThat(f.location().line()).isEqualTo(5);
                });
    }

    @Test
    void should_accept_terraform_conversions_and_expressions_but_report_wrong_types() {
        assertThat(findings("schema/types.tf.json")).containsExactlyInAnyOrder(
                "HVN-TF-105 aws_sqs_queue.bad_number",
                "HVN-TF-105 aws_sqs_queue.bad_bool",
                "HVN-TF-105 aws_sqs_queue.number_for_bool",
                "HVN-TF-105 aws_sqs_queue.list_for_string",
                "HVN-TF-105 aws_sqs_queue.string_for_map",
                "HVN-TF-105 aws_sqs_queue.bad_map_value",
                "HVN-TF-105 aws_db_subnet_group.string_for_list");
    }

    @Test
    void should_accept_block_shapes_terraform_accepts_and_report_the_others() {
        assertThat(findings("schema/blocks.tf.json")).containsExactlyInAnyOrder(
                "HVN-TF-106 aws_s3_bucket.single_twice",
                "HVN-TF-106 aws_s3_bucket.block_as_string",
                "HVN-TF-106 aws_s3_bucket.block_as_expression",
                "HVN-TF-103 aws_s3_bucket.unknown_block",
                "HVN-TF-103 aws_s3_bucket.nested_unknown",
                "HVN-TF-104 aws_s3_bucket.nested_missing",
                "HVN-TF-106 aws_s3_bucket.element_not_object",
                "HVN-TF-104 aws_s3_bucket.required_block_missing",
                "HVN-TF-103 aws_s3_bucket.dynamic_unknown",
                "HVN-TF-106 aws_security_group.attribute_mode_object");
    }

    @Test
    void should_report_unknown_types_of_known_providers_only() {
        List<Finding> found = check.check(Documents.resource("schema/types-unknown.tf.json"));

        assertThat(Documents.summary(found)).containsExactlyInAnyOrder(
                "HVN-TF-101 aws_sqs_queu.typo", "HVN-TF-102 data.aws_amii.typo");
        assertThat(found).filteredOn(f -> f.ruleId().equals("HVN-TF-101")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Did you mean \"aws_sqs_queue\"?"));
    }

    @Test
    void should_know_every_provider_of_the_project() {
        ProviderSchemas schemas = ProviderSchemas.bundled();

        assertThat(schemas.providers()).containsExactlyInAnyOrder("aws", "cloudflare", "helm");
        assertThat(schemas.size(SchemaKind.RESOURCE)).isGreaterThan(1300);
        assertThat(schemas.resource("cloudflare_record")).isPresent();
        assertThat(schemas.resource("helm_release").orElseThrow().attributes().get("chart").required()).isTrue();
        assertThat(schemas.resource("aws_s3_bucket").orElseThrow().blocks().get("versioning").single()).isTrue();
        assertThat(schemas.resource("aws_s3_bucket").orElseThrow().computed()).contains("arn", "bucket_domain_name");
    }

    @Test
    void should_convert_strings_as_terraform_does() {
        assertThat(ValueConformance.parsesAsNumber("+5")).isTrue();
        assertThat(ValueConformance.parsesAsNumber(".5")).isTrue();
        assertThat(ValueConformance.parsesAsNumber("1e3")).isTrue();
        assertThat(ValueConformance.parsesAsNumber(" 5")).isFalse();
        assertThat(ValueConformance.parsesAsNumber("0x10")).isFalse();
        assertThat(ValueConformance.isBoolText("1")).isTrue();
        assertThat(ValueConformance.isBoolText("True")).isFalse();
    }
}
