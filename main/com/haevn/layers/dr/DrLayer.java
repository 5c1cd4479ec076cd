package com.haevn.layers.dr;

import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.alerts.AlertsExports;
import com.haevn.layers.data.DataLayer;
import com.haevn.layers.frontdoor.FrontdoorExports;
import com.haevn.layers.network.NetworkExports;
import com.haevn.layers.runtime.RuntimeExports;
import com.haevn.modules.dr.AzGoneExperiment;
import com.haevn.modules.dr.AzGoneExperimentProps;
import com.haevn.modules.dr.GameDaySchedule;
import com.haevn.modules.dr.GameDayScheduleProps;
import com.haevn.modules.dr.LockedBackupVault;
import com.haevn.modules.dr.NightlyBackup;
import com.haevn.modules.dr.NightlyBackupProps;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.hashicorp.cdktf.TerraformProvider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per environment and region: the nightly AWS Backup plan over the data layer's databases (the default tags
 * {@code Layer = data} and {@code Environment}, which every resource of the data stacks carries), kept in a locked vault and, where configured, copied
 * into a vault in the next region that this stack owns (no stack reads another region's outputs); and the AZ-Gone
 * FIS experiment over the region's network, data, runtime and cache layers, stopped by the front door's alarms.
 * Publishes {@link DrExports}.
 */
public final class DrLayer implements Layer {

    public static final String NAME = "dr";
    /** The {@code dr} section of the environment files. */
    public static final SettingsSection<DrSettings> SETTINGS = new DrSettingsSection();
    /** The default tag ({@code default_tags}) naming the layer that owns a resource. */
    public static final String LAYER_TAG = "Layer";

    private static final Import<AlertsExports> ALERTS = Import.sameRegion(AlertsExports.KEY);
    private static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    private static final Import<RuntimeExports> RUNTIME = Import.sameRegion(RuntimeExports.KEY);
    private static final Import<FrontdoorExports> FRONTDOOR = Import.sameRegion(FrontdoorExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(ALERTS, NETWORK, RUNTIME, FRONTDOOR);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        DrSettings settings = environment.settings(SETTINGS);
        String region = stack.region().region().name();
        String prefix = "haevn-" + environment.name() + "-" + stack.region().region().shortCode();
        Optional<TerraformProvider> copyProvider = settings.copyToOtherRegion() && environment.regions().size() > 1
                ? Optional.of(stack.awsProviderFor(copyRegion(environment, stack.region()))) : Optional.empty();
        NightlyBackup backup = new NightlyBackup(stack, "backup", NightlyBackupProps.builder()
                .namePrefix(prefix)
                .accountId(environment.accountId())
                .region(region)
                .schedule(settings.backupSchedule())
                .startWindowMinutes(settings.backupStartWindowMinutes())
                .completionWindowMinutes(settings.backupCompletionWindowMinutes())
                .retentionDays(settings.backupRetentionDays())
                .lockMode(settings.vaultLock())
                .selectionTags(Map.of(LAYER_TAG, DataLayer.NAME, "Environment", environment.name()))
                .copyRegionProvider(copyProvider)
                .alarmTopicArn(exports.read(ALERTS).topicArn())
                .build());

        List<String> templateIds = List.of();
        if (settings.gameDay()) {
            String zone = region + settings.gameDayZoneLetter();
            if (!stack.region().availabilityZones().contains(zone)) {
                throw new IllegalStateException("dr.game_day_zone_letter makes " + zone + ", which the "
                        + "environment " + environment.name() + " does not use; use one of "
                        + stack.region().availabilityZones());
            }
            FrontdoorExports frontdoor = exports.read(FRONTDOOR);
            String alarm = "arn:aws:cloudwatch:" + region + ":" + environment.accountId() + ":alarm:";
            AzGoneExperiment experiment = new AzGoneExperiment(stack, "az-gone", new AzGoneExperimentProps(
                    prefix, environment.accountId(), region, zone, exports.read(NETWORK).vpcId(),
                    Map.of(LAYER_TAG, "network"), exports.read(RUNTIME).clusterName(), Map.of(LAYER_TAG, "data"),
                    Map.of(LAYER_TAG, "cache"), settings.gameDayDuration(),
                    List.of(alarm + frontdoor.blueErrorAlarmName(), alarm + frontdoor.blueUnhealthyAlarmName(),
                            alarm + frontdoor.greenErrorAlarmName(), alarm + frontdoor.greenUnhealthyAlarmName()),
                    settings.gameDayLogRetentionDays()));
            templateIds = List.of(experiment.template().getId());
            if (environment.tier().requiresHighAvailability()) {
                GameDayScheduleSettings schedule = settings.gameDaySchedule();
                RuntimeExports runtime = exports.read(RUNTIME);
                new GameDaySchedule(stack, "game-day-schedule", new GameDayScheduleProps(prefix + "-game-day",
                        environment.accountId(), region, runtime.clusterName(), runtime.clusterEndpoint(),
                        runtime.clusterCertificateAuthority(), experiment.template().getId(), schedule.cron(),
                        schedule.enabled(), schedule.load()));
            }
        }
        exports.publish(DrExports.KEY, new DrExports(backup.vault().vault().getArn(),
                backup.copyVault().map(LockedBackupVault::vault).map(v -> List.of(v.getArn())).orElse(List.of()),
                templateIds));
    }

    /** The region after this one in the environment's list, the first after the last. */
    static RegionConfig copyRegion(Environment environment, RegionConfig region) {
        List<RegionConfig> regions = environment.regions();
        return regions.get((regions.indexOf(region) + 1) % regions.size());
    }
}
