package com.haevn.validate.dr;

import com.haevn.validate.core.LoadedDocument;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which recovery targets the DR check applies to which input: the targets given for a prefix of the input's stack
 * folder name (the folder holding the file: cdktf writes each stack to {@code stacks/<env>-<region>-<layer>/}, so
 * the prefix {@code prod-} selects every prod stack; the longest matching prefix wins), else the default targets.
 *
 * <p>{@code haevn validate} uses the seed's table or a {@code --recovery-targets} file for every input; the synth
 * command gives each environment's {@code recovery_targets} under the prefix {@code <env>-}.
 */
public final class RecoveryTargetsByStack {

    private final RecoveryTargets defaults;
    private final Map<String, RecoveryTargets> byPrefix;

    private RecoveryTargetsByStack(RecoveryTargets defaults, Map<String, RecoveryTargets> byPrefix) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.byPrefix = byPrefix;
    }

    /** The same targets for every input. */
    public static RecoveryTargetsByStack everywhere(RecoveryTargets targets) {
        return new RecoveryTargetsByStack(targets, Map.of());
    }

    /** The seed's table for every input: what applies when nothing else is given. */
    public static RecoveryTargetsByStack seed() {
        return everywhere(RecoveryTargets.seed());
    }

    /** These, with {@code targets} for the inputs whose stack folder name starts with {@code prefix}. */
    public RecoveryTargetsByStack withStackPrefix(String prefix, RecoveryTargets targets) {
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("a stack name prefix must not be empty (use everywhere(...))");
        }
        Map<String, RecoveryTargets> changed = new TreeMap<>(byPrefix);
        changed.put(prefix, Objects.requireNonNull(targets, "targets"));
        return new RecoveryTargetsByStack(defaults, changed);
    }

    /** The targets for one input. */
    public RecoveryTargets forDocument(LoadedDocument document) {
        Path folder = Path.of(document.file()).getParent();
        Path name = folder == null ? null : folder.getFileName();
        if (name == null || byPrefix.isEmpty()) {
            return defaults;
        }
        String stack = name.toString();
        String best = null;
        for (String prefix : byPrefix.keySet()) {
            if (stack.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? defaults : byPrefix.get(best);
    }
}
