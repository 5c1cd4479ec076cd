package com.haevn.validate.rules.rds;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-RDS-005: database instances are not reachable from the internet. */
public final class PubliclyAccessibleRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-RDS-005", Severity.ERROR,
            "Database instances are not publicly accessible",
            "The data layer lives in private subnets and is reached only from EKS; a public endpoint exposes the "
                    + "database to credential stuffing and exploits from the whole internet.",
            "Remove publicly_accessible or set it to false; reach the database from inside the VPC.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_db_instance", "aws_rds_cluster_instance");
    }

    @Override
    protected List<Finding> check(Resource instance, RuleContext context) {
        Attr exposed = instance.attr("publicly_accessible");
        if (!exposed.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, instance, exposed,
                instance.address() + " has publicly_accessible " + exposed.display() + ", expected false"));
    }
}
