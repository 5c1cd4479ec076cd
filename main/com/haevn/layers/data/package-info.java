/**
 * The data layer: per region the core PostgreSQL database of the {@code data} section (Aurora Serverless v2, a
 * global database across the environment's regions when it has two, or RDS Multi-AZ), and its exports.
 */
package com.haevn.layers.data;
