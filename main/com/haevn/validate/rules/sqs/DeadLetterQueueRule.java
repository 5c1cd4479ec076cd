package com.haevn.validate.rules.sqs;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;

/** HVN-SQS-002: every queue that is not itself a dead-letter queue redrives failed messages to one. */
public final class DeadLetterQueueRule implements GuardrailRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-SQS-002", Severity.ERROR,
            "SQS queues redrive failed messages to a dead-letter queue",
            "The async layer sets dead-letter queues on every queue: without one a poison message is retried "
                    + "until it expires and is lost without trace.",
            "Set redrive_policy = jsonencode({ deadLetterTargetArn = <dlq>.arn, maxReceiveCount = 5 }) on the "
                    + "queue (or add an aws_sqs_queue_redrive_policy).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        List<Resource> queues = context.index().resources("aws_sqs_queue");
        if (queues.isEmpty()) {
            return RuleResult.notApplicable();
        }
        DeadLetterQueues dlqs = DeadLetterQueues.of(context.index());
        List<Finding> findings = new ArrayList<>();
        for (Resource queue : queues) {
            // an unresolved redrive target might be this very queue: then it may be a DLQ, and need no redrive
            if (dlqs.isDeadLetterQueue(queue) || dlqs.someTargetUnresolved()) {
                continue;
            }
            if (dlqs.hasRedrive(queue).filter(has -> !has).isPresent()) {
                findings.add(context.finding(INFO, queue, queue.address()
                        + " has no redrive_policy and no queue in this input names it as dead-letter target"));
            }
        }
        return RuleResult.of(findings);
    }
}
