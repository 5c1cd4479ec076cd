package com.haevn.layers.data;

import com.haevn.modules.data.DatabaseEngine;

/**
 * The {@code data} section of an environment file, the same in every region of the environment.
 *
 * @param engine                    Aurora Serverless v2 or RDS Multi-AZ with its sizes ({@code engine})
 * @param postgresVersion           major.minor ({@code postgres_version})
 * @param backupWindow              the daily automated backup's window, UTC ({@code backup_window})
 * @param slowStatementMilliseconds statements running longer are logged ({@code slow_statement_ms})
 */
public record DataSettings(DatabaseEngine engine, String postgresVersion, String backupWindow,
                           int slowStatementMilliseconds) {
}
