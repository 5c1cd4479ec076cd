/**
 * References in expressions: the scanner that reads Terraform JSON strings as HCL templates and the check that
 * every reference resolves (HVN-TF-201 to 207).
 */
package com.haevn.validate.refs;
