package com.haevn.layers.costs;

import com.haevn.cost.BudgetNote;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.alerts.AlertsExports;
import com.haevn.modules.costs.CostControls;
import com.haevn.modules.costs.CostControlsProps;
import com.haevn.stacks.CostAllocationTags;
import com.haevn.stacks.Import;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.haevn.stacks.Layer;

import java.util.List;
import java.util.Optional;

/**
 * Per environment, in its primary region: AWS's own cost controls for the environment's account. The cost-allocation
 * tags the stacks set are activated, the monthly budget of the {@code costs} section alerts at its actual and forecast
 * thresholds, and a cost anomaly monitor per service alerts from the section's impact; all alerts go to the alerts
 * topic of the primary region.
 */
public final class CostsLayer implements Layer {

    public static final String NAME = "costs";
    /** The {@code costs} section of the environment files. */
    public static final SettingsSection<CostsSettings> SETTINGS = new CostsSettingsSection();
    static final Import<AlertsExports> ALERTS = Import.primaryRegion(AlertsExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.GLOBAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(ALERTS);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        CostsSettings settings = stack.environment().settings(SETTINGS);
        CostControls controls = new CostControls(stack, "costs", CostControlsProps.builder()
                .name("haevn-" + stack.environment().name())
                .costAllocationTagKeys(List.copyOf(CostAllocationTags.of(stack.environment(), this).keySet()))
                .monthlyBudgetUsd(settings.monthlyBudgetUsd())
                .actualAlertPercent(settings.actualAlertPercent())
                .forecastAlertPercent(settings.forecastAlertPercent())
                .anomalyAlertUsd(settings.anomalyAlertUsd())
                .alertsTopicArn(exports.read(ALERTS).topicArn())
                .build());
        // A Terraform JSON comment ("//" is ignored by terraform): the usage assumptions and tier `haevn cost` and the
        // budget check (HVN-COST-001) price the environment's synth with, so neither needs the environment files.
        controls.budget().addOverride("//." + BudgetNote.USAGE_KEY, settings.usage().asMap());
        controls.budget().addOverride("//." + BudgetNote.TIER_KEY, stack.environment().tier().yamlValue());
    }
}
