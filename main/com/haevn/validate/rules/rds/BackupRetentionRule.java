package com.haevn.validate.rules.rds;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-RDS-003: automated backups are kept 35 days. */
public final class BackupRetentionRule extends ResourceRule {

    /** The platform keeps nightly snapshots 35 days (also the RDS maximum). */
    public static final int MINIMUM_DAYS = 35;

    public static final RuleInfo INFO = new RuleInfo("HVN-RDS-003", Severity.ERROR,
            "RDS instances and Aurora clusters keep automated backups " + MINIMUM_DAYS + " days",
            "The backup policy retains database snapshots 35 days; a shorter retention silently shrinks the "
                    + "window in which data can be restored.",
            "Set backup_retention_period = " + MINIMUM_DAYS + ".");

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
        if (Databases.isReadReplica(database)) {
            return List.of();
        }
        Attr retention = database.attr("backup_retention_period");
        if (retention.isUnknown() || retention.number().filter(days -> days >= MINIMUM_DAYS).isPresent()) {
            return List.of();
        }
        String received = retention.isAbsent() ? "not set (AWS default: 1 day)" : retention.display();
        return List.of(context.finding(INFO, database, retention, database.address()
                + " has backup_retention_period " + received + ", expected at least " + MINIMUM_DAYS));
    }
}
