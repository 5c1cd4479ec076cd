package com.haevn.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.layers.Layers;
import com.haevn.stacks.StackMatrix;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole platform (the real environments/ files, every layer) synthesized once per test JVM: synth costs
 * seconds, and many tests read the same output.
 */
public final class SynthesizedPlatform {

    private static SynthResult result;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SynthesizedPlatform() {
    }

    public static synchronized SynthResult get() {
        if (result == null) {
            try {
                Path directory = Files.createTempDirectory("haevn-synth-").resolve("cdktf.out");
                StackMatrix matrix = StackMatrix.of(EnvironmentFixtures.load(Path.of("environments")), Layers.ALL);
                result = new Synthesizer().synthesize(matrix, new OutputDirectory(directory), Synthesizer.Progress.SILENT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /** The synthesized Terraform JSON of one stack. */
    public static JsonNode stack(String name) {
        try {
            return JSON.readTree(get().stackFile(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resources of one type in a stack: {@code resource.<type>}, an object keyed by logical name. */
    public static JsonNode resources(String stack, String type) {
        return stack(stack).path("resource").path(type);
    }
}
