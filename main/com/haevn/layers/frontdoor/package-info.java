/** The front door layer: per region the ALB behind Cloudflare, its blue and green target groups and their alarms. */
package com.haevn.layers.frontdoor;
