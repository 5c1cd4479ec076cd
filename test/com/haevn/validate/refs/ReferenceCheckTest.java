package com.haevn.validate.refs;

import com.haevn.validate.Documents;
import com.haevn.validate.core.Finding;
import com.haevn.validate.schema.ProviderSchemas;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCheckTest {

    private final ReferenceCheck check = new ReferenceCheck(ProviderSchemas.bundled());

    @Test
    void should_resolve_valid_references_and_report_each_dangling_one() {
        // GIVEN one resource per kind of dangling reference, and one using every valid form
        List<Finding> found = check.check(Documents.resource("refs/references.tf.json"));

        // THEN only the dangling ones are reported
        assertThat(Documents.summary(found)).containsExactlyInAnyOrder(
                "HVN-TF-201 aws_subnet.undeclared_resource",
                "HVN-TF-202 aws_subnet.undeclared_data",
                "HVN-TF-203 aws_subnet.undeclared_var",
                "HVN-TF-204 aws_subnet.undeclared_local",
                "HVN-TF-205 aws_subnet.undeclared_module",
                "HVN-TF-206 aws_subnet.unknown_attribute",
                "HVN-TF-207 aws_subnet.unterminated",
                "HVN-TF-201 aws_subnet.bad_depends_on",
                "HVN-TF-201 output.dangling");
        assertThat(found).filteredOn(f -> f.address().equals("aws_subnet.undeclared_resource")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Did you mean \"aws_vpc.main\"?"));
        assertThat(found).filteredOn(f -> f.address().equals("aws_subnet.unknown_attribute")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Did you mean \"cidr_block\"?"));
    }
}
