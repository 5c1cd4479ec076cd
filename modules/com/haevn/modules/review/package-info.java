/**
 * A per-PR review app in a shared cluster: its namespace with quotas, the application's Helm release at the PR's
 * image tag, a target group bound to the release's Service, a host rule on the region's HTTPS listener and a proxied
 * Cloudflare record.
 */
package com.haevn.modules.review;
