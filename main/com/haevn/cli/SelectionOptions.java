package com.haevn.cli;

import com.haevn.environment.Environments;
import com.haevn.layers.Layers;
import com.haevn.stacks.StackMatrix;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which environments' files to read and which stacks of the matrix to act on; shared by list and synth. */
public final class SelectionOptions {

    @Option(names = "--environments", paramLabel = "DIR", defaultValue = "environments",
            description = "Folder of the environment files (*.yaml). Default: ${DEFAULT-VALUE}.")
    Path environmentsDirectory;

    @Option(names = {"-e", "--env"}, paramLabel = "ENV",
            description = "Only this environment (repeatable), e.g. --env prod.")
    List<String> environments = new ArrayList<>();

    @Option(names = {"-s", "--stack"}, paramLabel = "NAME",
            description = "Only stacks matching this name or glob (repeatable), e.g. --stack prod-use1-network"
                    + " or --stack '*-network'.")
    List<String> stacks = new ArrayList<>();

    @Mixin
    ReviewOptions review;

    /**
     * Loads and validates the environment files, then selects from the matrix.
     *
     * @throws com.haevn.environment.ConfigurationException when a file is invalid
     * @throws StackMatrix.SelectionException when --env or --stack names nothing
     */
    StackMatrix select() {
        Environments loaded = Layers.environments(environmentsDirectory);
        StackMatrix selected = review.apply(StackMatrix.of(loaded, Layers.ALL), loaded).select(environments, stacks);
        if (selected.stacks().isEmpty()) {
            throw new StackMatrix.SelectionException("the selection " + environments + " " + stacks + " holds no stack");
        }
        return selected;
    }
}
