/**
 * Lenient readings of a Terraform JSON document's declarations (resources, data sources, modules, variables,
 * locals, outputs, providers) shared by the checks, and which inputs are root configurations.
 */
package com.haevn.validate.config;
