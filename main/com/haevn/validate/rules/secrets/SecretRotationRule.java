package com.haevn.validate.rules.secrets;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Companions;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-SEC-001: every secret has automatic rotation configured. */
public final class SecretRotationRule extends ResourceRule {

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
    protected List<String> types() {
        return List.of("aws_secretsmanager_secret");
    }

    @Override
    protected List<Finding> check(Resource secret, RuleContext context) {
        Companions rotations = context.index().companions(secret, "aws_secretsmanager_secret_rotation", "secret_id");
        if (!rotations.certainlyNone()) {
            return List.of();
        }
        return List.of(context.finding(INFO, secret, secret.address()
                + " has no aws_secretsmanager_secret_rotation whose secret_id refers to it"));
    }
}
