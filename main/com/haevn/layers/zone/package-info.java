/** The zone layer: the one Cloudflare zone's settings, entrypoint rulesets and ACM validation records, for every environment. */
package com.haevn.layers.zone;
