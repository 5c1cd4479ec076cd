package com.haevn.modules.data;

/**
 * Which PostgreSQL the {@link Database} runs, with the sizes that only that engine has: an Aurora PostgreSQL
 * Serverless v2 cluster ({@link AuroraServerlessV2}) or a plain RDS PostgreSQL Multi-AZ instance ({@link RdsMultiAz}).
 */
public sealed interface DatabaseEngine permits AuroraServerlessV2, RdsMultiAz {
}
