package com.haevn.layers.state;

import com.haevn.environment.Environment;
import com.haevn.modules.state.StateBackend;
import com.haevn.modules.state.StateBackendProps;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.haevn.stacks.StateLocation;
import com.hashicorp.cdktf.TerraformOutput;

/**
 * The bootstrap stack of an environment ({@code <env>-global-state}): the S3 bucket and DynamoDB table every other
 * stack of the environment keeps its state in. It keeps its own state locally, since the bucket does not exist
 * before it is applied.
 */
public final class StateLayer implements Layer {

    public static final String NAME = "state";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.GLOBAL;
    }

    @Override
    public StateLocation stateLocation() {
        return StateLocation.LOCAL;
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        StateBackend backend = new StateBackend(stack, "state-backend", new StateBackendProps(environment.stateBucketName(), environment.lockTableName()));
        TerraformOutput.Builder.create(stack, "state_bucket").value(backend.bucket().getBucket()).build();
        TerraformOutput.Builder.create(stack, "lock_table").value(backend.lockTable().getName()).build();
    }
}
