/**
 * Reading inputs: finding the files under the given paths, parsing JSON with source positions, telling
 * Terraform JSON from plan JSON, and reporting what cannot be read (HVN-TF-001, HVN-TF-006).
 */
package com.haevn.validate.load;
