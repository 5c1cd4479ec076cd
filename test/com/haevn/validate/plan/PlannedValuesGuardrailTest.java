package com.haevn.validate.plan;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailCheck;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The guardrail pack on a plan's planned values: unknown-until-apply values never produce a finding. */
class PlannedValuesGuardrailTest {

    private static final String PLAN = """
            {"planned_values": {"root_module": {"child_modules": [{"address": "module.data", "resources": [
              {"address": "module.data.aws_db_instance.pg", "mode": "managed", "type": "aws_db_instance", "name": "pg",
               "values": {"multi_az": %s, "deletion_protection": true, "backup_retention_period": 35,
                          "publicly_accessible": false}}
            ]}]}},
             "resource_changes": [{"address": "module.data.aws_db_instance.pg", "mode": "managed",
               "type": "aws_db_instance", "change": {"actions": ["create"],
               "after_unknown": {"storage_encrypted": true, "tags_all": true}}}]}
            """;

    @Test
    void should_not_report_values_known_only_after_apply() {
        List<Finding> findings = new GuardrailCheck().check(Inputs.plan(PLAN.formatted("true")));

        assertThat(findings).isEmpty();
    }

    @Test
    void should_report_known_planned_values_that_break_a_guardrail() {
        List<Finding> findings = new GuardrailCheck().check(Inputs.plan(PLAN.formatted("false")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("HVN-RDS-004");
            assertThat(f.address()).isEqualTo("module.data.aws_db_instance.pg");
        });
    }
}
