package com.haevn.validate.rules.sqs;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;

/** HVN-SQS-003: dead-letter queues keep messages 14 days. */
public final class DeadLetterRetentionRule implements GuardrailRule {

    /** 14 days, the SQS maximum and the platform's dead-letter retention. */
    public static final long FOURTEEN_DAYS_SECONDS = 1_209_600L;

    public static final RuleInfo INFO = new RuleInfo("HVN-SQS-003", Severity.ERROR,
            "Dead-letter queues keep messages 14 days (1209600 s)",
            "The platform sets dead-letter queues for 14 days so a failure found after a weekend or a holiday can "
                    + "still be replayed; the SQS default is 4 days.",
            "Set message_retention_seconds = " + FOURTEEN_DAYS_SECONDS + " on the dead-letter queue.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        DeadLetterQueues dlqs = DeadLetterQueues.of(context.index());
        List<Resource> deadLetter = context.index().resources("aws_sqs_queue").stream()
                .filter(dlqs::isDeadLetterQueue).toList();
        if (deadLetter.isEmpty()) {
            return RuleResult.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (Resource queue : deadLetter) {
            Attr retention = queue.attr("message_retention_seconds");
            if (retention.isUnknown() || retention.number().filter(s -> s == FOURTEEN_DAYS_SECONDS).isPresent()) {
                continue;
            }
            String received = retention.isAbsent() ? "not set (SQS default: 345600 s, 4 days)" : retention.display();
            findings.add(context.finding(INFO, queue, retention, queue.address()
                    + " is a dead-letter queue with message_retention_seconds " + received
                    + ", expected " + FOURTEEN_DAYS_SECONDS));
        }
        return RuleResult.of(findings);
    }
}
