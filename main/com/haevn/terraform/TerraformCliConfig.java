package com.haevn.terraform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a terraform CLI configuration that installs providers only from a local filesystem mirror and shares one
 * plugin cache, so init works offline and links the (large) provider binary instead of copying it per stack.
 */
public final class TerraformCliConfig {

    public static final String FILE_NAME = "terraform.tfrc";

    private TerraformCliConfig() {
    }

    /** Writes {@code workDir/terraform.tfrc} and creates {@code pluginCache}; returns the config file. */
    public static Path write(Path workDir, Path mirror, Path pluginCache) throws IOException {
        Files.createDirectories(workDir);
        Files.createDirectories(pluginCache);
        String config = "provider_installation {\n"
                + "  filesystem_mirror {\n"
                + "    path = " + quote(mirror.toAbsolutePath().toString()) + "\n"
                + "  }\n"
                + "}\n"
                + "plugin_cache_dir = " + quote(pluginCache.toAbsolutePath().toString()) + "\n";
        Path file = workDir.resolve(FILE_NAME);
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
