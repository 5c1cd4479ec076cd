package com.haevn.modules.costs;

import com.hashicorp.cdktf.providers.aws.budgets_budget.BudgetsBudget;
import com.hashicorp.cdktf.providers.aws.budgets_budget.BudgetsBudgetNotification;
import com.hashicorp.cdktf.providers.aws.ce_anomaly_monitor.CeAnomalyMonitor;
import com.hashicorp.cdktf.providers.aws.ce_anomaly_subscription.CeAnomalySubscription;
import com.hashicorp.cdktf.providers.aws.ce_anomaly_subscription.CeAnomalySubscriptionSubscriber;
import com.hashicorp.cdktf.providers.aws.ce_anomaly_subscription.CeAnomalySubscriptionThresholdExpression;
import com.hashicorp.cdktf.providers.aws.ce_anomaly_subscription.CeAnomalySubscriptionThresholdExpressionDimension;
import com.hashicorp.cdktf.providers.aws.ce_cost_allocation_tag.CeCostAllocationTag;
import software.constructs.Construct;

import java.util.List;

/**
 * AWS's own cost controls for one account: the cost-allocation tag keys activated (so Cost Explorer and the bill
 * split by them), a monthly cost budget notifying the alerts topic when actual spend and when the forecast reach
 * their thresholds, and a cost anomaly monitor per AWS service whose anomalies above the impact threshold notify the
 * same topic immediately (SNS subscribers take immediate alerts only).
 */
public class CostControls extends Construct {

    private final BudgetsBudget budget;
    private final CeAnomalyMonitor monitor;

    public CostControls(Construct scope, String id, CostControlsProps props) {
        super(scope, id);
        for (String key : props.costAllocationTagKeys()) {
            CeCostAllocationTag.Builder.create(this, "tag-" + key).tagKey(key).status("Active").build();
        }
        budget = BudgetsBudget.Builder.create(this, "budget")
                .name(props.name() + "-monthly")
                .budgetType("COST")
                .limitAmount(props.monthlyBudgetUsd().toPlainString())
                .limitUnit("USD")
                .timeUnit("MONTHLY")
                .notification(List.of(
                        notification("ACTUAL", props.actualAlertPercent().toPlainString(), props.alertsTopicArn()),
                        notification("FORECASTED", props.forecastAlertPercent().toPlainString(),
                                props.alertsTopicArn())))
                .build();
        monitor = CeAnomalyMonitor.Builder.create(this, "anomaly-monitor")
                .name(props.name() + "-services")
                .monitorType("DIMENSIONAL")
                .monitorDimension("SERVICE")
                .build();
        CeAnomalySubscription.Builder.create(this, "anomaly-subscription")
                .name(props.name() + "-anomalies")
                .frequency("IMMEDIATE")
                .monitorArnList(List.of(monitor.getArn()))
                .subscriber(List.of(CeAnomalySubscriptionSubscriber.builder()
                        .type("SNS").address(props.alertsTopicArn()).build()))
                .thresholdExpression(CeAnomalySubscriptionThresholdExpression.builder()
                        .dimension(CeAnomalySubscriptionThresholdExpressionDimension.builder()
                                .key("ANOMALY_TOTAL_IMPACT_ABSOLUTE")
                                .matchOptions(List.of("GREATER_THAN_OR_EQUAL"))
                                .values(List.of(props.anomalyAlertUsd().toPlainString()))
                                .build())
                        .build())
                .build();
    }

    private static BudgetsBudgetNotification notification(String type, String percent, String topicArn) {
        return BudgetsBudgetNotification.builder()
                .notificationType(type)
                .comparisonOperator("GREATER_THAN")
                .threshold(Double.parseDouble(percent))
                .thresholdType("PERCENTAGE")
                .subscriberSnsTopicArns(List.of(topicArn))
                .build();
    }

    public BudgetsBudget budget() {
        return budget;
    }

    public CeAnomalyMonitor monitor() {
        return monitor;
    }
}
