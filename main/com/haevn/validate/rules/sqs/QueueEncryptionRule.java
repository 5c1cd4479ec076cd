package com.haevn.validate.rules.sqs;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-SQS-001: queues declare server-side encryption. */
public final class QueueEncryptionRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-SQS-001", Severity.ERROR,
            "SQS queues declare server-side encryption",
            "Messages carry customer events; encryption at rest must be declared in code (SSE-SQS or a KMS key) "
                    + "rather than left to the account's default for new queues.",
            "Set sqs_managed_sse_enabled = true, or kms_master_key_id to the async layer's KMS key.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_sqs_queue");
    }

    @Override
    protected List<Finding> check(Resource queue, RuleContext context) {
        Attr managed = queue.attr("sqs_managed_sse_enabled");
        Attr key = queue.attr("kms_master_key_id");
        if (managed.isUnknown() || managed.isTrue() || key.isUnknown()
                || key.text().filter(k -> !k.isBlank()).isPresent()) {
            return List.of();
        }
        return List.of(context.finding(INFO, queue, managed, queue.address() + " has sqs_managed_sse_enabled "
                + managed.display() + " and kms_master_key_id " + key.display() + ", expected one of them set"));
    }
}
