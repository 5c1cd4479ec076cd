/**
 * Where every stack keeps its Terraform state and where other stacks read it: one bucket, lock table and KMS key per
 * region, replication across regions, and the {@code state} section's switch for global stacks.
 */
package com.haevn.stacks.state;
