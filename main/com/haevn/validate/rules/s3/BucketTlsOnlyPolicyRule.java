package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.iam.PolicyDocuments;
import com.haevn.validate.rules.iam.PolicyStatement;
import com.haevn.validate.rules.model.Resource;

import java.util.List;
import java.util.Optional;

/** HVN-S3-004: every bucket's policy denies requests that do not use TLS. */
public final class BucketTlsOnlyPolicyRule extends BucketCompanionRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-S3-004", Severity.ERROR,
            "S3 bucket policies deny requests without TLS (aws:SecureTransport = false)",
            "S3 still accepts plain HTTP; only a bucket policy Deny on aws:SecureTransport = false guarantees "
                    + "data in transit is encrypted for every client.",
            "Add an aws_s3_bucket_policy whose bucket refers to the bucket, with a statement Effect Deny, Action "
                    + "s3:*, Principal *, Condition Bool aws:SecureTransport = \"false\".");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String companionType() {
        return "aws_s3_bucket_policy";
    }

    /** The legacy inline {@code policy} of the bucket denies plain HTTP, or cannot be read before apply. */
    @Override
    protected boolean inlineSettles(Resource bucket, RuleContext context) {
        if (!bucket.attr("policy").isSet()) {
            return false;
        }
        Optional<List<PolicyStatement>> statements = PolicyDocuments.statements(context.index(), bucket, "policy");
        return statements.isEmpty() || statements.get().stream().anyMatch(BucketTlsOnlyPolicyRule::deniesPlainHttp);
    }

    @Override
    protected Optional<Finding> checkCompanion(Resource bucket, Resource policy, RuleContext context) {
        Optional<List<PolicyStatement>> statements = PolicyDocuments.statements(context.index(), policy, "policy");
        if (statements.isEmpty()) {
            // a data source whose statements cannot all be read: say so, as a note, rather than pass in silence
            return PolicyDocuments.document(context.index(), policy, "policy").map(document -> context.note(INFO,
                    policy, policy.attr("policy"), policy.address() + " could not be evaluated for "
                            + bucket.address() + ": its policy comes from " + document.address() + ", whose statements"
                            + " are not all known before apply (dynamic statements, merged documents or expressions)"));
        }
        if (statements.get().stream().anyMatch(BucketTlsOnlyPolicyRule::deniesPlainHttp)) {
            return Optional.empty();
        }
        return Optional.of(context.finding(INFO, policy, policy.attr("policy"), policy.address()
                + " has no Deny statement with Condition Bool aws:SecureTransport = false for " + bucket.address()
                + " (" + statements.get().size() + " statement(s) read)"));
    }

    static boolean deniesPlainHttp(PolicyStatement statement) {
        return statement.denies()
                && statement.condition("Bool", "aws:SecureTransport").stream().anyMatch("false"::equalsIgnoreCase);
    }
}
