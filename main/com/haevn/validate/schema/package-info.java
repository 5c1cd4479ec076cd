/**
 * The provider schemas compiled into the build (aws, cloudflare, helm), their binary format, and the check of
 * resources, data sources and providers against them (HVN-TF-101 to 107).
 */
package com.haevn.validate.schema;
