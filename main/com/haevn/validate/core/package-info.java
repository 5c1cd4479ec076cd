/**
 * The validator's vocabulary: loaded documents and their kinds, source locations, findings and severities, and
 * the {@link com.haevn.validate.core.DocumentCheck} interface every check implements.
 */
package com.haevn.validate.core;
