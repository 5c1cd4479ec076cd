/**
 * The offline monthly cost estimate: the price table of the repository ({@code pricing/prices.yaml}), the pricing
 * rules per resource type, and the estimate per resource, stack and environment read from synthesized Terraform JSON.
 * Plain Java: nothing here uses CDKTF or the network.
 */
package com.haevn.cost;
