/** The network layer: one VPC per environment and region, its {@code network} settings and its exports. */
package com.haevn.layers.network;
