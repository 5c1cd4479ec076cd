package com.haevn.layers.addons;

import com.haevn.environment.ConfigProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.load;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.staging;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class AddonsSettingsSectionTest {

    private static final String REVIEW_APPS = """
              secret_store_namespaces: [haevn]
              review_apps:
                chart_repository: charts
                chart: haevn
                chart_version: 3.2.0
                image_repository: haevn/app
                service_port: 80
                quota: { cpu: "2", memory: 4Gi, pods: 20 }
            """;

    @Test
    void should_read_the_pinned_charts_and_endpoints_of_the_fixture(@TempDir Path dir) {
        // GIVEN the staging fixture WHEN loading it
        write(dir, "qa.yaml", staging("qa", "10.60.0.0/16"));
        AddonsSettings settings = load(dir).get("qa").settings(AddonsLayer.SETTINGS);
        // THEN the charts are pinned and staging hosts no review apps
        assertThat(settings.charts().loadBalancerController().version()).isEqualTo("1.17.1");
        assertThat(settings.grafanaCloud().traces().url()).isEqualTo("tempo-prod-04-prod-us-east-0.grafana.net:443");
        assertThat(settings.serviceNames()).containsEntry("blue", "haevn-blue").containsEntry("green", "haevn-green");
        assertThat(settings.reviewApps()).isEmpty();
    }

    @Test
    void should_refuse_review_apps_outside_a_development_environment(@TempDir Path dir) {
        // GIVEN a staging environment with review apps
        List<ConfigProblem> problems = problemsOfQa(dir, qaWith("  secret_store_namespaces: [haevn]\n",
                REVIEW_APPS));
        // THEN the tier rule refuses them at the key
        assertOnlyProblem(problems, "qa.yaml", "addons.review_apps", line("secret_store_namespaces") + 1,
                "review apps live only in a development environment (staging runs only reviewed releases); "
                        + "remove review_apps");
    }

    @Test
    void should_read_review_apps_in_a_development_environment(@TempDir Path dir) {
        // GIVEN the fixture as a development environment with review apps
        write(dir, "qa.yaml", qaWith("  secret_store_namespaces: [haevn]\n", REVIEW_APPS)
                .replace("tier: staging", "tier: development"));
        // WHEN loading it THEN the review apps' settings are read
        ReviewAppSettings review = load(dir).get("qa").settings(AddonsLayer.SETTINGS).reviewApps().orElseThrow();
        assertThat(review.chart()).isEqualTo("haevn");
        assertThat(review.quotaMemory()).isEqualTo("4Gi");
        assertThat(review.quotaPods()).isEqualTo(20);
    }

    @Test
    void should_refuse_a_chart_version_range(@TempDir Path dir) {
        // GIVEN a chart "pinned" with a range
        List<ConfigProblem> problems = problemsOfQa(dir, qaWith("chart: aws-load-balancer-controller, version: 1.17.1",
                "chart: aws-load-balancer-controller, version: ^1.17"));
        // THEN it is refused: a plan must never install a new chart by itself
        assertOnlyProblem(problems, "qa.yaml", "addons.charts.load_balancer_controller", line("load_balancer_controller"),
                "chart aws-load-balancer-controller needs an exact version such as 1.17.1, got '^1.17'");
    }

    @Test
    void should_refuse_an_endpoint_without_tls(@TempDir Path dir) {
        // GIVEN Loki's endpoint over plain http
        List<ConfigProblem> problems = problemsOfQa(dir, qaWith("\"https://logs-prod-006.grafana.net/otlp\"",
                "\"http://logs-prod-006.grafana.net/otlp\""));
        // THEN it is refused, since the token travels with every request
        assertOnlyProblem(problems, "qa.yaml", "addons.grafana_cloud.logs.url", line("logs"),
                "an https:// URL is needed (the token must never travel in clear), got "
                        + "http://logs-prod-006.grafana.net/otlp");
    }
}
