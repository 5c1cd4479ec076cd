package com.haevn.layers.secrets;

import com.haevn.environment.Environment;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.network.NetworkExports;
import com.haevn.layers.runtime.RuntimeExports;
import com.haevn.modules.secrets.ApplicationSecrets;
import com.haevn.modules.secrets.ApplicationSecretsProps;
import com.haevn.modules.secrets.ReplicaRegion;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunction;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecret;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One stack per environment ({@code <env>-global-secrets}), in the primary region: the application secrets of the
 * {@code secrets} section, named {@code haevn/<env>/<name>}, under the layer's key there, each replicated into
 * every other region of the environment under a key there that this stack creates through that region's aliased
 * provider; their rotation functions in the primary region's private subnets; and the Secrets Manager endpoint that
 * admits them and the runtime's nodes. Publishes {@link SecretsExports}. Secrets have one source of truth, so they
 * are written in one region and read everywhere (docs/secrets.md).
 */
public final class SecretsLayer implements Layer {

    public static final String NAME = "secrets";
    /** The {@code secrets} section of the environment files. */
    public static final SettingsSection<SecretsSettings> SETTINGS = new SecretsSettingsSection();
    /** The folder of the generated secrets' rotation function, from the repository root. */
    static final Path FUNCTION_SOURCE = Path.of("functions", "secret-rotation");
    /** Where the function's zip is built before synth copies it into the stack's assets. */
    static final Path PACKAGE_DIRECTORY = Path.of("target", "function-packages");

    static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    static final Import<RuntimeExports> RUNTIME = Import.sameRegion(RuntimeExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.GLOBAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(NETWORK, RUNTIME);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        SecretsSettings settings = environment.settings(SETTINGS);
        NetworkExports network = exports.read(NETWORK);
        RuntimeExports runtime = exports.read(RUNTIME);
        List<ReplicaRegion> replicas = environment.regions().stream()
                .filter(region -> !region.equals(stack.region()))
                .map(region -> new ReplicaRegion(region.region().name(), stack.awsProviderFor(region)))
                .toList();
        ApplicationSecrets secrets = new ApplicationSecrets(stack, "secrets", ApplicationSecretsProps.builder()
                .resourcePrefix("haevn-" + environment.name())
                .secretNamePrefix(secretNamePrefix(environment.name()))
                .accountId(environment.accountId())
                .region(stack.region().region().name())
                .vpcId(network.vpcId())
                .privateSubnetIds(network.privateSubnetIds())
                .vpcCidr(stack.region().vpcCidr().toString())
                .clientSecurityGroupIds(List.of(runtime.nodeSecurityGroupId()))
                .secrets(settings.secrets())
                .replicas(replicas)
                .functionSource(FUNCTION_SOURCE)
                .packageDirectory(PACKAGE_DIRECTORY)
                .logRetentionDays(settings.logRetentionDays())
                .databaseRotationVersion(settings.databaseRotationVersion())
                .build());
        exports.publish(SecretsExports.KEY, new SecretsExports(
                secrets.key().getArn(),
                secrets.secrets().values().stream().map(SecretsmanagerSecret::getName).toList(),
                secrets.secrets().values().stream().map(SecretsmanagerSecret::getArn).toList(),
                List.copyOf(secrets.replicaKeys().keySet()),
                secrets.replicaKeys().values().stream().map(KmsKey::getArn).toList(),
                secrets.rotationFunction().map(LambdaFunction::getArn).orElse(""),
                secrets.databaseRotationSecurityGroup().map(SecurityGroup::getId).stream().toList()));
    }

    /** {@code haevn/prod/}: the runtime's external-secrets role reads below it. */
    static String secretNamePrefix(String environment) {
        return "haevn/" + environment + "/";
    }
}
