package com.haevn.modules.secrets;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customer-managed key (rotation on, 30-day deletion window) of the secrets in one region: the secrets' own
 * key in the primary region, their replicas' key in another. The account administers it and IAM policies grant
 * its use (the rotation functions, the runtime's external-secrets role through Secrets Manager). Where the rotation
 * function logs, CloudWatch Logs may also use it for that log group alone.
 */
final class SecretsKey extends Construct {

    private final KmsKey key;

    /**
     * @param region       the key's region
     * @param provider     the AWS provider of that region
     * @param logGroupName the log group CloudWatch Logs encrypts with it, or null for none
     */
    SecretsKey(Construct scope, String id, ApplicationSecretsProps props, String region, TerraformProvider provider,
               String logGroupName) {
        super(scope, id);
        String account = props.accountId();
        List<Map<String, Object>> statements = new ArrayList<>(List.of(Map.of(
                "Sid", "AccountAdministers",
                "Effect", "Allow",
                "Principal", Map.of("AWS", "arn:aws:iam::" + account + ":root"),
                "Action", "kms:*",
                "Resource", "*")));
        if (logGroupName != null) {
            statements.add(Map.of(
                    "Sid", "LogsEncryptTheRotationLogs",
                    "Effect", "Allow",
                    "Principal", Map.of("Service", "logs." + region + ".amazonaws.com"),
                    "Action", List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                            "kms:Describe*"),
                    "Resource", "*",
                    "Condition", Map.of("ArnEquals", Map.of("kms:EncryptionContext:aws:logs:arn",
                            "arn:aws:logs:" + region + ":" + account + ":log-group:" + logGroupName))));
        }
        key = KmsKey.Builder.create(this, "key")
                .description("Application secrets of " + props.resourcePrefix() + " in " + region)
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(PolicyJson.document(statements))
                .provider(provider)
                .build();
        KmsAlias.Builder.create(this, "alias").name(props.keyAlias()).targetKeyId(key.getKeyId()).provider(provider)
                .build();
    }

    KmsKey key() {
        return key;
    }
}
