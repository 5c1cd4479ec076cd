package com.haevn.validate.suppress;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a suppressions file, YAML or JSON (JSON is YAML):
 * <pre>
 * suppressions:
 *   - rule: HVN-S3-004
 *     address: aws_s3_bucket.vendor_drop
 *     file: "imported/*.tf.json"      # optional
 *     reason: Vendor bucket is managed by the vendor's own lifecycle policy
 * </pre>
 * A top-level list of entries is accepted too.
 */
public final class SuppressionFile {

    private SuppressionFile() {
    }

    public static List<Suppression> read(Path file) throws SuppressionError {
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (IOException e) {
            throw new SuppressionError(file + ": cannot read the suppressions file (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            throw new SuppressionError(file + ": not valid YAML or JSON: " + firstLine(e.getMessage()));
        }
        Object entries = document instanceof Map<?, ?> map ? map.get("suppressions") : document;
        if (document == null) {
            return List.of();
        }
        if (!(entries instanceof List<?> list)) {
            throw new SuppressionError(file + ": expected a list of suppressions (or a key \"suppressions\" holding "
                    + "one), each with rule, address and reason");
        }
        List<Suppression> suppressions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            suppressions.add(entry(file, i, list.get(i)));
        }
        return suppressions;
    }

    private static Suppression entry(Path file, int index, Object raw) throws SuppressionError {
        String where = file + ": suppression #" + (index + 1);
        if (!(raw instanceof Map<?, ?> map)) {
            throw new SuppressionError(where + " must be a mapping with rule, address and reason");
        }
        for (Object key : map.keySet()) {
            if (!List.of("rule", "address", "reason", "file").contains(String.valueOf(key))) {
                throw new SuppressionError(where + " has an unknown key \"" + key + "\"; use rule, address, reason "
                        + "and optionally file");
            }
        }
        String rule = text(map, "rule", where);
        String address = text(map, "address", where);
        String reason = text(map, "reason", where);
        Object glob = map.get("file");
        if (reason.strip().length() < Suppression.MIN_REASON_CHARS) {
            throw new SuppressionError(where + " (" + rule + " on " + address + ") has a reason of "
                    + reason.strip().length() + " characters; write at least " + Suppression.MIN_REASON_CHARS
                    + " saying why the finding is acceptable");
        }
        return new Suppression(rule, address, reason.strip(), glob == null ? null : String.valueOf(glob));
    }

    private static String text(Map<?, ?> map, String key, String where) throws SuppressionError {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new SuppressionError(where + " has no \"" + key + "\"");
        }
        return String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
