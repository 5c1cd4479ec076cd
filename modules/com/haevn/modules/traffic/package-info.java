/** One environment's Cloudflare traffic: its load balancer over one origin pool per region, health monitor, proxied records. */
package com.haevn.modules.traffic;
