package com.haevn.validate.dr;

import com.haevn.validate.suggest.DidYouMean;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a recovery targets file, YAML or JSON (JSON is YAML), in the shape of the environment files' section:
 * <pre>
 * recovery_targets:
 *   core_db:        { rpo_seconds: 15, rto_minutes: 60 }
 *   object_storage: { rpo_seconds: 60, rto_minutes: 240 }
 *   redis:          { rpo_seconds: 5,  rto_minutes: 30 }
 * </pre>
 * An asset left out keeps the seed's target; other top-level keys are ignored, so an environment file is a targets
 * file too. Every problem is reported at once, each with its key path.
 */
public final class RecoveryTargetsFile {

    static final String SECTION = "recovery_targets";
    private static final Set<String> TARGET_KEYS = Set.of("rpo_seconds", "rto_minutes");

    private RecoveryTargetsFile() {
    }

    public static RecoveryTargets read(Path file) throws RecoveryTargetsError {
        if (!Files.isRegularFile(file)) {
            throw new RecoveryTargetsError(file + ": no such file");
        }
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (IOException e) {
            throw new RecoveryTargetsError(file + ": cannot read the recovery targets file (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            throw new RecoveryTargetsError(file + ": not valid YAML or JSON: " + firstLine(e.getMessage()));
        }
        if (!(document instanceof Map<?, ?> top) || !(top.get(SECTION) instanceof Map<?, ?> section)) {
            throw new RecoveryTargetsError(file + ": expected a key \"" + SECTION + "\" holding core_db,"
                    + " object_storage and/or redis, each with rpo_seconds and rto_minutes");
        }
        List<String> problems = new ArrayList<>();
        RecoveryTargets targets = RecoveryTargets.seed();
        List<String> assetKeys = Arrays.stream(RecoveryAsset.values()).map(RecoveryAsset::key).toList();
        for (Map.Entry<?, ?> entry : section.entrySet()) {
            String key = String.valueOf(entry.getKey());
            RecoveryAsset asset = Arrays.stream(RecoveryAsset.values()).filter(a -> a.key().equals(key)).findFirst()
                    .orElse(null);
            if (asset == null) {
                problems.add(SECTION + "." + key + ": unknown asset." + DidYouMean.hint(key, assetKeys)
                        + " Known: " + String.join(", ", assetKeys) + ".");
                continue;
            }
            RecoveryTarget target = target(SECTION + "." + key, entry.getValue(), problems);
            if (target != null) {
                targets = targets.with(asset, target);
            }
        }
        if (!problems.isEmpty()) {
            throw new RecoveryTargetsError(file + ": " + String.join("\n" + file + ": ", problems));
        }
        return targets;
    }

    private static RecoveryTarget target(String path, Object value, List<String> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(path + ": expected { rpo_seconds: N, rto_minutes: N }, got " + describe(value));
            return null;
        }
        int before = problems.size();
        for (Object key : map.keySet()) {
            if (!TARGET_KEYS.contains(String.valueOf(key))) {
                problems.add(path + "." + key + ": unknown key." + DidYouMean.hint(String.valueOf(key), TARGET_KEYS)
                        + " Known: rpo_seconds, rto_minutes.");
            }
        }
        long rpo = positive(path + ".rpo_seconds", map.get("rpo_seconds"), problems);
        long rto = positive(path + ".rto_minutes", map.get("rto_minutes"), problems);
        return problems.size() == before ? RecoveryTarget.of(rpo, rto) : null;
    }

    private static long positive(String path, Object value, List<String> problems) {
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() > 0) {
            return ((Number) value).longValue();
        }
        problems.add(path + ": expected a positive whole number, got " + describe(value));
        return 0;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
