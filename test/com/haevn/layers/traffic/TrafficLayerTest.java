package com.haevn.layers.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each environment's traffic stack: the load balancer over its regions' ALBs, the monitor, the proxied records. */
class TrafficLayerTest {

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> list = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(list::add);
        return list;
    }

    @Test
    void should_keep_both_prod_regions_active_behind_one_proxied_load_balancer_with_failover() {
        List<JsonNode> pools = all("prod-global-traffic", "cloudflare_load_balancer_pool");
        assertThat(pools).extracting(p -> p.path("name").asText()).containsExactly("prod-use1", "prod-usw2");
        assertThat(pools).extracting(p -> p.path("origins").get(0).path("address").asText()).containsExactly(
                "${data.terraform_remote_state.remote-state-prod-use1-frontdoor.outputs.load_balancer_dns_name}",
                "${data.terraform_remote_state.remote-state-prod-usw2-frontdoor.outputs.load_balancer_dns_name}");
        JsonNode balancer = all("prod-global-traffic", "cloudflare_load_balancer").get(0);
        assertThat(balancer.path("name").asText()).isEqualTo("haevn.io");
        assertThat(balancer.path("proxied").asBoolean()).isTrue();
        assertThat(balancer.path("steering_policy").asText()).isEqualTo("random");
        assertThat(balancer.path("random_steering").get(0).path("default_weight").asInt()).isEqualTo(1);
        assertThat(balancer.path("default_pool_ids")).hasSize(2);
        assertThat(balancer.path("fallback_pool_id").asText()).contains("pool-prod-use1");
        assertThat(all("prod-global-traffic", "cloudflare_record")).extracting(r -> r.path("name").asText() + " "
                + r.path("value").asText() + " " + r.path("proxied").asBoolean())
                .containsExactlyInAnyOrder("www.haevn.io haevn.io true", "api.haevn.io haevn.io true");
    }

    @Test
    void should_probe_every_pool_over_https_with_the_origin_header_and_the_host() {
        JsonNode monitor = all("prod-global-traffic", "cloudflare_load_balancer_monitor").get(0);
        assertThat(monitor.path("type").asText()).isEqualTo("https");
        assertThat(monitor.path("path").asText()).isEqualTo("/healthz");
        assertThat(monitor.path("expected_codes").asText()).isEqualTo("200");
        assertThat(monitor.path("interval").asInt()).isEqualTo(15);
        assertThat(monitor.path("allow_insecure").asBoolean(true)).isFalse();
        assertThat(monitor.path("header").toString()).contains("\"header\":\"Host\",\"values\":[\"haevn.io\"]")
                .contains("\"header\":\"X-Haevn-Origin-Verify\",\"values\":[\"${var.origin_header_secret}\"]");
        assertThat(all("prod-global-traffic", "cloudflare_load_balancer_pool"))
                .allSatisfy(pool -> assertThat(pool.path("monitor").asText()).contains("cloudflare_load_balancer_monitor"));
    }

    @Test
    void should_give_single_region_environments_one_pool_without_steering() {
        for (String environment : List.of("dev")) {
            String stack = environment + "-global-traffic";
            assertThat(all(stack, "cloudflare_load_balancer_pool")).hasSize(1);
            JsonNode balancer = all(stack, "cloudflare_load_balancer").get(0);
            assertThat(balancer.path("name").asText()).isEqualTo("dev.haevn.io");
            assertThat(balancer.path("steering_policy").asText()).isEqualTo("off");
            assertThat(all(stack, "cloudflare_record")).as("the review apps' pattern gets no record").isEmpty();
        }
        assertThat(all("staging-global-traffic", "cloudflare_load_balancer_pool")).hasSize(2);
    }
}
