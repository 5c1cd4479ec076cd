package com.haevn.validate.rules;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.model.Companions;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule answered by a separate resource pointing at the checked one (an {@code aws_s3_bucket_versioning} whose
 * {@code bucket} refers to the bucket, an {@code aws_flow_log} whose {@code vpc_id} refers to the VPC...).
 *
 * <p>A target with no companion is reported when no companion can point at it; when some may (their link is
 * unknown before apply), it is reported only if those companions certainly cannot serve every target left without
 * one ({@link CompanionShortfall}). Not applicable when the input has no target.
 */
public abstract class CompanionRule implements GuardrailRule {

    /** The checked type, e.g. {@code aws_s3_bucket}. */
    protected abstract String targetType();

    /** The companion resource type, e.g. {@code aws_s3_bucket_versioning}. */
    protected abstract String companionType();

    /** The companion's argument that refers to the target, e.g. {@code bucket}. */
    protected abstract String path();

    /** What the finding for a target without companion says (the shortfall's reason is appended). */
    protected abstract String missingMessage(Resource target);

    /** True when the target's own (legacy inline) arguments comply, or are unknown before apply. */
    protected boolean inlineSettles(Resource target, RuleContext context) {
        return false;
    }

    /** Whether a target without any companion is this rule's finding (another rule may own that). */
    protected boolean reportsMissingCompanion() {
        return true;
    }

    /** Why a linked companion falls short, or empty when it complies (the default: its presence suffices). */
    protected Optional<Finding> checkCompanion(Resource target, Resource companion, RuleContext context) {
        return Optional.empty();
    }

    @Override
    public final RuleResult evaluate(RuleContext context) {
        List<Resource> targets = context.index().resources(targetType());
        if (targets.isEmpty()) {
            return RuleResult.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        List<Resource> undetermined = new ArrayList<>();
        for (Resource target : targets) {
            if (inlineSettles(target, context)) {
                continue;
            }
            Companions companions = context.index().companions(target, companionType(), path());
            if (companions.linked().isEmpty()) {
                if (!reportsMissingCompanion()) {
                    continue;
                }
                if (companions.undetermined()) {
                    undetermined.add(target);
                } else {
                    findings.add(context.finding(info(), target, missingMessage(target)));
                }
                continue;
            }
            findings.addAll(linkedProblems(target, companions.linked(), context));
        }
        CompanionShortfall.of(context, undetermined, companionType(), path()).ifPresent(why -> undetermined.forEach(
                target -> findings.add(context.finding(info(), target, missingMessage(target) + why))));
        return RuleResult.of(findings);
    }

    /** Nothing when one linked companion complies, else why each falls short. */
    private List<Finding> linkedProblems(Resource target, List<Resource> linked, RuleContext context) {
        List<Finding> problems = new ArrayList<>();
        for (Resource companion : linked) {
            Optional<Finding> problem = checkCompanion(target, companion, context);
            if (problem.isEmpty()) {
                return List.of();
            }
            problems.add(problem.get());
        }
        return problems;
    }
}
