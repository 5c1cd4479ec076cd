package com.haevn.validate.rules.sns;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-SNS-001: topics are encrypted with KMS. */
public final class TopicEncryptionRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-SNS-001", Severity.ERROR,
            "SNS topics are encrypted with a KMS key",
            "SNS topics are not encrypted at rest unless a KMS key is set; notifications carry customer events.",
            "Set kms_master_key_id to the async layer's KMS key (or alias/aws/sns).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_sns_topic");
    }

    @Override
    protected List<Finding> check(Resource topic, RuleContext context) {
        Attr key = topic.attr("kms_master_key_id");
        if (key.isUnknown() || key.text().filter(k -> !k.isBlank()).isPresent()) {
            return List.of();
        }
        return List.of(context.finding(INFO, topic, key,
                topic.address() + " has kms_master_key_id " + key.display() + ", expected a KMS key"));
    }
}
