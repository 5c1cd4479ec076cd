package com.haevn.validate.rules.dynamodb;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-DDB-001: DynamoDB tables have point-in-time recovery. */
public final class PointInTimeRecoveryRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-DDB-001", Severity.ERROR,
            "DynamoDB tables have point-in-time recovery enabled",
            "Point-in-time recovery is the only way back from a bad write or delete (35 days, to the second); "
                    + "the state lock table and any data table need it.",
            "Add point_in_time_recovery { enabled = true }.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_dynamodb_table");
    }

    @Override
    protected List<Finding> check(Resource table, RuleContext context) {
        Attr enabled = table.attr("point_in_time_recovery.enabled");
        if (enabled.isUnknown() || enabled.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, table, enabled, table.address()
                + " has point_in_time_recovery.enabled " + enabled.display() + ", expected true"));
    }
}
