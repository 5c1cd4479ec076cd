package com.haevn.modules.data;

import com.haevn.modules.runtime.EncryptionKey;
import com.hashicorp.cdktf.Token;
import software.constructs.Construct;

import java.util.List;
import java.util.Optional;

/**
 * The core PostgreSQL database of one region: a customer-managed KMS key (rotation on) for storage, Performance
 * Insights and an RDS-managed master secret; the private network ({@link DatabaseNetwork}); the enhanced-monitoring
 * role; and either an Aurora Serverless v2 cluster ({@link AuroraCluster}, possibly in a global database) or an RDS
 * Multi-AZ instance ({@link MultiAzInstance}), as {@link DatabaseProps#engine()} says.
 */
public class Database extends Construct {

    private final EncryptionKey key;
    private final DatabaseNetwork network;
    private final Optional<AuroraCluster> aurora;
    private final Optional<MultiAzInstance> instance;
    private final String globalClusterId;

    public Database(Construct scope, String id, DatabaseProps props) {
        super(scope, id);
        key = new EncryptionKey(this, "key", props.name() + "-db", props.accountId(),
                "Storage, Performance Insights and master secret of " + props.name(), List.of());
        network = new DatabaseNetwork(this, "network", props);
        MonitoringRole monitoring = new MonitoringRole(this, "monitoring", props);
        if (props.engine() instanceof AuroraServerlessV2 sizes) {
            aurora = Optional.of(new AuroraCluster(this, "aurora", props, sizes, key, network, monitoring));
            instance = Optional.empty();
        } else {
            aurora = Optional.empty();
            instance = Optional.of(new MultiAzInstance(this, "rds", props, (RdsMultiAz) props.engine(), key, network,
                    monitoring));
        }
        globalClusterId = switch (props.globalRole()) {
            case PRIMARY -> aurora.orElseThrow().globalCluster().orElseThrow().getId();
            case SECONDARY -> props.globalClusterIdentifier();
            case NONE -> "";
        };
    }

    public EncryptionKey key() {
        return key;
    }

    public DatabaseNetwork network() {
        return network;
    }

    /** The Aurora cluster, when the engine is Aurora. */
    public Optional<AuroraCluster> aurora() {
        return aurora;
    }

    /** The RDS instance, when the engine is RDS Multi-AZ. */
    public Optional<MultiAzInstance> instance() {
        return instance;
    }

    /** The cluster's or instance's identifier. */
    public String identifier() {
        return aurora.map(a -> a.cluster().getClusterIdentifier()).orElseGet(() -> instance.orElseThrow().instance().getIdentifier());
    }

    public String arn() {
        return aurora.map(a -> a.cluster().getArn()).orElseGet(() -> instance.orElseThrow().instance().getArn());
    }

    /** The writer's host name. */
    public String writerEndpoint() {
        return aurora.map(a -> a.cluster().getEndpoint()).orElseGet(() -> instance.orElseThrow().instance().getAddress());
    }

    /** Aurora's reader endpoint; an RDS Multi-AZ standby serves no reads, so there it is the writer's host. */
    public String readerEndpoint() {
        return aurora.map(a -> a.cluster().getReaderEndpoint()).orElseGet(() -> instance.orElseThrow().instance().getAddress());
    }

    /** The global database's id; empty text when the database is in none. */
    public String globalClusterId() {
        return globalClusterId;
    }

    public String port() {
        return Token.asString(aurora.map(a -> a.cluster().getPort()).orElseGet(() -> instance.orElseThrow().instance().getPort()));
    }
}
