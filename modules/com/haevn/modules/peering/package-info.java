/** A VPC peering between two regions of one account, with its routes and the node rules of the peered ports. */
package com.haevn.modules.peering;
