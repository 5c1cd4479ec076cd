package com.haevn.validate.core;

/** What an input file holds. */
public enum DocumentKind {
    /** Terraform JSON configuration: {@code cdk.tf.json}, any {@code *.tf.json}. */
    TERRAFORM_JSON,
    /** The output of {@code terraform show -json PLANFILE}. */
    PLAN_JSON
}
