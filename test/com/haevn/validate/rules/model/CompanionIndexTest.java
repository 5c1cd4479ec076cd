package com.haevn.validate.rules.model;

import com.haevn.testing.SynthesizedPlatform;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed companion lookup answers exactly as asking {@link DocumentIndex#link} of every candidate, on every
 * Terraform JSON and plan JSON input the tests hold and on the synthesized platform.
 */
class CompanionIndexTest {

    /** Every (companion type, path) a rule looks up. */
    private static final List<String[]> LOOKUPS = List.of(
            new String[] {"aws_s3_bucket_versioning", "bucket"},
            new String[] {"aws_s3_bucket_server_side_encryption_configuration", "bucket"},
            new String[] {"aws_s3_bucket_public_access_block", "bucket"},
            new String[] {"aws_s3_bucket_policy", "bucket"},
            new String[] {"aws_s3_bucket_lifecycle_configuration", "bucket"},
            new String[] {"aws_sqs_queue_redrive_policy", "queue_url"},
            new String[] {"aws_rds_cluster_instance", "cluster_identifier"},
            new String[] {"aws_secretsmanager_secret_rotation", "secret_id"},
            new String[] {"aws_flow_log", "vpc_id"});

    @Test
    void should_answer_like_a_full_scan_for_every_resource_of_every_input() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("test/resources/validate"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(inputs::add);
        }
        SynthesizedPlatform.get().resourcesByStack().keySet()
                .forEach(stack -> inputs.add(SynthesizedPlatform.get().stackFile(stack)));
        int compared = 0;

        for (Path input : inputs) {
            String json = Files.readString(input);
            LoadedDocument document;
            try {
                document = json.contains("\"resource_changes\"") ? Inputs.plan(json) : Inputs.terraform(json);
            } catch (RuntimeException notJson) {
                continue; // the loader's own fixtures of broken JSON
            }
            DocumentIndex index = DocumentIndex.of(document);
            for (Resource target : index.all()) {
                for (String[] lookup : LOOKUPS) {
                    Companions indexed = index.companions(target, lookup[0], lookup[1]);
                    Companions scanned = fullScan(index, target, lookup[0], lookup[1]);
                    assertThat(indexed).as("%s: %s of %s", input, lookup[0], target.address()).isEqualTo(scanned);
                    compared++;
                }
            }
        }
        assertThat(compared).as("lookups compared").isGreaterThan(1000);
    }

    private static Companions fullScan(DocumentIndex index, Resource target, String type, String path) {
        List<Resource> linked = new ArrayList<>();
        boolean undetermined = false;
        for (Resource candidate : index.resources(type)) {
            Link link = index.link(candidate, path, target);
            if (link == Link.YES) {
                linked.add(candidate);
            } else if (link == Link.MAYBE) {
                undetermined = true;
            }
        }
        return new Companions(linked, undetermined);
    }
}
