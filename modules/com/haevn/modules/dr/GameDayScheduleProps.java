package com.haevn.modules.dr;

import java.util.Objects;

/**
 * Settings of a {@link GameDaySchedule}.
 *
 * @param name                        the schedule, state machine and roles' name, e.g. {@code haevn-prod-use1-game-day}
 * @param accountId                   the account (12 digits)
 * @param region                      the region of the cluster and the experiment template
 * @param clusterName                 the EKS cluster the load runs in
 * @param clusterEndpoint             its API server URL
 * @param clusterCertificateAuthority its CA certificate, base64-encoded
 * @param experimentTemplateId        the AZ-Gone experiment template started after the warm-up
 * @param scheduleExpression          EventBridge Scheduler's {@code cron(...)} in UTC, e.g. the second Tuesday of
 *                                    each month: {@code cron(0 14 ? * TUE#2 *)}
 * @param enabled                     whether the schedule runs; disabled, it exists and can be started by hand
 * @param load                        the synthetic load
 */
public record GameDayScheduleProps(String name, String accountId, String region, String clusterName,
                                   String clusterEndpoint, String clusterCertificateAuthority,
                                   String experimentTemplateId, String scheduleExpression, boolean enabled,
                                   SyntheticLoad load) {

    public GameDayScheduleProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(clusterEndpoint, "clusterEndpoint");
        Objects.requireNonNull(clusterCertificateAuthority, "clusterCertificateAuthority");
        Objects.requireNonNull(experimentTemplateId, "experimentTemplateId");
        Objects.requireNonNull(scheduleExpression, "scheduleExpression");
        Objects.requireNonNull(load, "load");
        if (!scheduleExpression.startsWith("cron(") || !scheduleExpression.endsWith(")")) {
            throw new IllegalArgumentException("a monthly game day needs a cron(...) expression, got "
                    + scheduleExpression);
        }
    }
}
