package com.haevn.validate.suppress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.LocationIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration a plan was made from, when it stands beside the plan: the Terraform JSON files of the plan's
 * folder. Plan JSON drops the {@code "//"} blocks, so their in-source suppressions are read from there.
 */
final class PlannedConfiguration {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A trailing instance key: {@code [0]}, {@code ["blue"]}. */
    private static final Pattern INSTANCE_KEY = Pattern.compile("\\[[^\\[\\]]*]$");

    private PlannedConfiguration() {
    }

    /** The in-source suppressions of the configuration beside {@code plan}, by resource address; none if absent. */
    static Map<String, List<Suppression>> suppressions(Path plan) {
        Path folder = plan.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Map.of();
        }
        Map<String, List<Suppression>> byAddress = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tf.json")).sorted().toList()) {
                JsonNode root = readOrNull(file);
                if (root != null && root.isObject()) {
                    LoadedDocument configuration = new LoadedDocument(file.toString(), DocumentKind.TERRAFORM_JSON,
                            root, LocationIndex.fileOnly(file.toString()));
                    List<Finding> reportedWithTheConfiguration = new ArrayList<>();
                    Suppressions.inSource(configuration, reportedWithTheConfiguration)
                            .forEach((address, list) -> byAddress.computeIfAbsent(address, k -> new ArrayList<>())
                                    .addAll(list));
                }
            }
        } catch (IOException unreadableFolder) {
            return Map.of();
        }
        return byAddress;
    }

    /** {@code aws_s3_bucket.logs[0]} → {@code aws_s3_bucket.logs}: a suppression covers every instance. */
    static String withoutInstanceKey(String address) {
        return INSTANCE_KEY.matcher(address).replaceFirst("");
    }

    /** An unreadable or broken file suppresses nothing; validating it reports why. */
    private static JsonNode readOrNull(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException broken) {
            return null;
        }
    }
}
