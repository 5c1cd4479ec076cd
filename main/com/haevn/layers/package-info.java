/**
 * The platform's layers, one package each ({@code network}, {@code state}, ...): the layer class, the section of the
 * environment files it reads, and what it exports. {@link com.haevn.layers.Layers} registers them in dependency
 * order. A layer wires constructs from {@code modules/} with its environment's settings; the constructs know nothing
 * of environments.
 */
package com.haevn.layers;
