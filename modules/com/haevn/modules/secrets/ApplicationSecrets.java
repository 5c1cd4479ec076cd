package com.haevn.modules.secrets;

import com.haevn.modules.validation.Suppressions;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunction;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecret;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecretReplica;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret_rotation.SecretsmanagerSecretRotation;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret_rotation.SecretsmanagerSecretRotationRotationRules;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The application secrets of one environment, in one region with replicas in the others: each secret encrypted
 * with the region's customer-managed key ({@link SecretsKey}) and replicated into every {@link ReplicaRegion} under
 * that region's key; {@link SecretSpec.Generated} secrets rotated by this repository's function
 * ({@link RotationFunction}), which gives them their first value right after creation;
 * {@link SecretSpec.DatabaseUser} secrets by AWS's PostgreSQL single-user rotation ({@link DatabaseUserRotation});
 * {@link SecretSpec.External} secrets not at all, with the validator told who rotates them and why. The functions
 * and the runtime reach Secrets Manager through an interface endpoint ({@link SecretsEndpoint}).
 *
 * <p>No secret value is written here: there is no {@code aws_secretsmanager_secret_version}, so no value reaches
 * the configuration or the state.
 */
public class ApplicationSecrets extends Construct {

    /** rotate_immediately is newer than the 5.23.1 bindings: the pinned 5.100.0 provider has it. */
    static final String NEWER_PROVIDER = "rotate_immediately is not in the 5.23.1 provider bindings; the pinned AWS "
            + "provider 5.100.0 that plans and deploys run with has it, and the offline plan checks it";

    private final KmsKey key;
    private final Map<String, KmsKey> replicaKeys = new LinkedHashMap<>();
    private final Map<String, SecretsmanagerSecret> secrets = new LinkedHashMap<>();
    private final SecretsEndpoint endpoint;
    private final RotationFunction rotationFunction;
    private final DatabaseUserRotation databaseRotation;

    public ApplicationSecrets(Construct scope, String id, ApplicationSecretsProps props) {
        super(scope, id);
        key = new SecretsKey(this, "key", props, props.region(), null, props.rotationLogGroupName()).key();
        List<SecretsmanagerSecretReplica> replicas = new ArrayList<>();
        for (ReplicaRegion replica : props.replicas()) {
            KmsKey replicaKey = new SecretsKey(this, "key-" + replica.region(), props, replica.region(),
                    replica.provider(), null).key();
            replicaKeys.put(replica.region(), replicaKey);
            replicas.add(SecretsmanagerSecretReplica.builder()
                    .region(replica.region())
                    .kmsKeyId(replicaKey.getArn())
                    .build());
        }
        for (SecretSpec spec : props.secrets()) {
            secrets.put(spec.name(), SecretsmanagerSecret.Builder.create(this, "secret-" + constructId(spec))
                    .name(props.secretName(spec))
                    .description(description(spec))
                    .kmsKeyId(key.getArn())
                    .recoveryWindowInDays(props.recoveryWindowDays())
                    .replica(replicas)
                    .forceOverwriteReplicaSecret(false)
                    .tags(tags(spec))
                    .build());
        }

        endpoint = new SecretsEndpoint(this, "endpoint", props);
        List<String> allKeys = new ArrayList<>(List.of(key.getArn()));
        replicaKeys.values().forEach(k -> allKeys.add(k.getArn()));

        List<SecretSpec.Generated> generated = props.secretsOfKind(SecretSpec.Generated.class);
        rotationFunction = generated.isEmpty() ? null : new RotationFunction(this, "rotation", props,
                generated.stream().map(s -> secrets.get(s.name()).getArn()).toList(), allKeys, key.getArn(),
                endpoint.securityGroup().getId());
        if (rotationFunction != null) {
            var admitted = endpoint.admit("rotation", rotationFunction.securityGroup().getId(),
                    "the secret rotation function");
            for (SecretSpec.Generated spec : generated) {
                SecretsmanagerSecret secret = secrets.get(spec.name());
                var permission = rotationFunction.allowRotationOf(constructId(spec), secret.getArn(),
                        props.accountId());
                // the first rotation runs at creation: the function must be allowed in and able to reach the endpoint
                rotation(spec, secret, rotationFunction.function().getArn(), spec.rotationDays(), true,
                        List.of(permission, endpoint.endpoint(), admitted));
            }
        }

        List<SecretSpec.DatabaseUser> databaseUsers = props.secretsOfKind(SecretSpec.DatabaseUser.class);
        databaseRotation = databaseUsers.isEmpty() ? null : new DatabaseUserRotation(this, "database-rotation",
                props, key.getArn(), endpoint.securityGroup().getId());
        if (databaseRotation != null) {
            endpoint.admit("database-rotation", databaseRotation.securityGroup().getId(),
                    "the database rotation function");
            // the database may not exist yet when the secret does: rotation starts on schedule, not at creation
            databaseUsers.forEach(spec -> rotation(spec, secrets.get(spec.name()), databaseRotation.functionArn(),
                    spec.rotationDays(), false, List.of()));
        }

        for (SecretSpec.External spec : props.secretsOfKind(SecretSpec.External.class)) {
            Suppressions.suppress(secrets.get(spec.name()), "HVN-SEC-001", "rotated by its issuer, not here: "
                    + "owner " + spec.owner() + "; " + spec.reason().strip());
        }
        for (int i = 0; i < props.clientSecurityGroupIds().size(); i++) {
            endpoint.admit("client-" + i, props.clientSecurityGroupIds().get(i), "a client of Secrets Manager");
        }
    }

