/** The certificates layer: per region the ACM certificate of the environment's hostnames and its DNS validation records. */
package com.haevn.layers.certificates;
