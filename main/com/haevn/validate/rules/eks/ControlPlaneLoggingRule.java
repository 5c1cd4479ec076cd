package com.haevn.validate.rules.eks;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;

/** HVN-EKS-002: the control plane logs API calls, audit events and authentication. */
public final class ControlPlaneLoggingRule extends ResourceRule {

    public static final List<String> REQUIRED = List.of("api", "audit", "authenticator");

    public static final RuleInfo INFO = new RuleInfo("HVN-EKS-002", Severity.ERROR,
            "EKS clusters log the api, audit and authenticator control-plane streams",
            "Control-plane logs are off by default; without audit and authenticator logs nobody can tell who "
                    + "changed what in the cluster after an incident.",
            "Set enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"] (controllerManager and "
                    + "scheduler optional).");

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
        Attr types = cluster.attr("enabled_cluster_log_types");
        if (types.isUnknown()) {
            return List.of();
        }
        List<String> enabled = new ArrayList<>();
        if (types.isKnown()) {
            types.node().forEach(t -> enabled.add(t.asText()));
            if (enabled.stream().anyMatch(t -> t.contains("${"))) {
                return List.of();
            }
        }
        List<String> missing = REQUIRED.stream().filter(t -> !enabled.contains(t)).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(context.finding(INFO, cluster, types, cluster.address() + " has enabled_cluster_log_types "
                + types.display() + ", missing " + String.join(", ", missing)));
    }
}
