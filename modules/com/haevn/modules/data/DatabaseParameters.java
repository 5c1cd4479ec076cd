package com.haevn.modules.data;

import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroup;
import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroupParameter;
import com.hashicorp.cdktf.providers.aws.rds_cluster_parameter_group.RdsClusterParameterGroup;
import com.hashicorp.cdktf.providers.aws.rds_cluster_parameter_group.RdsClusterParameterGroupParameter;

import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PostgreSQL parameters every database of the platform runs with: TLS is required ({@code rds.force_ssl = 1}:
 * plain-text connections are refused) and statements slower than the configured threshold are logged
 * ({@code log_min_duration_statement}, exported to CloudWatch Logs with the {@code postgresql} log). Aurora takes
 * them in a cluster parameter group, an RDS instance in a DB parameter group.
 */
public final class DatabaseParameters {

    private DatabaseParameters() {
    }

    /** The parameters by name, in the order they are written. */
    public static Map<String, String> values(DatabaseProps props) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("rds.force_ssl", "1");
        values.put("log_min_duration_statement", Integer.toString(props.slowStatementMilliseconds()));
        return values;
    }

    public static RdsClusterParameterGroup cluster(Construct scope, String id, DatabaseProps props) {
        return RdsClusterParameterGroup.Builder.create(scope, id)
                .name(props.name())
                .family(props.parameterGroupFamily())
                .description("TLS only, slow statements logged: " + props.name())
                .parameter(values(props).entrySet().stream().map(p -> RdsClusterParameterGroupParameter.builder()
                        .name(p.getKey()).value(p.getValue()).applyMethod("pending-reboot").build()).toList())
                .build();
    }

    public static DbParameterGroup instance(Construct scope, String id, DatabaseProps props) {
        return DbParameterGroup.Builder.create(scope, id)
                .name(props.name())
                .family(props.parameterGroupFamily())
                .description("TLS only, slow statements logged: " + props.name())
                .parameter(values(props).entrySet().stream().map(p -> DbParameterGroupParameter.builder()
                        .name(p.getKey()).value(p.getValue()).applyMethod("pending-reboot").build()).toList())
                .build();
    }
}
