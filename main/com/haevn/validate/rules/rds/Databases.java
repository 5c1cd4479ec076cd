package com.haevn.validate.rules.rds;

import com.haevn.validate.rules.model.Resource;

/** Facts about RDS/Aurora resources several rules share. */
final class Databases {

    private Databases() {
    }

    /** A read replica inherits encryption, backups and placement choices from its source. */
    static boolean isReadReplica(Resource resource) {
        return resource.attr("replicate_source_db").isSet();
    }

    /** Aurora Serverless v1 is always encrypted and has no instances to place. */
    static boolean isServerlessV1(Resource resource) {
        return resource.attr("engine_mode").text().filter("serverless"::equals).isPresent();
    }

    /** Whether the engine or engine mode is an expression: the rules that depend on them cannot tell. */
    static boolean engineUnknown(Resource resource) {
        return resource.attr("engine").isUnknown() || resource.attr("engine_mode").isUnknown();
    }
}
