package com.haevn.modules.costs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.budgets_budget.BudgetsBudget;
import com.hashicorp.cdktf.providers.aws.ce_anomaly_subscription.CeAnomalySubscription;
import com.hashicorp.cdktf.providers.aws.ce_cost_allocation_tag.CeCostAllocationTag;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cost controls synthesized from their own props. */
class CostControlsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CostControlsProps.Builder props() {
        return CostControlsProps.builder().name("team").costAllocationTagKeys(List.of("Team", "Environment"))
                .monthlyBudgetUsd(new BigDecimal("1200")).anomalyAlertUsd(new BigDecimal("40"))
                .alertsTopicArn("arn:aws:sns:us-east-1:123456789012:team-alerts");
    }

    @Test
    void activatesTheTagsBudgetsAtTheDefaultThresholdsAndSubscribesAnomalies() throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "costs-test");
        AwsProvider.Builder.create(stack, "aws").region("us-east-1").build();
        new CostControls(stack, "costs", props().build());
        JsonNode resources = JSON.readTree(Testing.synth(stack)).path("resource");

        assertThat(resources.path(CeCostAllocationTag.TF_RESOURCE_TYPE)).extracting(t -> t.path("tag_key").asText())
                .containsExactlyInAnyOrder("Team", "Environment");
        JsonNode budget = resources.path(BudgetsBudget.TF_RESOURCE_TYPE).elements().next();
        assertThat(budget.path("limit_amount").asText()).isEqualTo("1200");
        assertThat(budget.path("notification")).extracting(n -> n.path("notification_type").asText() + "@"
                + n.path("threshold").asInt()).containsExactlyInAnyOrder("ACTUAL@80", "FORECASTED@100");
        JsonNode subscription = resources.path(CeAnomalySubscription.TF_RESOURCE_TYPE).elements().next();
        assertThat(subscription.path("subscriber").path(0).path("address").asText())
                .isEqualTo("arn:aws:sns:us-east-1:123456789012:team-alerts");
        assertThat(subscription.path("threshold_expression").path("dimension").path("values").path(0).asText())
                .isEqualTo("40");
    }

    @Test
    void refusesNoTagsAndABudgetOfZero() {
        assertThatThrownBy(() -> props().costAllocationTagKeys(List.of()).build())
                .hasMessageContaining("at least one cost-allocation tag key");
        assertThatThrownBy(() -> props().monthlyBudgetUsd(BigDecimal.ZERO).build())
                .hasMessageContaining("monthlyBudgetUsd must be above 0");
    }
}
