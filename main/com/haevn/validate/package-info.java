/**
 * The offline validator of Terraform JSON and plan JSON: {@link com.haevn.validate.Validator} loads the inputs, runs
 * every check that {@link com.haevn.validate.Checks} lists (told what {@link com.haevn.validate.CheckOptions} says),
 * applies suppressions and returns a {@link com.haevn.validate.ValidationResult}. Nothing in this package tree
 * depends on CDKTF, jsii, node or the environment model.
 */
package com.haevn.validate;
