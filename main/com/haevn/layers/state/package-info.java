/** The state bootstrap layer: each environment's Terraform state bucket and lock table. */
package com.haevn.layers.state;
