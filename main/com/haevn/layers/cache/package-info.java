/** The cache layer: per region the ElastiCache Redis cluster of the {@code cache} section, and its exports. */
package com.haevn.layers.cache;
