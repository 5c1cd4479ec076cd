package com.haevn.layers.secrets;

import com.haevn.modules.secrets.SecretSpec;

import java.util.List;

/**
 * The {@code secrets} section of an environment file.
 *
 * @param secrets                 the application secrets ({@code entries}), in file order
 * @param logRetentionDays        days the rotation function's logs are kept ({@code log_retention_days})
 * @param databaseRotationVersion the pinned version of AWS's PostgreSQL single-user rotation application
 *                                ({@code database_rotation_version})
 */
public record SecretsSettings(List<SecretSpec> secrets, int logRetentionDays, String databaseRotationVersion) {

    public SecretsSettings {
        secrets = List.copyOf(secrets);
    }
}
