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
import java.util.Optional;
import java.util.stream.Collectors;

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
        List<Resource> lacking = new ArrayList<>();      // certainly no redrive policy
        List<Resource> undetermined = new ArrayList<>(); // maybe an aws_sqs_queue_redrive_policy whose queue is unknown
        for (Resource queue : queues) {
            if (!dlqs.isDeadLetterQueue(queue)) {
                Optional<Boolean> redrive = dlqs.hasRedrive(queue);
                if (redrive.isEmpty()) {
                    undetermined.add(queue);
                } else if (!redrive.get()) {
                    lacking.add(queue);
                }
            }
        }
        // a redrive policy whose target cannot be told makes one queue per instance a dead-letter queue, which
        // needs no redrive itself: only more queues without redrive than such instances are certainly wrong
        long dlqCapacity = capacity(dlqs.unresolvedSources());
        long redriveCapacity = capacity(undetermined.stream().flatMap(q -> context.index()
                .possibleCompanions(q, "aws_sqs_queue_redrive_policy", "queue_url").stream()).distinct().toList());
        List<Resource> reported = new ArrayList<>();
        if (lacking.size() + undetermined.size() > saturatedSum(dlqCapacity, redriveCapacity)) {
            reported.addAll(lacking);
            reported.addAll(undetermined);
        } else if (lacking.size() > dlqCapacity) {
            reported.addAll(lacking);
        }
        List<Finding> findings = new ArrayList<>();
        boolean counted = dlqCapacity > 0 || redriveCapacity > 0;
        for (Resource queue : reported) {
            findings.add(context.finding(INFO, queue, queue.address()
                    + " has no redrive_policy and no queue in this input names it as dead-letter target"
                    + (counted ? "; the redrive policies whose queue or target cannot be told before apply can"
                    + " account for at most " + saturatedSum(dlqCapacity, redriveCapacity) + " of the "
                    + reported.size() + " queues without one (" + reported.stream().map(Resource::address)
                    .collect(Collectors.joining(", ")) + ")" : "")));
        }
        return RuleResult.of(findings);
    }

    /** How many instances the resources make at most ({@link Long#MAX_VALUE}: unbounded). */
    private static long capacity(List<Resource> resources) {
        long total = 0;
        for (Resource resource : resources) {
            total = saturatedSum(total, resource.instanceCapacity());
        }
        return total;
    }

    private static long saturatedSum(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }
}
