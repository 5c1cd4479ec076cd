package com.haevn.validate.config;

import com.haevn.validate.Documents;
import com.haevn.validate.core.LoadedDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RootConfigurationsTest {

    private static LoadedDocument file(String path, String json) {
        return Documents.parse(path, json);
    }

    @Test
    void should_detect_roots_from_providers_backends_cdktf_stacks_and_plans() {
        RootConfigurations detect = RootConfigurations.detect();

        assertThat(detect.isRoot(file("a/main.tf.json", "{\"provider\": {\"aws\": [{\"region\": \"us-east-1\"}]}}")))
                .isTrue();
        assertThat(detect.isRoot(file("a/versions.tf.json", "{\"terraform\": {\"backend\": {\"s3\": {}}}}")))
                .isTrue();
        assertThat(detect.isRoot(file("a/versions.tf.json", "{\"terraform\": [{\"cloud\": {}}]}"))).isTrue();
        assertThat(detect.isRoot(file("cdktf.out/stacks/dev-use1-network/cdk.tf.json", "{}"))).isTrue();
        assertThat(detect.isRoot(file("plan.json", "{\"format_version\": \"1.2\", \"planned_values\": {}}")))
                .isTrue();
    }

    @Test
    void should_take_a_module_without_provider_or_backend_for_a_child_module() {
        RootConfigurations detect = RootConfigurations.detect();

        assertThat(detect.isRoot(file("modules/alb/versions.tf.json",
                "{\"terraform\": {\"required_providers\": {\"aws\": {\"source\": \"hashicorp/aws\"}}}}"))).isFalse();
        assertThat(detect.isRoot(file("modules/alb/main.tf.json",
                "{\"provider\": {\"//\": \"no provider configured\"}, \"resource\": {}}"))).isFalse();
    }

    @Test
    void should_let_given_paths_decide_the_deepest_first() {
        RootConfigurations given = RootConfigurations.given(List.of(Path.of("live"), Path.of("live/shared/x")),
                List.of(Path.of("live/shared")));
        String module = "{\"resource\": {}}";
        String root = "{\"provider\": {\"aws\": {}}}";

        assertThat(given.isRoot(file("live/app/main.tf.json", module))).isTrue();
        assertThat(given.isRoot(file("live/shared/main.tf.json", root))).isFalse();
        assertThat(given.isRoot(file("live/shared/x/main.tf.json", module))).isTrue();
        assertThat(given.isRoot(file("elsewhere/main.tf.json", root))).isTrue();
        assertThat(given.isRoot(file("elsewhere/main.tf.json", module))).isFalse();
    }
}
