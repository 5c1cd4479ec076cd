package com.haevn.modules.state;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTable;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableAttribute;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTablePointInTimeRecovery;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableServerSideEncryption;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import software.constructs.Construct;

import java.util.List;

/**
 * Where one region's Terraform state lives: a customer-managed KMS key (rotation on, 30-day deletion window) under
 * a fixed alias that backends name, a {@link StateBucket} encrypted with it, and a DynamoDB lock table (on-demand,
 * {@code LockID} hash key, point-in-time recovery, encrypted with the same key, deletion protection,
 * {@code prevent_destroy}).
 */
public class StateStore extends Construct {

    private final KmsKey key;
    private final StateBucket bucket;
    private final DynamodbTable lockTable;

    public StateStore(Construct scope, String id, StateStoreProps props) {
        super(scope, id);
        TerraformResourceLifecycle keep = TerraformResourceLifecycle.builder().preventDestroy(true).build();
        key = KmsKey.Builder.create(this, "key")
                .description("Terraform state: " + props.bucketName() + " and " + props.lockTableName())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .provider(props.provider())
                .lifecycle(keep)
                .build();
        KmsAlias.Builder.create(this, "key-alias")
                .name(props.keyAlias())
                .targetKeyId(key.getKeyId())
                .provider(props.provider())
                .build();
        bucket = new StateBucket(this, "state", StateBucketProps.builder()
                .bucketName(props.bucketName())
                .kmsKeyArn(key.getArn())
                .noncurrentVersionRetentionDays(props.noncurrentVersionRetentionDays())
                .provider(props.provider())
                .build());
        lockTable = DynamodbTable.Builder.create(this, "lock-table")
                .name(props.lockTableName())
                .billingMode("PAY_PER_REQUEST")
                .hashKey("LockID")
                .attribute(List.of(DynamodbTableAttribute.builder().name("LockID").type("S").build()))
                .pointInTimeRecovery(DynamodbTablePointInTimeRecovery.builder().enabled(true).build())
                .serverSideEncryption(DynamodbTableServerSideEncryption.builder()
                        .enabled(true)
                        .kmsKeyArn(key.getArn())
                        .build())
                .deletionProtectionEnabled(true)
                .provider(props.provider())
                .lifecycle(keep)
                .build();
    }

    public KmsKey key() {
        return key;
    }

    public StateBucket bucket() {
        return bucket;
    }

    public DynamodbTable lockTable() {
        return lockTable;
    }
}
