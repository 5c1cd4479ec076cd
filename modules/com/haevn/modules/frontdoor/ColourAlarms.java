package com.haevn.modules.frontdoor;

import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmMetricQuery;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmMetricQueryMetric;
import com.hashicorp.cdktf.providers.aws.lb.Lb;
import com.hashicorp.cdktf.providers.aws.lb_target_group.LbTargetGroup;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The two alarms of one colour, which the release watches during its bake: the share of the colour's requests its
 * targets answered with a 5xx (metric math {@code 100 * HTTPCode_Target_5XX_Count / RequestCount}, a minute without
 * errors counting as 0 and a minute without requests as no data, which does not breach), and the colour's
 * unhealthy targets ({@code UnHealthyHostCount}, maximum per minute). Both notify the alerts topic on alarm and on
 * recovery.
 */
public class ColourAlarms extends Construct {

    /** The namespace of the ALB metrics. */
    public static final String NAMESPACE = "AWS/ApplicationELB";
    private static final int PERIOD_SECONDS = 60;

    private final CloudwatchMetricAlarm errorRate;
    private final CloudwatchMetricAlarm unhealthyHosts;

    /**
     * @param name        the alarms' name prefix, e.g. {@code prod-use1-frontdoor-blue}
     * @param balancer    the load balancer
     * @param targetGroup the colour's target group
     * @param topicArn    the alerts topic
     * @param thresholds  when they fire
     */
    public ColourAlarms(Construct scope, String id, String name, Lb balancer, LbTargetGroup targetGroup,
                        String topicArn, AlarmThresholds thresholds) {
        super(scope, id);
        Map<String, String> dimensions = Map.of(
                "LoadBalancer", balancer.getArnSuffix(),
                "TargetGroup", targetGroup.getArnSuffix());
        errorRate = CloudwatchMetricAlarm.Builder.create(this, "target-5xx-rate")
                .alarmName(name + "-target-5xx-rate")
                .alarmDescription("More than " + thresholds.target5xxPercent().toPlainString() + "% of the requests "
                        + "of " + name + " answered 5xx by its targets in each of " + thresholds.evaluationMinutes()
                        + " minutes")
                .comparisonOperator("GreaterThanThreshold")
                .threshold(thresholds.target5xxPercent().doubleValue())
                .evaluationPeriods(thresholds.evaluationMinutes())
                .datapointsToAlarm(thresholds.evaluationMinutes())
                .treatMissingData("notBreaching")
                .metricQuery(List.of(
                        metric("errors", "HTTPCode_Target_5XX_Count", dimensions),
                        metric("requests", "RequestCount", dimensions),
                        CloudwatchMetricAlarmMetricQuery.builder()
                                .id("rate")
                                .expression("100 * FILL(errors, 0) / requests")
                                .label("Target 5xx rate (%)")
                                .returnData(true)
                                .build()))
                .alarmActions(List.of(topicArn))
                .okActions(List.of(topicArn))
                .build();
        unhealthyHosts = CloudwatchMetricAlarm.Builder.create(this, "unhealthy-hosts")
                .alarmName(name + "-unhealthy-hosts")
                .alarmDescription("At least " + thresholds.unhealthyHosts() + " unhealthy targets in " + name
                        + " in each of " + thresholds.evaluationMinutes() + " minutes")
                .namespace(NAMESPACE)
                .metricName("UnHealthyHostCount")
                .dimensions(dimensions)
                .statistic("Maximum")
                .period(PERIOD_SECONDS)
                .comparisonOperator("GreaterThanOrEqualToThreshold")
                .threshold(thresholds.unhealthyHosts())
                .evaluationPeriods(thresholds.evaluationMinutes())
                .datapointsToAlarm(thresholds.evaluationMinutes())
                .treatMissingData("notBreaching")
                .alarmActions(List.of(topicArn))
                .okActions(List.of(topicArn))
                .build();
    }

    private static CloudwatchMetricAlarmMetricQuery metric(String id, String metricName, Map<String, String> dimensions) {
        return CloudwatchMetricAlarmMetricQuery.builder()
                .id(id)
                .returnData(false)
                .metric(CloudwatchMetricAlarmMetricQueryMetric.builder()
                        .namespace(NAMESPACE)
                        .metricName(metricName)
                        .dimensions(dimensions)
                        .period(PERIOD_SECONDS)
                        .stat("Sum")
                        .build())
                .build();
    }

    public CloudwatchMetricAlarm errorRate() {
        return errorRate;
    }

    public CloudwatchMetricAlarm unhealthyHosts() {
        return unhealthyHosts;
    }
}
