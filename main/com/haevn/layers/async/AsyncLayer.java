package com.haevn.layers.async;

import com.haevn.environment.SettingsSection;
import com.haevn.layers.alerts.AlertsExports;
import com.haevn.modules.async.AsyncMessaging;
import com.haevn.modules.async.AsyncMessagingProps;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopic;
import com.hashicorp.cdktf.providers.aws.sqs_queue.SqsQueue;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.List;
import java.util.Optional;

/**
 * Per environment and region: the queues (each with a 14-day dead-letter queue), topics, event bus, archive and
 * rules of the {@code async} section, under one customer-managed KMS key; every dead-letter queue's depth alarm
 * notifies the region's alerts topic. Publishes {@link AsyncExports}.
 */
public final class AsyncLayer implements Layer {

    public static final String NAME = "async";
    /** The {@code async} section of the environment files. */
    public static final SettingsSection<AsyncSettings> SETTINGS = new AsyncSettingsSection();

    private static final Import<AlertsExports> ALERTS = Import.sameRegion(AlertsExports.KEY);

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
        return List.of(ALERTS);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        AsyncSettings settings = stack.environment().settings(SETTINGS);
        AsyncMessaging messaging = new AsyncMessaging(stack, "async", AsyncMessagingProps.builder()
                .namePrefix("haevn-" + stack.environment().name())
                .accountId(stack.environment().accountId())
                .region(stack.region().region().name())
                .queues(settings.queues())
                .topics(settings.topics())
                .rules(settings.rules())
                .archiveRetentionDays(settings.archiveRetentionDays())
                .deadLetterAlarmThreshold(settings.deadLetterAlarmThreshold())
                .alarmTopicArn(exports.read(ALERTS).topicArn())
                .build());
        List<SqsQueue> queues = List.copyOf(messaging.queues().values());
        List<SnsTopic> topics = List.copyOf(messaging.topics().values());
        exports.publish(AsyncExports.KEY, new AsyncExports(
                messaging.key().getArn(),
                List.copyOf(messaging.queues().keySet()),
                queues.stream().map(SqsQueue::getUrl).toList(),
                queues.stream().map(SqsQueue::getArn).toList(),
                messaging.deadLetterQueues().values().stream().map(SqsQueue::getArn).toList(),
                List.copyOf(messaging.topics().keySet()),
                topics.stream().map(SnsTopic::getArn).toList(),
                messaging.bus().getName(),
                messaging.bus().getArn()));
    }
}
