/**
 * The core PostgreSQL database of one environment and region: Aurora Serverless v2 (optionally in an Aurora global
 * database, primary or write-forwarding secondary) or RDS Multi-AZ, under a customer-managed KMS key, in private
 * subnets behind a security group open to the runtime nodes only, with TLS forced, 35-day backups, IAM
 * authentication, Performance Insights, enhanced monitoring and PostgreSQL log exports.
 */
package com.haevn.modules.data;
