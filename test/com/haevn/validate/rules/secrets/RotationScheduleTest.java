package com.haevn.validate.rules.secrets;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HVN-SEC-002 reads schedule_expression: rate() and cron() periods over 90 days are refused. */
class RotationScheduleTest {

    private static List<Finding> findings(String schedule) {
        return Inputs.findings(new RotationIntervalRule(), Inputs.terraform("""
                {"resource": {"aws_secretsmanager_secret_rotation": {"r": {"secret_id": "x",
                  "rotation_lambda_arn": "arn:aws:lambda:us-east-1:1:function:r",
                  "rotation_rules": {"schedule_expression": "%s"}}}}}
                """.formatted(schedule)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate(90 days)", "rate(1 day)", "rate(12 hours)", "cron(0 4 1 * ? *)",
            "cron(0 16 ? * SUN *)", "cron(0 0 ? * 2#1 *)", "cron(0 8 L * ? *)", "cron(0 0 15W 1-12 ? *)",
            "cron(0 0 1 1,3,5,7,9,11 ? *)", "${var.schedule}"})
    void should_accept_schedules_running_at_least_every_90_days(String schedule) {
        assertThat(findings(schedule)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate(180 days)", "rate(91 days)", "rate(2400 hours)", "cron(0 0 1 1,4,7,10 ? *)",
            "cron(0 0 1 JAN ? *)", "cron(0 0 1 1 ? 2027)", "every 30 days", "cron(0 0 1 *)"})
    void should_refuse_schedules_that_run_less_often_or_cannot_be_read(String schedule) {
        assertThat(findings(schedule)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("schedule_expression").contains(schedule));
    }
}
