/**
 * Suppressions: in-source ({@code "//"} on a resource) and from a suppressions file, each with a written
 * reason; malformed in-source ones are HVN-TF-301.
 */
package com.haevn.validate.suppress;
