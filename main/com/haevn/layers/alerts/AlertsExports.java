package com.haevn.layers.alerts;

import com.haevn.stacks.ExportKey;

/**
 * What every layer with alarms reads from the alerts stack of its region.
 *
 * @param topicArn the encrypted topic that alarm actions notify
 */
public record AlertsExports(String topicArn) {

    public static final ExportKey<AlertsExports> KEY = ExportKey.of(AlertsLayer.NAME, AlertsExports.class);
}
