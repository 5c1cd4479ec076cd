/**
 * The one Cloudflare zone's configuration: its TLS settings, one entrypoint ruleset per phase with host-scoped rules
 * for each environment (managed WAF, custom rules, rate limiting, cache rules, the origin-header transform) and the
 * ACM validation records.
 */
package com.haevn.modules.zone;
