package com.haevn.synth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What a synth wrote.
 *
 * @param outputDirectory  the cdktf output directory (cdktf.out)
 * @param resourcesByStack resource count of each synthesized stack, by stack name, in name order
 * @param elapsed          wall time of the whole synth
 */
public record SynthResult(Path outputDirectory, Map<String, Integer> resourcesByStack, Duration elapsed) {

    public int stackCount() {
        return resourcesByStack.size();
    }

    public int resourceCount() {
        return resourcesByStack.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Path stackFile(String stackName) {
        return outputDirectory.resolve("stacks").resolve(stackName).resolve("cdk.tf.json");
    }
}
