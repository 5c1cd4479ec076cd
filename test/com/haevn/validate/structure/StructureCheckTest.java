package com.haevn.validate.structure;

import com.haevn.validate.Documents;
import com.haevn.validate.core.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StructureCheckTest {

    private final StructureCheck check = new StructureCheck();

    @Test
    void should_accept_every_top_level_block_in_its_json_shapes() {
        List<Finding> findings = check.check(Documents.resource("structure/valid.tf.json"));

        assertThat(findings).isEmpty();
    }

    @Test
    void should_report_unknown_blocks_wrong_shapes_bad_labels_and_missing_block_arguments() {
        // GIVEN a document with one problem of each kind
        List<Finding> findings = check.check(Documents.resource("structure/invalid.tf.json"));

        // THEN each is reported once, and the well-formed resource is not
        assertThat(Documents.summary(findings)).containsExactlyInAnyOrder(
                "HVN-TF-002 ",
                "HVN-TF-004 ",
                "HVN-TF-003 aws_sqs_queue.twice",
                "HVN-TF-003 aws_sqs_queue.text",
                "HVN-TF-003 ",
                "HVN-TF-003 ",
                "HVN-TF-003 ",
                "HVN-TF-005 module.vpc",
                "HVN-TF-005 output.id",
                "HVN-TF-007 output.typo");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("HVN-TF-002")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("Did you mean \"resource\"?");
                    assertThat(f.location().line()).isEqualTo(2);
                });
        assertThat(findings).filteredOn(f -> f.ruleId().equals("HVN-TF-004")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("9bad"));
    }

    @Test
    void should_report_unknown_arguments_of_variables_and_outputs() {
        List<Finding> findings = check.check(Documents.parse("v.tf.json", "{\"variable\": {\"env\": "
                + "{\"default\": \"dev\", \"descripton\": \"x\"}, \"ok\": {\"type\": \"string\", "
                + "\"nullable\": false}}}"));

        assertThat(Documents.summary(findings)).containsExactly("HVN-TF-007 var.env");
        assertThat(findings.get(0).message()).contains("Did you mean \"description\"?");
    }

    @Test
    void should_report_a_top_level_that_is_not_an_object() {
        List<Finding> findings = check.check(Documents.parse("x.tf.json", "[1, 2]"));

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("HVN-TF-003"));
    }

    @Test
    void should_accept_labels_in_identifier_syntax_only() {
        assertThat(Labels.valid("aws_s3_bucket")).isTrue();
        assertThat(Labels.valid("_x-1")).isTrue();
        assertThat(Labels.valid("1x")).isFalse();
        assertThat(Labels.valid("a.b")).isFalse();
        assertThat(Labels.valid("")).isFalse();
    }
}
