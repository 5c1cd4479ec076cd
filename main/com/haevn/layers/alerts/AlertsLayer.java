package com.haevn.layers.alerts;

import com.haevn.environment.SettingsSection;
import com.haevn.modules.alerts.AlertsTopic;
import com.haevn.modules.alerts.AlertsTopicProps;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.Optional;

/**
 * Per environment and region: the encrypted topic every alarm of the region notifies (an alarm can only notify a
 * topic of its own region), with the receivers of the {@code alerts} section. Publishes {@link AlertsExports}.
 */
public final class AlertsLayer implements Layer {

    public static final String NAME = "alerts";
    /** The {@code alerts} section of the environment files. */
    public static final SettingsSection<AlertsSettings> SETTINGS = new AlertsSettingsSection();

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
    public void build(PlatformStack stack, StackExports exports) {
        AlertsSettings settings = stack.environment().settings(SETTINGS);
        AlertsTopic alerts = new AlertsTopic(stack, "alerts", AlertsTopicProps.builder()
                .name("haevn-" + stack.environment().name() + "-alerts")
                .accountId(stack.environment().accountId())
                .subscriptions(settings.subscriptions())
                .build());
        exports.publish(AlertsExports.KEY, new AlertsExports(alerts.topic().getArn()));
    }
}
