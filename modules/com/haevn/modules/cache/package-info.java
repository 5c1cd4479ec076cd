/**
 * ElastiCache for Redis in cluster mode for one region: encrypted, IAM-authenticated, Multi-AZ with automatic
 * failover, snapshots and slow log, optionally the primary or a secondary of a global datastore.
 */
package com.haevn.modules.cache;
