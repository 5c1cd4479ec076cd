package com.haevn.cli;

import com.haevn.environment.Environments;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.validate.CheckOptions;
import com.haevn.validate.Checks;
import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.suppress.Suppressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Synth judges each environment's stacks by that environment's own recovery_targets, not by copies of the seed. */
class EnvironmentRecoveryTargetsTest {

    private static final String DATABASE_STACK = """
            {"provider": {"aws": [{"region": "us-east-1"}]},
             "resource": {"aws_rds_cluster": {"core": {"engine": "aurora-postgresql"}}}}
            """;

    @Test
    void should_apply_each_environments_targets_to_its_own_stacks_and_the_seed_elsewhere(@TempDir Path temp)
            throws IOException {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        EnvironmentFixtures.write(environments, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16")
                .replace("core_db:        { rpo_seconds: 15, rto_minutes: 60 }",
                        "core_db:        { rpo_seconds: 900, rto_minutes: 240 }"));
        Environments loaded = EnvironmentFixtures.load(environments);
        for (String stack : List.of("qa-use1-data", "other-use1-data")) {
            Path folder = Files.createDirectories(temp.resolve("out/stacks/" + stack));
            Files.writeString(folder.resolve("cdk.tf.json"), DATABASE_STACK);
        }
        Validator validator = new Validator(Checks.all(ProviderSchemas.bundled(), CheckOptions.defaults()
                .withRecoveryTargets(EnvironmentRecoveryTargets.of(loaded.all()))), Suppressions.none());

        List<Finding> findings = validator.validate(List.of(temp.resolve("out"))).findings().stream()
                .filter(f -> f.ruleId().equals("HVN-DR-001")).toList();

        assertThat(findings).extracting(f -> Path.of(f.location().file()).getParent().getFileName().toString(),
                Finding::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("qa-use1-data",
                        "Core DB (RPO 15 min, RTO 4 h): no cross-region replication found in this input"),
                org.assertj.core.groups.Tuple.tuple("other-use1-data",
                        "Core DB (RPO 15 s, RTO 60 min): no cross-region replication found in this input"));
    }
}
