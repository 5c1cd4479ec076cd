package com.haevn.validate.rules.rds;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-RDS-002: databases cannot be deleted by accident. */
public final class DeletionProtectionRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-RDS-002", Severity.ERROR,
            "RDS instances and Aurora clusters have deletion protection",
            "Every change must be revertible in under 10 minutes; a deleted database is not. Deletion protection "
                    + "makes a destroy or replace fail instead of losing data.",
            "Set deletion_protection = true.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_db_instance", "aws_rds_cluster");
    }

    @Override
    protected List<Finding> check(Resource database, RuleContext context) {
        Attr protection = database.attr("deletion_protection");
        if (protection.isUnknown() || protection.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, database, protection,
                database.address() + " has deletion_protection " + protection.display() + ", expected true"));
    }
}
