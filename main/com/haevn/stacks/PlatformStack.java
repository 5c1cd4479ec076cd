package com.haevn.stacks;

import com.haevn.environment.AwsRegion;
import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;
import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.haevn.stacks.state.StateStorage;
import com.hashicorp.cdktf.S3Backend;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import software.constructs.Construct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stack of the matrix with what every stack needs: the AWS provider for its region, pinned to the environment's
 * account and carrying the cost-allocation tags as {@code default_tags}, and its state backend (S3 with a per-stack
 * key in its own region's bucket, DynamoDB locking and KMS encryption; local only for the bootstrap stack; see
 * {@link StateStorage}).
 */
public class PlatformStack extends TerraformStack {

    /**
     * The AWS provider release that plans and deploys run with, exactly (the bindings are 5.23.1; later resources and
     * arguments come through cdktf's escape hatches). The dependency lock {@code .terraform.lock.hcl} records it.
     */
    public static final String AWS_PROVIDER_CONSTRAINT = "5.100.0";

    private final StackSpec spec;
    private final AwsProvider awsProvider;
    private final Map<AwsRegion, AwsProvider> regionalProviders = new HashMap<>();

    public PlatformStack(Construct scope, StackSpec spec) {
        super(scope, spec.name());
        this.spec = spec;
        awsProvider = provider("aws", spec.region().region(), null);
        addOverride("terraform.required_providers.aws.version", AWS_PROVIDER_CONSTRAINT);
        if (spec.layer().stateLocation() == StateLocation.LOCAL) {
            new LocalBackend(this, LocalBackendConfig.builder().path("terraform.tfstate").build());
        } else {
            new S3Backend(this, StateStorage.backend(spec));
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

    /**
     * The AWS provider of another region of the environment, for the few stacks that reach into several regions
     * (the state bootstrap): the stack's own provider for its own region, otherwise one aliased by the region's
     * short code ({@code aws.usw2}), with the same account pin and tags.
     */
    public AwsProvider awsProviderFor(RegionConfig region) {
        if (region.equals(spec.region())) {
            return awsProvider;
        }
        return regionalProviders.computeIfAbsent(region.region(), r -> provider("aws-" + r.shortCode(), r, r.shortCode()));
    }

    private AwsProvider provider(String id, AwsRegion region, String alias) {
        Environment environment = spec.environment();
        return AwsProvider.Builder.create(this, id)
                .region(region.name())
                .alias(alias)
                .allowedAccountIds(List.of(environment.accountId()))
                .defaultTags(List.of(AwsProviderDefaultTags.builder()
                        .tags(CostAllocationTags.of(environment, spec.layer()))
                        .build()))
                .build();
    }
}
