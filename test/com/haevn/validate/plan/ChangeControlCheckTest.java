package com.haevn.validate.plan;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeControlCheckTest {

    private final LoadedDocument plan = Inputs.plan(Inputs.resource("plan/destructive-plan.json"));

    @Test
    void should_report_delete_and_both_kinds_of_replace_of_stateful_resources_only() {
        List<Finding> findings = new ChangeControlCheck().check(plan);

        assertThat(findings).extracting(Finding::address)
                .containsExactly("aws_rds_cluster.core", "aws_s3_bucket.old", "aws_sqs_queue.jobs");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("HVN-CHG-001");
            assertThat(f.blocking()).isTrue();
        });
        assertThat(findings.get(0).message()).isEqualTo("plan will replace (destroy then create) stateful "
                + "aws_rds_cluster aws_rds_cluster.core (replace_because_cannot_update): its data does not survive");
        assertThat(findings.get(2).message()).contains("replace (create before destroy)");
    }

    @Test
    void should_keep_an_allowed_destruction_visible_but_suppressed_with_its_reason() {
        ChangeControlCheck check = new ChangeControlCheck(new AllowedDestructiveChanges(List.of(
                AllowedDestructiveChange.parse("aws_s3_bucket.old=bucket emptied and retired in INFRA-42"),
                new AllowedDestructiveChange("aws_rds_cluster.cor", "a different address allows nothing"))));

        List<Finding> findings = check.check(plan);

        assertThat(findings).filteredOn(Finding::blocking).extracting(Finding::address)
                .containsExactly("aws_rds_cluster.core", "aws_sqs_queue.jobs");
        assertThat(findings).filteredOn(Finding::suppressed).singleElement().satisfies(f -> {
            assertThat(f.address()).isEqualTo("aws_s3_bucket.old");
            assertThat(f.suppressedReason()).isEqualTo("bucket emptied and retired in INFRA-42");
        });
    }

    @Test
    void should_refuse_an_allowance_without_reason() {
        assertThatThrownBy(() -> AllowedDestructiveChange.parse("aws_s3_bucket.old="))
                .hasMessage("allowing the destruction of aws_s3_bucket.old needs a reason: write ADDRESS=REASON");
        assertThatThrownBy(() -> AllowedDestructiveChange.parse("aws_s3_bucket.old"))
                .hasMessageContaining("expects ADDRESS=REASON");
    }

    @Test
    void should_ignore_terraform_json_inputs() {
        assertThat(new ChangeControlCheck().check(Inputs.terraform("{\"resource\": {}}"))).isEmpty();
    }

    @Test
    void should_summarise_the_plan_for_a_pull_request() {
        PlanSummary summary = PlanSummary.of(plan.root());

        assertThat(summary.counts()).containsExactly(entry("create", 1), entry("update", 1), entry("replace", 3),
                entry("delete", 2), entry("no-op", 1), entry("read", 1), entry("import", 0), entry("move", 0),
                entry("forget", 0));
        assertThat(summary.statefulDestructive())
                .containsExactly("aws_rds_cluster.core", "aws_s3_bucket.old", "aws_sqs_queue.jobs");
        assertThat(List.of(summary.toAdd(), summary.toChange(), summary.toDestroy())).containsExactly(4, 1, 5);
        assertThat(summary.oneLine()).isEqualTo("create 1, update 1, replace 3, delete 2, no-op 1, read 1, import 0, "
                + "move 0, forget 0; stateful destroyed: aws_rds_cluster.core, aws_s3_bucket.old, aws_sqs_queue.jobs");
    }
}
