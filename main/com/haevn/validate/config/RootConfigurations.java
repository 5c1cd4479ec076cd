package com.haevn.validate.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.LoadedDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which inputs are root configurations (what terraform is run in), as opposed to reusable child modules.
 * Rules marked root-only (a state backend, cost tags that a caller's provider may add, DR targets) are judged in
 * roots only: in a child module a backend must not be, and what the caller supplies cannot be seen.
 *
 * <p>An input is a root when a path given as a root contains it, or, when no path given either way does, when it
 * is a plan, a cdktf stack ({@code cdk.tf.json}), configures a provider (a {@code provider} block) or declares a
 * {@code backend} or {@code cloud} block. A path given as a module makes the inputs under it child modules whatever
 * they contain. Where given paths nest, the deepest one decides.
 */
public final class RootConfigurations {

    /** The file name cdktf gives every stack: each is a root configuration. */
    public static final String CDKTF_STACK_FILE = "cdk.tf.json";

    /** Given paths, absolute and normalised, to whether they name roots. */
    private final Map<Path, Boolean> given;

    private RootConfigurations(Map<Path, Boolean> given) {
        this.given = given;
    }

    /** Every input's role from its contents. */
    public static RootConfigurations detect() {
        return new RootConfigurations(Map.of());
    }

    /**
     * Inputs under {@code roots} are root configurations, inputs under {@code modules} child modules; other inputs'
     * roles come from their contents.
     */
    public static RootConfigurations given(List<Path> roots, List<Path> modules) {
        Map<Path, Boolean> given = new TreeMap<>();
        modules.forEach(path -> given.put(normalise(path), false));
        roots.forEach(path -> given.put(normalise(path), true));
        return new RootConfigurations(given);
    }

    public boolean isRoot(LoadedDocument document) {
        if (!given.isEmpty()) {
            Path file = normalise(Path.of(document.file()));
            Path deepest = null;
            for (Path path : given.keySet()) {
                if (file.startsWith(path) && (deepest == null || path.getNameCount() > deepest.getNameCount())) {
                    deepest = path;
                }
            }
            if (deepest != null) {
                return given.get(deepest);
            }
        }
        return document.kind() == DocumentKind.PLAN_JSON || looksLikeRoot(document);
    }

    private static boolean looksLikeRoot(LoadedDocument document) {
        Path name = Path.of(document.file()).getFileName();
        if (name != null && name.toString().equals(CDKTF_STACK_FILE)) {
            return true;
        }
        JsonNode root = document.root();
        return root.isObject() && (hasMember(root.get("provider")) || declaresBackend(root.get("terraform")));
    }

    /** A provider block with at least one provider configured (JSON allows an object or an array of them). */
    private static boolean hasMember(JsonNode providers) {
        if (providers == null) {
            return false;
        }
        if (providers.isArray()) {
            for (JsonNode element : providers) {
                if (hasMember(element)) {
                    return true;
                }
            }
            return false;
        }
        for (var names = providers.fieldNames(); names.hasNext(); ) {
            if (!TerraformConfig.COMMENT_KEY.equals(names.next())) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresBackend(JsonNode terraform) {
        if (terraform == null) {
            return false;
        }
        if (terraform.isArray()) {
            for (JsonNode element : terraform) {
                if (declaresBackend(element)) {
                    return true;
                }
            }
            return false;
        }
        return terraform.has("backend") || terraform.has("cloud");
    }

    private static Path normalise(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
