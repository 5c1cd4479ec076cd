package com.haevn.layers.dr;

import com.haevn.modules.dr.VaultLockMode;

/**
 * The {@code dr} section of an environment file.
 *
 * @param backupSchedule                 when the nightly backup starts ({@code backup_schedule}, cron in UTC)
 * @param backupStartWindowMinutes       how long a job may wait to start ({@code backup_start_window_minutes})
 * @param backupCompletionWindowMinutes  how long a job may run ({@code backup_completion_window_minutes})
 * @param backupRetentionDays            how long recovery points and copies are kept ({@code backup_retention_days})
 * @param copyToOtherRegion              whether each region copies its recovery points into a vault in the next
 *                                       region of the environment ({@code copy_to_other_region})
 * @param vaultLock                      the vaults' lock mode ({@code vault_lock})
 * @param gameDay                        whether the AZ-Gone experiment template exists ({@code game_day})
 * @param gameDayZoneLetter              the letter of the AZ the game day takes away in every region
 *                                       ({@code game_day_zone_letter})
 * @param gameDayDuration                how long the AZ stays away, ISO 8601 ({@code game_day_duration})
 * @param gameDayLogRetentionDays        how long the experiment's log is kept ({@code game_day_log_retention_days})
 * @param gameDaySchedule                the monthly run with synthetic load ({@code game_day_schedule})
 */
public record DrSettings(String backupSchedule, int backupStartWindowMinutes, int backupCompletionWindowMinutes,
                         int backupRetentionDays, boolean copyToOtherRegion, VaultLockMode vaultLock, boolean gameDay,
                         String gameDayZoneLetter, String gameDayDuration, int gameDayLogRetentionDays,
                         GameDayScheduleSettings gameDaySchedule) {
}
