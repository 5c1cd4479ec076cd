package com.haevn.stacks.state;

import com.haevn.environment.AwsRegion;
import com.haevn.environment.SettingsSection;

import java.util.Objects;

/**
 * The {@code state} section of an environment file, owned by the state bootstrap layer and read by every stack's
 * backend.
 *
 * @param globalStacksRegion where the global stacks keep their state: the primary region normally; another region of
 *                           the environment while the primary is lost, which points them at that region's replica
 *                           of the primary's state bucket ({@code docs/state.md}, "Losing the primary region")
 */
public record StateSettings(AwsRegion globalStacksRegion) {

    /** The section: {@code state: { global_stacks_region: us-east-1 }}. */
    public static final SettingsSection<StateSettings> SECTION = new StateSettingsSection();

    public StateSettings {
        Objects.requireNonNull(globalStacksRegion, "globalStacksRegion");
    }
}
