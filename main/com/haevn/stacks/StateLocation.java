package com.haevn.stacks;

/** Where a stack keeps its own Terraform state. */
public enum StateLocation {
    /** The environment's S3 state bucket, one key per stack, locked through the DynamoDB lock table. */
    REMOTE,
    /**
     * A local {@code terraform.tfstate}: only for the bootstrap stack that creates the bucket and the lock table
     * (docs/state.md describes moving its state into the bucket afterwards).
     */
    LOCAL
}
