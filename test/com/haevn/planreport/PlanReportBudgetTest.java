package com.haevn.planreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.planreport.bench.GeneratedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One comment for many stacks stays under GitHub's limit by dropping detail step by step, never mid-text. */
class PlanReportBudgetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path plan(String stack, int changes, String region) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("plans").resolve("plan-" + stack));
        return Files.writeString(folder.resolve("plan.json"),
                JSON.writeValueAsString(GeneratedPlan.of(changes, region)));
    }

    @Test
    void should_keep_a_small_report_whole() throws IOException {
        PlanReportRun run = PlanReportRun.of(plan("staging-use1-async", 100, "us-east-1").toString());

        assertThat(run.stdout()).doesNotContain("#### Left out of this comment").contains("visibility_timeout_seconds: 30 → 60")
                .contains("Full report (JSON):");
    }

    @Test
    void should_fit_5000_changes_of_two_regions_in_one_comment_and_name_what_was_left_out() throws IOException {
        plan("prod-use1-async", 2500, "us-east-1");
        plan("prod-usw2-async", 2500, "us-west-2");

        PlanReportRun run = PlanReportRun.of(temp.resolve("plans").toString(), "--artifact-url",
                "https://github.test/haevn/infra/actions/runs/7");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String comment = run.stdout();
        assertThat(comment.length()).isLessThanOrEqualTo(MarkdownPlanReport.DEFAULT_MAX_CHARS);
        // never cut: the report ends with its end marker and keeps both fingerprints and the whole summary
        assertThat(comment).endsWith(MarkdownPlanReport.END_MARKER + "\n")
                .contains(MarkdownPlanReport.FINGERPRINT_MARKER + "prod-use1-async sha256:")
                .contains(MarkdownPlanReport.FINGERPRINT_MARKER + "prod-usw2-async sha256:")
                .contains("| ❌ `prod-use1-async` | 2100 | 375 | 100 | 125 | 0 | 0 | 0 | 0 | 0 |");
        // identical changes in both regions are shown once, with both stacks
        assertThat(comment).contains("`aws_security_group.sg95`: replace (create before destroy) in `prod-use1-async`,"
                + " `prod-usw2-async`");
        // the retired queues' URLs name their region, so their deletes differ and are listed per stack
        assertThat(comment).contains("plan will delete stateful aws_sqs_queue aws_sqs_queue.retired99");
        // low-risk detail went first; what was left out is named, with the artifact
        assertThat(comment).contains("#### Left out of this comment")
                .contains("- attribute values of created, read, imported, moved and forgotten resources")
                .contains("the `plan-report` artifact of [this run](https://github.test/haevn/infra/actions/runs/7)")
                .contains("× `aws_subnet`: create in `prod-use1-async`, `prod-usw2-async`");
    }

    @Test
    void should_fold_low_risk_detail_before_destructive_detail() throws IOException {
        Path plan = plan("prod-use1-async", 300, "us-east-1");
        String full = PlanReportRun.of(plan.toString(), "--max-chars", "1000000").stdout();

        String folded = PlanReportRun.of(plan.toString(), "--max-chars", String.valueOf(full.length() - 1)).stdout();

        assertThat(folded.length()).isLessThan(full.length());
        assertThat(folded).contains("- attribute values of created, read, imported, moved and forgotten resources")
                .doesNotContain("- attribute changes of destroyed and replaced resources")
                // the replacement's attributes are still shown
                .contains("name: \"haevn-sg95-old\" → \"haevn-sg95\" (forces replacement)");
    }
}
