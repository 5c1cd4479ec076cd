package com.haevn.layers.costs;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.cost.BudgetNote;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each environment's costs stack on the synthesized platform. */
class CostsLayerTest {

    @Test
    void everyEnvironmentActivatesTheCostAllocationTagsItsStacksSet() {
        for (String env : new String[] {"dev", "staging", "prod"}) {
            assertThat(SynthesizedPlatform.resources(env + "-global-costs", "aws_ce_cost_allocation_tag"))
                    .extracting(t -> t.path("tag_key").asText() + "=" + t.path("status").asText())
                    .containsExactlyInAnyOrder("CostCenter=Active", "Environment=Active", "Layer=Active",
                            "ManagedBy=Active", "Owner=Active", "Repository=Active");
        }
        assertThat(SynthesizedPlatform.stack("prod-use1-runtime").path("provider").path("aws").path(0)
                .path("default_tags").path(0).path("tags").fieldNames())
                .toIterable().containsExactlyInAnyOrder("CostCenter", "Environment", "Layer", "ManagedBy", "Owner",
                        "Repository");
    }

    @Test
    void eachBudgetTakesItsAmountFromTheEnvironmentAndAlertsTheAlertsTopicAtForecastAndActual() {
        Map<String, String> amounts = Map.of("dev", "2500", "staging", "12000", "prod", "45000");
        amounts.forEach((env, amount) -> {
            JsonNode budget = SynthesizedPlatform.resources(env + "-global-costs", "aws_budgets_budget").elements().next();
            assertThat(budget.path("name").asText()).isEqualTo("haevn-" + env + "-monthly");
            assertThat(budget.path("budget_type").asText()).isEqualTo("COST");
            assertThat(budget.path("limit_amount").asText()).isEqualTo(amount);
            assertThat(budget.path("limit_unit").asText()).isEqualTo("USD");
            assertThat(budget.path("time_unit").asText()).isEqualTo("MONTHLY");
            assertThat(budget.path("notification")).extracting(n -> n.path("notification_type").asText() + " "
                            + n.path("threshold").asInt() + " " + n.path("threshold_type").asText() + " "
                            + n.path("subscriber_sns_topic_arns").path(0).asText())
                    .containsExactlyInAnyOrder(
                            "ACTUAL 80 PERCENTAGE ${data.terraform_remote_state.remote-state-" + env
                                    + "-use1-alerts.outputs.topic_arn}",
                            "FORECASTED 100 PERCENTAGE ${data.terraform_remote_state.remote-state-" + env
                                    + "-use1-alerts.outputs.topic_arn}");
            assertThat(budget.path("//").path(BudgetNote.USAGE_KEY).path("nat_gb_per_gateway").asText()).isNotEmpty();
        });
    }

    @Test
    void anAnomalyMonitorPerServiceAlertsTheSameTopicImmediately() {
        JsonNode monitor = SynthesizedPlatform.resources("prod-global-costs", "aws_ce_anomaly_monitor").elements().next();
        assertThat(monitor.path("monitor_type").asText()).isEqualTo("DIMENSIONAL");
        assertThat(monitor.path("monitor_dimension").asText()).isEqualTo("SERVICE");
        JsonNode subscription = SynthesizedPlatform.resources("prod-global-costs", "aws_ce_anomaly_subscription")
                .elements().next();
        assertThat(subscription.path("frequency").asText()).isEqualTo("IMMEDIATE");
        assertThat(subscription.path("monitor_arn_list").path(0).asText()).startsWith("${aws_ce_anomaly_monitor.");
        assertThat(subscription.path("subscriber").path(0).path("type").asText()).isEqualTo("SNS");
        assertThat(subscription.path("subscriber").path(0).path("address").asText())
                .isEqualTo("${data.terraform_remote_state.remote-state-prod-use1-alerts.outputs.topic_arn}");
        JsonNode dimension = subscription.path("threshold_expression").path("dimension");
        assertThat(dimension.path("key").asText()).isEqualTo("ANOMALY_TOTAL_IMPACT_ABSOLUTE");
        assertThat(dimension.path("values").path(0).asText()).isEqualTo("500");
    }
}
