/** The async layer: per region the queues, topics, bus and rules of the {@code async} section, and their exports. */
package com.haevn.layers.async;
