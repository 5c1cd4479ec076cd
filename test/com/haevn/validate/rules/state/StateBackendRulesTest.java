package com.haevn.validate.rules.state;

import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StateBackendRulesTest {

    @Test
    void should_accept_an_encrypted_locked_s3_backend() {
        String json = """
                {"terraform": {"backend": {"s3": {"bucket": "haevn-state", "key": "prod-use1-data.tfstate",
                  "encrypt": true, "dynamodb_table": "haevn-locks"}}},
                 "resource": {"aws_sqs_queue": {"q": {}}}}
                """;

        assertThat(Inputs.run(new StateEncryptionRule(), Inputs.terraform(json)).compliant()).isTrue();
        assertThat(Inputs.run(new StateLockingRule(), Inputs.terraform(json)).compliant()).isTrue();
        assertThat(Inputs.run(new RemoteStateRule(), Inputs.terraform(json)).compliant()).isTrue();
    }

    @Test
    void should_report_an_unencrypted_unlocked_backend() {
        String json = """
                {"terraform": [{"backend": [{"s3": [{"bucket": "b", "key": "k"}]}]}]}
                """;

        assertThat(Inputs.findings(new StateEncryptionRule(), Inputs.terraform(json))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("terraform.backend.s3 has encrypt not set, expected true"));
        assertThat(Inputs.findings(new StateLockingRule(), Inputs.terraform(json))).hasSize(1);
        assertThat(Inputs.run(new StateLockingRule(), Inputs.terraform("""
                {"terraform": {"backend": {"s3": {"encrypt": true, "use_lockfile": true}}}}
                """)).compliant()).isTrue();
    }

    @Test
    void should_warn_about_local_state_only_in_root_configurations() {
        assertThat(Inputs.findings(new RemoteStateRule(), Inputs.terraform("""
                {"terraform": {"required_providers": {"aws": {"source": "aws"}}}, "resource": {"aws_sqs_queue": {"q": {}}}}
                """))).hasSize(1);
        assertThat(Inputs.run(new RemoteStateRule(), Inputs.terraform("""
                {"resource": {"aws_sqs_queue": {"q": {}}}}
                """)).applicable()).isFalse();
    }
}
