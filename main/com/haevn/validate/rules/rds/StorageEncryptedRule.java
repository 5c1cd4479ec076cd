package com.haevn.validate.rules.rds;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-RDS-001: database storage is encrypted. */
public final class StorageEncryptedRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-RDS-001", Severity.ERROR,
            "RDS instances and Aurora clusters encrypt their storage",
            "The core database holds customer data; encryption at rest cannot be turned on later without a "
                    + "snapshot-restore migration, so it must be right at creation.",
            "Set storage_encrypted = true (and kms_key_id to the data layer's KMS key).");

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
        if (Databases.isReadReplica(database) || Databases.isServerlessV1(database)
                || (database.attr("engine_mode").isUnknown() && !database.attr("storage_encrypted").isTrue())) {
            return List.of();
        }
        Attr encrypted = database.attr("storage_encrypted");
        if (encrypted.isUnknown() || encrypted.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, database, encrypted,
                database.address() + " has storage_encrypted " + encrypted.display() + ", expected true"));
    }
}
