/**
 * The peering layer: in an environment with several regions, each region's VPC peered with the first region's, with
 * routes and the node ports of the {@code peering} section (docs/peering.md).
 */
package com.haevn.layers.peering;
