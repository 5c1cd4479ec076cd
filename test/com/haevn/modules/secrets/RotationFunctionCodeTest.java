package com.haevn.modules.secrets;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the Python tests of the rotation function ({@code test/functions/secret_rotation_test.py}: the four steps
 * against an in-memory Secrets Manager). Without python3 on the PATH it skips loudly, except under
 * {@code -Dhaevn.requireTerraform=true} (CI), where that is a failure.
 */
class RotationFunctionCodeTest {

    @Test
    void should_pass_the_rotation_functions_own_tests() throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("python3", "-B", Path.of("test", "functions", "secret_rotation_test.py")
                    .toString()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            String message = "python3 is not on the PATH: the rotation function's tests cannot run";
            if (Boolean.getBoolean("haevn.requireTerraform")) {
                fail(message);
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Ran 6 tests", "OK");
    }
}
