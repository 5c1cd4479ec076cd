/**
 * Build-time compilation of the provider schemas from the jsii assemblies inside the provider bindings.
 */
package com.haevn.validate.schema.compile;
