package com.haevn.validate.rules.iam;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPolicyRuleTest {

    @Test
    void should_report_allow_star_on_star_in_every_written_form() {
        List<Finding> findings = Inputs.findings(new AdminPolicyRule(), Inputs.terraform("""
                {"resource": {
                  "aws_iam_policy": {"json": {"policy":
                     "{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}"},
                   "encoded": {"policy": "${jsonencode({Statement = [{Effect = \\"Allow\\", Action = [\\"*\\"], Resource = \\"*\\"}]})}"},
                   "from_document": {"policy": "${data.aws_iam_policy_document.admin.json}"}},
                  "aws_iam_role": {"r": {"inline_policy": [{"name": "p",
                     "policy": "{\\"Statement\\":{\\"Effect\\":\\"Allow\\",\\"Action\\":[\\"*\\"],\\"Resource\\":[\\"*\\"]}}"}]}}},
                 "data": {"aws_iam_policy_document": {"admin": {"statement": [{"actions": ["*"], "resources": ["*"]}]}}}}
                """));

        assertThat(findings).extracting(Finding::address).containsExactly("aws_iam_policy.json",
                "aws_iam_policy.encoded", "aws_iam_role.r", "data.aws_iam_policy_document.admin");
    }

    @Test
    void should_accept_scoped_policies_and_deny_statements() {
        assertThat(Inputs.findings(new AdminPolicyRule(), Inputs.terraform("""
                {"resource": {"aws_iam_role_policy": {
                  "scoped": {"policy": "{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}"},
                  "deny": {"policy": "{\\"Statement\\":[{\\"Effect\\":\\"Deny\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}"},
                  "unknown": {"policy": "${var.policy}"}}}}
                """))).isEmpty();
    }
}
