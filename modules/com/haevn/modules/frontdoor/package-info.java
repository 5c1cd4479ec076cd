/**
 * A regional front door: an internet-facing ALB that admits only Cloudflare (its published ranges and a secret origin
 * header), blue and green target groups behind one weighted forward, access logs and alarms per colour.
 */
package com.haevn.modules.frontdoor;
