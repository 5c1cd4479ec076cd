/**
 * File objects of one environment and region: S3 buckets under a customer-managed KMS key, hardened alike (versioned,
 * SSE-KMS with bucket keys, public access blocked, ACLs disabled, TLS only, server access logs, Intelligent-Tiering,
 * a noncurrent-version lifecycle, Object Lock or MFA delete against deletion), and optionally their replicas in
 * another region, owned by the same stack through that region's provider, with S3 Replication Time Control.
 */
package com.haevn.modules.objects;
