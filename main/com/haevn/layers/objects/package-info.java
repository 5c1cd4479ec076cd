/**
 * The objects layer: per region the file-object buckets of the {@code objects} section, their replicas in the other
 * region of staging and production, and their exports.
 */
package com.haevn.layers.objects;
