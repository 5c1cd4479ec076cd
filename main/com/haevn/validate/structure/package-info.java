/**
 * The structure check of Terraform JSON: known top-level blocks, block shapes, labels and the arguments of
 * module, variable and output blocks (HVN-TF-002 to 007).
 */
package com.haevn.validate.structure;
