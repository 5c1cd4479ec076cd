/** The traffic layer: per environment the Cloudflare load balancer over its regions' front doors, and its proxied records. */
package com.haevn.layers.traffic;
