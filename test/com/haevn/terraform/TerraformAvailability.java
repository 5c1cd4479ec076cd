package com.haevn.terraform;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * For tests that run the real terraform: a runner working offline from the provider mirror, or the test is skipped
 * with a message saying what is missing, unless the system property {@code haevn.requireTerraform} is true (CI),
 * where a missing terraform fails the test.
 */
public final class TerraformAvailability {

    private TerraformAvailability() {
    }

    public static TerraformRunner requireOfflineRunner() throws IOException {
        Path work = Files.createDirectories(Path.of("app", "target", "terraform"));
        Optional<TerraformRunner> runner = TerraformRunner.offline(work.toAbsolutePath());
        if (runner.isEmpty()) {
            String message = "this test needs terraform on the PATH and " + ProviderMirror.VARIABLE
                    + " naming a provider mirror (its top folder, in terraform's filesystem_mirror layout)";
            if (Boolean.getBoolean("haevn.requireTerraform")) {
                throw new AssertionError(message + "; haevn.requireTerraform=true makes it mandatory here");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return runner.get();
    }
}
