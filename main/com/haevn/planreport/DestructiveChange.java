package com.haevn.planreport;

/**
 * A stateful resource the plan destroys or replaces, with its change-control status from the validator
 * (HVN-CHG-001).
 *
 * @param address      the resource address
 * @param message      the validator's message (action, type, reason)
 * @param allowReason  the {@code allow-destroy} reason that accepts it, or null when it blocks the merge
 */
public record DestructiveChange(String address, String message, String allowReason) {

    public boolean blocking() {
        return allowReason == null;
    }

    public String status() {
        return blocking() ? "BLOCKING: needs `allow-destroy: " + address + "=REASON` and an SRE approval"
                : "allowed: " + allowReason;
    }
}
