/** The secrets layer: the application secrets of the {@code secrets} section, their rotation and their exports. */
package com.haevn.layers.secrets;
