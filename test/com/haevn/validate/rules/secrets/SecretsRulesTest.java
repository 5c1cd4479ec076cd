package com.haevn.validate.rules.secrets;

import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsRulesTest {

    @Test
    void should_accept_a_secret_rotating_every_90_days() {
        String json = """
                {"resource": {"aws_secretsmanager_secret": {"db": {"name": "core-db"}},
                  "aws_secretsmanager_secret_rotation": {"db": {"secret_id": "${aws_secretsmanager_secret.db.id}",
                    "rotation_lambda_arn": "${aws_lambda_function.r.arn}",
                    "rotation_rules": {"automatically_after_days": 90}}}}}
                """;

        assertThat(Inputs.run(new SecretRotationRule(), Inputs.terraform(json)).compliant()).isTrue();
        assertThat(Inputs.run(new RotationIntervalRule(), Inputs.terraform(json)).compliant()).isTrue();
    }

    @Test
    void should_report_a_secret_without_rotation_and_a_rotation_too_rare() {
        String json = """
                {"resource": {"aws_secretsmanager_secret": {"db": {}, "api": {}},
                  "aws_secretsmanager_secret_rotation": {"db": {"secret_id": "${aws_secretsmanager_secret.db.id}",
                    "rotation_rules": [{"automatically_after_days": 180}]}}}}
                """;

        assertThat(Inputs.findings(new SecretRotationRule(), Inputs.terraform(json))).singleElement()
                .satisfies(f -> assertThat(f.address()).isEqualTo("aws_secretsmanager_secret.api"));
        assertThat(Inputs.findings(new RotationIntervalRule(), Inputs.terraform(json))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("automatically_after_days 180"));
    }

    @Test
    void should_accept_a_schedule_expression() {
        assertThat(Inputs.findings(new RotationIntervalRule(), Inputs.terraform("""
                {"resource": {"aws_secretsmanager_secret_rotation": {"r": {"secret_id": "x",
                  "rotation_rules": {"schedule_expression": "rate(30 days)"}}}}}
                """))).isEmpty();
    }
}
