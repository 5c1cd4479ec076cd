package com.haevn.tfmodules;

import java.util.Objects;

/**
 * A setting of a construct that its generated module does not take as an input, and why: a module that silently
 * behaves differently from its construct is worse than none, so every setting is either an input or listed here.
 *
 * @param prop   the construct setting, as {@code Record.component}, e.g. {@code AsyncMessagingProps.topics}
 * @param reason why the module leaves it out, and what it does instead
 */
public record LeftOut(String prop, String reason) {
    public LeftOut {
        Objects.requireNonNull(prop, "prop");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(prop + " is left out without a reason");
        }
    }
}
