package com.haevn.validate.rules.secrets;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-SEC-002: rotation happens at least every 90 days. */
public final class RotationIntervalRule extends ResourceRule {

    public static final int MAXIMUM_DAYS = 90;

    public static final RuleInfo INFO = new RuleInfo("HVN-SEC-002", Severity.ERROR,
            "Secret rotation runs at least every " + MAXIMUM_DAYS + " days",
            "The platform's rotation period is 90 days; a longer interval extends how long a leaked secret works.",
            "Set rotation_rules { automatically_after_days = 90 } (or a schedule_expression at least as frequent).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_secretsmanager_secret_rotation");
    }

    @Override
    protected List<Finding> check(Resource rotation, RuleContext context) {
        Attr days = rotation.attr("rotation_rules.automatically_after_days");
        Attr schedule = rotation.attr("rotation_rules.schedule_expression");
        if (days.isUnknown() || schedule.isUnknown() || rotation.attr("rotation_rules").isUnknown()) {
            return List.of();
        }
        if (schedule.isSet()) {
            return checkSchedule(rotation, schedule, context);
        }
        if (days.number().filter(d -> d >= 1 && d <= MAXIMUM_DAYS).isPresent()) {
            return List.of();
        }
        return List.of(context.finding(INFO, rotation, days.isSet() ? days : rotation.attr("rotation_rules"),
                rotation.address() + " has rotation_rules.automatically_after_days " + days.display()
                        + " and no schedule_expression, expected at most " + MAXIMUM_DAYS + " days"));
    }

    private static List<Finding> checkSchedule(Resource rotation, Attr schedule, RuleContext context) {
        ScheduleExpression.Period period = ScheduleExpression.of(schedule.text().orElse(""));
        String problem = null; // a cron form not evaluated here (Unsupported) is not judged
        if (period instanceof ScheduleExpression.Days d && d.days() > MAXIMUM_DAYS) {
            problem = "runs up to " + d.days() + " days apart";
        } else if (period instanceof ScheduleExpression.Never) {
            problem = "stops running (a fixed year, or no matching day)";
        } else if (period instanceof ScheduleExpression.Invalid i) {
            problem = "cannot be read: " + i.why();
        }
        if (problem == null) {
            return List.of();
        }
        return List.of(context.finding(INFO, rotation, schedule, rotation.address()
                + " has rotation_rules.schedule_expression " + schedule.display() + ", which " + problem
                + "; expected at most " + MAXIMUM_DAYS + " days between rotations"));
    }
}
