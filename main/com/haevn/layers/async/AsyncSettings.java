package com.haevn.layers.async;

import com.haevn.modules.async.QueueSpec;
import com.haevn.modules.async.RuleSpec;
import com.haevn.modules.async.TopicSpec;

import java.util.List;

/**
 * The {@code async} section of an environment file, the same in every region of the environment.
 *
 * @param queues                   the work queues ({@code queues})
 * @param topics                   the topics and their subscribed queues ({@code topics})
 * @param archiveRetentionDays     how long the bus's archive keeps events ({@code archive_retention_days})
 * @param deadLetterAlarmThreshold dead-letter depth above which the alarm fires ({@code dead_letter_alarm_threshold})
 * @param rules                    the bus's rules and their target queues ({@code rules})
 */
public record AsyncSettings(List<QueueSpec> queues, List<TopicSpec> topics, int archiveRetentionDays,
                            int deadLetterAlarmThreshold, List<RuleSpec> rules) {

    public AsyncSettings {
        queues = List.copyOf(queues);
        topics = List.copyOf(topics);
        rules = List.copyOf(rules);
    }
}
