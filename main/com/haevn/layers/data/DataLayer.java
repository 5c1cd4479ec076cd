package com.haevn.layers.data;

import com.haevn.environment.Environment;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.network.NetworkExports;
import com.haevn.layers.runtime.RuntimeExports;
import com.haevn.layers.secrets.SecretsExports;
import com.haevn.layers.secrets.SecretsLayer;
import com.haevn.modules.data.AuroraServerlessV2;
import com.haevn.modules.data.Database;
import com.haevn.modules.data.DatabaseProps;
import com.haevn.modules.data.GlobalRole;
import com.haevn.modules.secrets.SecretSpec;
import com.haevn.modules.validation.Suppressions;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.Token;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;

import java.util.List;
import java.util.Optional;

/**
 * Per environment and region: the core PostgreSQL database of the {@code data} section, in the region's private
 * subnets, open to the runtime's nodes only. In an environment with two regions the database is an Aurora global
 * database: the first region's stack creates it with the first writer (initial master password from the sensitive
 * variable {@value MasterPassword#VARIABLE}), the other region's stack reads its id from the first region's exports
 * (the one-way join of {@link #FIRST}) and adds a secondary; every member forwards writes while it is a secondary.
 * The creator stays in the first region whatever {@code primary_region} says, so a switchover of the writer
 * (docs/runbook-region-switch.md) changes no configuration here. With one region (dev) RDS
 * manages the master password. In the primary region the database also admits the secrets layer's database
 * rotation function, which rotates its users' secrets against the writer ({@link #SECRETS}). Publishes
 * {@link DataExports}.
 */
public final class DataLayer implements Layer {

    public static final String NAME = "data";
    /** The {@code data} section of the environment files. */
    public static final SettingsSection<DataSettings> SETTINGS = new DataSettingsSection();

    static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    static final Import<RuntimeExports> RUNTIME = Import.sameRegion(RuntimeExports.KEY);
    /** The global cluster id, created by the first region's stack and read by the others. */
    static final Import<DataExports> FIRST = Import.firstRegion(DataExports.KEY);
    /** The database rotation function's security group, admitted by the primary region's database only. */
    static final Import<SecretsExports> SECRETS = Import.global(SecretsExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(NETWORK, RUNTIME, FIRST, SECRETS);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        DataSettings settings = environment.settings(SETTINGS);
        NetworkExports network = exports.read(NETWORK);
        DatabaseProps.Builder props = DatabaseProps.builder()
                .name("haevn-" + environment.name() + "-" + stack.region().region().shortCode() + "-core")
                .accountId(environment.accountId())
                .engine(settings.engine())
                .postgresVersion(settings.postgresVersion())
                .vpcId(network.vpcId())
                .subnetIds(network.privateSubnetIds())
                .availabilityZones(stack.region().availabilityZones())
                .clientSecurityGroupId(exports.read(RUNTIME).nodeSecurityGroupId())
                .preferredBackupWindow(settings.backupWindow())
                .slowStatementMilliseconds(settings.slowStatementMilliseconds());
        GlobalRole role = globalRole(stack);
        switch (role) {
            case PRIMARY -> props.global(role, "haevn-" + environment.name() + "-core")
                    .masterPassword(MasterPassword.declare(stack));
            case SECONDARY -> props.global(role, exports.read(FIRST).globalClusterId());
            case NONE -> { }
        }
        DatabaseProps databaseProps = props.build();
        Database database = new Database(stack, "database", databaseProps);
        if (stack.region().equals(environment.primaryRegion()) && declaresDatabaseUser(environment)) {
            admitDatabaseRotation(stack, database, databaseProps.port(), exports.read(SECRETS));
        }
        suppressTierRelaxations(database, settings, environment);
        exports.publish(DataExports.KEY, new DataExports(
                database.identifier(),
                database.arn(),
                database.writerEndpoint(),
                database.readerEndpoint(),
                database.port(),
                database.network().securityGroup().getId(),
                database.globalClusterId(),
                database.key().arn()));
    }

    private static boolean declaresDatabaseUser(Environment environment) {
        return environment.settings(SecretsLayer.SETTINGS).secrets().stream()
                .anyMatch(secret -> secret instanceof SecretSpec.DatabaseUser);
    }

    /**
     * The rotation function of the database users' secrets runs in the primary region's private subnets and connects
     * to the writer: its group (the only entry of the export's list when a database-user secret exists) is admitted
     * on the database's port.
     */
    private static void admitDatabaseRotation(PlatformStack stack, Database database, int port,
                                              SecretsExports secrets) {
        VpcSecurityGroupIngressRule.Builder.create(stack, "database-from-rotation")
                .securityGroupId(database.network().securityGroup().getId())
                .referencedSecurityGroupId(Token.asString(Fn.element(secrets.databaseRotationSecurityGroupIds(), 0)))
                .ipProtocol("tcp")
                .fromPort(port)
                .toPort(port)
                .description("PostgreSQL from the secrets layer's database rotation function")
                .build();
    }

    /** Two regions: a global database created by the environment's first region; one region: none. */
    private static GlobalRole globalRole(PlatformStack stack) {
        if (stack.environment().regions().size() == 1) {
            return GlobalRole.NONE;
        }
        return stack.region().equals(stack.environment().regions().get(0)) ? GlobalRole.PRIMARY : GlobalRole.SECONDARY;
    }

    /**
     * What the development tier may relax, and only there (the settings section refuses it elsewhere): a writer
     * without readers, and a database of a single-region environment.
     */
    private static void suppressTierRelaxations(Database database, DataSettings settings, Environment environment) {
        if (environment.tier().requiresHighAvailability()) {
            return;
        }
        TerraformResource resource = database.aurora().<TerraformResource>map(aurora -> aurora.cluster())
                .orElseGet(() -> database.instance().orElseThrow().instance());
        if (settings.engine() instanceof AuroraServerlessV2 aurora && aurora.readers() == 0) {
            Suppressions.suppress(resource, "HVN-RDS-004", "development tier: the writer alone, no reader in another "
                    + "AZ (data.engine readers: 0, which staging and production refuse); losing its AZ stops the "
                    + "database until Aurora recreates the instance elsewhere, acceptable for review apps");
        }
        if (environment.regions().size() == 1) {
            Suppressions.suppress(resource, "HVN-DR-001", "development tier, one region by the environment model: "
                    + "no cross-region copy; the database is protected by its 35-day automated backups only, and "
                    + "dev holds no customer data");
        }
    }
}
