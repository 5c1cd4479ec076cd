package com.haevn.stacks;

import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;
import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.S3Backend;
import com.hashicorp.cdktf.S3BackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import software.constructs.Construct;

import java.util.List;

/**
 * A stack of the matrix with what every stack needs: the AWS provider for its region, pinned to the environment's
 * account and carrying the cost-allocation tags as {@code default_tags}, and its state backend (S3 with a per-stack
 * key, DynamoDB locking and encryption; local only for the bootstrap stack).
 */
public class PlatformStack extends TerraformStack {

    /**
     * The AWS provider release that plans and deploys run with, exactly (the bindings are 5.23.1; later resources and
     * arguments come through cdktf's escape hatches). The dependency lock {@code .terraform.lock.hcl} records it.
     */
    public static final String AWS_PROVIDER_CONSTRAINT = "5.100.0";

    private final StackSpec spec;
    private final AwsProvider awsProvider;

    public PlatformStack(Construct scope, StackSpec spec) {
        super(scope, spec.name());
        this.spec = spec;
        Environment environment = spec.environment();
        awsProvider = AwsProvider.Builder.create(this, "aws")
                .region(spec.region().region().name())
                .allowedAccountIds(List.of(environment.accountId()))
                .defaultTags(List.of(AwsProviderDefaultTags.builder()
                        .tags(CostAllocationTags.of(environment, spec.layer()))
                        .build()))
                .build();
        addOverride("terraform.required_providers.aws.version", AWS_PROVIDER_CONSTRAINT);
        if (spec.layer().stateLocation() == StateLocation.LOCAL) {
            new LocalBackend(this, LocalBackendConfig.builder().path("terraform.tfstate").build());
        } else {
            new S3Backend(this, S3BackendConfig.builder()
                    .bucket(environment.stateBucketName())
                    .key(environment.stateKey(spec.name()))
                    .region(environment.primaryRegion().region().name())
                    .dynamodbTable(environment.lockTableName())
                    .encrypt(true)
                    .build());
        }
    }

    public StackSpec spec() {
        return spec;
    }

    public Environment environment() {
        return spec.environment();
    }

    /** The region this stack deploys to (the primary region for global stacks). */
    public RegionConfig region() {
        return spec.region();
    }

    public AwsProvider awsProvider() {
        return awsProvider;
    }
}
