package com.haevn.layers.alerts;

import com.haevn.modules.alerts.AlertsTopicProps.Subscription;

import java.util.List;

/**
 * The {@code alerts} section: who receives the alerts of the environment's alarms.
 *
 * @param subscriptions the HTTPS receivers (the #infra-alerts chat integration, paging), the same in every region
 */
public record AlertsSettings(List<Subscription> subscriptions) {

    public AlertsSettings {
        subscriptions = List.copyOf(subscriptions);
    }
}