    private SecretsmanagerSecretRotation rotation(SecretSpec spec, SecretsmanagerSecret secret, String functionArn,
                                                  int days, boolean immediately,
                                                  List<ITerraformDependable> after) {
        SecretsmanagerSecretRotation rotation = SecretsmanagerSecretRotation.Builder.create(this,
                        "rotation-" + constructId(spec))
                .secretId(secret.getId())
                .rotationLambdaArn(functionArn)
                .rotationRules(SecretsmanagerSecretRotationRotationRules.builder().automaticallyAfterDays(days).build())
                .dependsOn(after)
                .build();
        rotation.addOverride("rotate_immediately", immediately);
        Suppressions.suppress(rotation, "HVN-TF-103", NEWER_PROVIDER);
        return rotation;
    }

    private static String description(SecretSpec spec) {
        if (spec instanceof SecretSpec.Generated g) {
            return "Generated; rotated every " + g.rotationDays() + " days by the secret rotation function";
        }
        if (spec instanceof SecretSpec.DatabaseUser d) {
            return "Credentials of database user " + d.username() + "; rotated every " + d.rotationDays()
                    + " days by PostgreSQL single-user rotation";
        }
        SecretSpec.External e = (SecretSpec.External) spec;
        return "Issued and rotated outside AWS; owner " + e.owner();
    }

    /** The kind, and what the rotation needs to know of the secret (the generated value's length). */
    private static Map<String, String> tags(SecretSpec spec) {
        Map<String, String> tags = new TreeMap<>();
        if (spec instanceof SecretSpec.Generated g) {
            tags.put("haevn:secret-kind", "generated");
            tags.put("haevn:password-length", Integer.toString(g.passwordLength()));
        } else if (spec instanceof SecretSpec.DatabaseUser d) {
            tags.put("haevn:secret-kind", "database-user");
            tags.put("haevn:database-user", d.username());
        } else {
            tags.put("haevn:secret-kind", "external");
            tags.put("haevn:rotated-by", ((SecretSpec.External) spec).owner());
        }
        return tags;
    }

    /** {@code database/master} -> {@code database-master}. */
    static String constructId(SecretSpec spec) {
        return spec.name().replace('/', '-');
    }

    /** The key of the secrets in their own region. */
    public KmsKey key() {
        return key;
    }

    /** The replicas' keys by region, in the order of the props. */
    public Map<String, KmsKey> replicaKeys() {
        return Collections.unmodifiableMap(replicaKeys);
    }

    /** The secrets by name (below the prefix), in the order of the props. */
    public Map<String, SecretsmanagerSecret> secrets() {
        return Collections.unmodifiableMap(secrets);
    }

    /** The function rotating the generated secrets; empty when there are none. */
    public Optional<LambdaFunction> rotationFunction() {
        return Optional.ofNullable(rotationFunction).map(RotationFunction::function);
    }

    /**
     * The security group of the database rotation function, which the databases must admit on their port; empty
     * when no secret is a database user's.
     */
    public Optional<SecurityGroup> databaseRotationSecurityGroup() {
        return Optional.ofNullable(databaseRotation).map(DatabaseUserRotation::securityGroup);
    }

    /** The Secrets Manager endpoint's security group. */
    public SecurityGroup endpointSecurityGroup() {
        return endpoint.securityGroup();
    }
}
