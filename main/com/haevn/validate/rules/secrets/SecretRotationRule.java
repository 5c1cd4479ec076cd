package com.haevn.validate.rules.secrets;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.CompanionRule;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Resource;

/** HVN-SEC-001: every secret has automatic rotation configured. */
public final class SecretRotationRule extends CompanionRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-SEC-001", Severity.ERROR,
            "Secrets Manager secrets rotate automatically",
            "The platform rotates every secret automatically every 90 days; a secret that never rotates stays "
                    + "valid for anyone who ever saw it.",
            "Add an aws_secretsmanager_secret_rotation whose secret_id refers to the secret, with a rotation "
                    + "Lambda and rotation_rules { automatically_after_days = 90 }.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String targetType() {
        return "aws_secretsmanager_secret";
    }

    @Override
    protected String companionType() {
        return "aws_secretsmanager_secret_rotation";
    }

    @Override
    protected String path() {
        return "secret_id";
    }

    @Override
    protected String missingMessage(Resource target) {
        return target.address() + " has no aws_secretsmanager_secret_rotation whose secret_id refers to it";
    }
}
