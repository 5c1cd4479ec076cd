/** The runtime layer: one EKS cluster per environment and region, its {@code runtime} settings and its exports. */
package com.haevn.layers.runtime;
