package com.haevn.validate.rules.eks;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-EKS-001: Kubernetes secrets are envelope-encrypted with KMS. */
public final class SecretsEncryptionRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-EKS-001", Severity.ERROR,
            "EKS clusters encrypt Kubernetes secrets with a KMS key",
            "Without envelope encryption Kubernetes secrets sit in etcd base64-encoded only; anyone reading an "
                    + "etcd backup reads every service credential.",
            "Add encryption_config { resources = [\"secrets\"] provider { key_arn = <KMS key ARN> } }.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_eks_cluster");
    }

    @Override
    protected List<Finding> check(Resource cluster, RuleContext context) {
        if (cluster.attr("encryption_config").isUnknown()) {
            return List.of();
        }
        for (Block config : cluster.blocks("encryption_config")) {
            Attr resources = config.attr("resources");
            if (resources.isUnknown() || (resources.isKnown() && resources.node().toString().contains("\"secrets\""))) {
                return List.of();
            }
        }
        return List.of(context.finding(INFO, cluster, cluster.attr("encryption_config"), cluster.address()
                + " has encryption_config " + cluster.attr("encryption_config").display()
                + ", expected one covering \"secrets\""));
    }
}
