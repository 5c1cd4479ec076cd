package com.haevn.terraform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local provider mirror that lets terraform init work offline: a folder in terraform's filesystem_mirror layout
 * (HOSTNAME/NAMESPACE/TYPE/VERSION/OS_ARCH/), named by the environment variable {@value #VARIABLE}.
 */
public final class ProviderMirror {

    public static final String VARIABLE = "HAEVN_TF_PROVIDER_MIRROR";

    private ProviderMirror() {
    }

    /** The mirror folder, if the variable names an existing directory. */
    public static Optional<Path> fromEnvironment() {
        String value = System.getenv(VARIABLE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path mirror = Path.of(value);
        return Files.isDirectory(mirror) ? Optional.of(mirror) : Optional.empty();
    }
}
