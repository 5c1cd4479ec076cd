package com.haevn.planreport;

import java.util.List;

/**
 * What a plan does to one resource instance, by risk: reports list (and keep longest) the riskiest first.
 * {@link #REPLACE} covers both orders of delete and create.
 */
public enum ChangeKind {
    DELETE("destroy"),
    REPLACE("replace"),
    UPDATE("update in place"),
    CREATE("create"),
    IMPORT("import"),
    MOVE("move"),
    FORGET("forget (removed from state, kept in AWS)"),
    READ("read during apply"),
    NO_OP("no change");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Destroys and replacements: the changes whose detail the comment keeps longest. */
    public boolean highRisk() {
        return this == DELETE || this == REPLACE;
    }

    /** From terraform's actions and whether the entry imports or moves a resource without other change. */
    static ChangeKind of(List<String> actions, boolean importing, boolean moved) {
        if (actions.contains("delete") && actions.contains("create")) {
            return REPLACE;
        }
        if (actions.size() != 1) {
            return UPDATE;
        }
        return switch (actions.get(0)) {
            case "delete" -> DELETE;
            case "create" -> CREATE;
            case "update" -> UPDATE;
            case "read" -> READ;
            case "forget" -> FORGET;
            default -> importing ? IMPORT : moved ? MOVE : NO_OP;
        };
    }
}
