package com.haevn.validate.rules.iam;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HVN-IAM-001: no policy allows every action on every resource. Policies that take their text from an
 * {@code aws_iam_policy_document} are judged at the data source, so each problem is reported once.
 */
public final class AdminPolicyRule implements GuardrailRule {

    static final List<String> POLICY_TYPES =
            List.of("aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy");

    public static final RuleInfo INFO = new RuleInfo("HVN-IAM-001", Severity.ERROR,
            "IAM policies do not allow Action \"*\" on Resource \"*\"",
            "A full-admin policy turns any compromise of the role, user or workload that holds it into a "
                    + "compromise of the whole account, and defeats least privilege for IRSA roles.",
            "List the actions and resource ARNs the principal needs; use the AWS managed AdministratorAccess "
                    + "policy only for break-glass roles, outside workload stacks.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        List<Resource> policies = context.index().resources(POLICY_TYPES.toArray(String[]::new));
        List<Resource> roles = context.index().resources("aws_iam_role");
        List<Resource> documents = context.index().dataSources("aws_iam_policy_document");
        if (policies.isEmpty() && documents.isEmpty()
                && roles.stream().allMatch(r -> r.blocks("inline_policy").isEmpty())) {
            return RuleResult.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (Resource policy : policies) {
            report(context, policy, policy.attr("policy"), PolicyDocuments.written(policy.attr("policy")), findings);
        }
        for (Resource role : roles) {
            for (Block inline : role.blocks("inline_policy")) {
                report(context, role, inline.attr("policy"), PolicyDocuments.written(inline.attr("policy")),
                        findings);
            }
        }
        for (Resource document : documents) {
            report(context, document, document.attr("statement"), PolicyDocuments.fromDocument(document), findings);
        }
        return RuleResult.of(findings);
    }

    private static void report(RuleContext context, Resource owner, Attr at,
                               Optional<List<PolicyStatement>> statements, List<Finding> into) {
        if (statements.isEmpty()) {
            return;
        }
        for (PolicyStatement statement : statements.get()) {
            if (statement.allows() && statement.actions().contains("*") && statement.resources().contains("*")) {
                into.add(context.finding(INFO, owner, at, owner.address()
                        + " allows Action \"*\" on Resource \"*\""));
                return;
            }
        }
    }
}
