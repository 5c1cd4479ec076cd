package com.haevn.modules.runtime;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A customer-managed KMS key with rotation on and an alias: the account administers it through IAM, and the key
 * policy adds the statements a service needs to use it (a service principal cannot be granted through IAM).
 */
public class EncryptionKey extends Construct {

    private final KmsKey key;

    /**
     * @param alias      the alias without {@code alias/}, e.g. {@code haevn-prod-use1-eks-secrets}
     * @param statements the key policy's statements besides the account's administration
     */
    public EncryptionKey(Construct scope, String id, String alias, String accountId, String description,
                         List<Map<String, Object>> statements) {
        super(scope, id);
        List<Map<String, Object>> policy = new ArrayList<>();
        policy.add(Map.of("Sid", "AccountAdministers",
                "Effect", "Allow",
                "Principal", Map.of("AWS", "arn:aws:iam::" + accountId + ":root"),
                "Action", "kms:*",
                "Resource", "*"));
        policy.addAll(statements);
        key = KmsKey.Builder.create(this, "key")
                .description(description)
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(PolicyJson.document(policy))
                .build();
        KmsAlias.Builder.create(this, "alias").name("alias/" + alias).targetKeyId(key.getKeyId()).build();
    }

    public KmsKey key() {
        return key;
    }

    public String arn() {
        return key.getArn();
    }
}
