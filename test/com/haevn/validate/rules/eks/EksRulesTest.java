package com.haevn.validate.rules.eks;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EksRulesTest {

    private static final List<GuardrailRule> RULES =
            List.of(new SecretsEncryptionRule(), new ControlPlaneLoggingRule(), new PublicEndpointRule());

    private static List<Finding> findings(String json) {
        return RULES.stream().flatMap(r -> Inputs.findings(r, Inputs.terraform(json)).stream()).toList();
    }

    @Test
    void should_accept_a_private_logged_encrypted_cluster() {
        assertThat(findings("""
                {"resource": {"aws_eks_cluster": {"main": {"role_arn": "x",
                  "enabled_cluster_log_types": ["api", "audit", "authenticator", "scheduler"],
                  "encryption_config": [{"resources": ["secrets"], "provider": [{"key_arn": "${aws_kms_key.k.arn}"}]}],
                  "vpc_config": [{"subnet_ids": [], "endpoint_private_access": true, "endpoint_public_access": false}]}}}}
                """)).isEmpty();
    }

    @Test
    void should_report_a_default_cluster() {
        assertThat(findings("""
                {"resource": {"aws_eks_cluster": {"main": {"enabled_cluster_log_types": ["api"],
                  "vpc_config": {"subnet_ids": []}}}}}
                """)).extracting(Finding::message).containsExactly(
                "aws_eks_cluster.main has encryption_config not set, expected one covering \"secrets\"",
                "aws_eks_cluster.main has enabled_cluster_log_types [\"api\"], missing audit, authenticator",
                "aws_eks_cluster.main has endpoint_public_access not set (default true) and public_access_cidrs "
                        + "not set (default 0.0.0.0/0)");
    }

    @Test
    void should_accept_a_public_endpoint_restricted_to_named_cidrs() {
        assertThat(Inputs.findings(new PublicEndpointRule(), Inputs.terraform("""
                {"resource": {"aws_eks_cluster": {"main": {"vpc_config": {"endpoint_public_access": true,
                  "public_access_cidrs": ["203.0.113.0/24"]}}}}}
                """))).isEmpty();
    }
}
