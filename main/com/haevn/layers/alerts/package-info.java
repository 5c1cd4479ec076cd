/** The alerts layer: per region the encrypted topic every alarm notifies, and its receivers. */
package com.haevn.layers.alerts;
