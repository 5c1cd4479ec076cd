package com.haevn.modules.async;

import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.sqs_queue.SqsQueue;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * An alarm on the depth of one dead-letter queue: it fires when the queue holds more visible messages than the
 * threshold, at the highest depth seen in five minutes, and tells the alerts topic again when the queue is drained.
 * A queue that reports nothing (no traffic yet) is not in alarm.
 */
final class DeadLetterAlarm extends Construct {

    static final String METRIC = "ApproximateNumberOfMessagesVisible";
    static final int PERIOD_SECONDS = 300;

    private final CloudwatchMetricAlarm alarm;

    DeadLetterAlarm(Construct scope, String id, String queueName, SqsQueue queue, int threshold, String alarmTopicArn) {
        super(scope, id);
        alarm = CloudwatchMetricAlarm.Builder.create(this, "alarm")
                .alarmName(queueName + "-not-empty")
                .alarmDescription("Messages are waiting in dead-letter queue " + queueName
                        + ": inspect them, fix the cause, then redrive them (docs/async.md)")
                .namespace("AWS/SQS")
                .metricName(METRIC)
                .dimensions(Map.of("QueueName", queue.getName()))
                .statistic("Maximum")
                .period(PERIOD_SECONDS)
                .evaluationPeriods(1)
                .comparisonOperator("GreaterThanThreshold")
                .threshold(threshold)
                .treatMissingData("notBreaching")
                .alarmActions(List.of(alarmTopicArn))
                .okActions(List.of(alarmTopicArn))
                .build();
    }

    CloudwatchMetricAlarm alarm() {
        return alarm;
    }
}
