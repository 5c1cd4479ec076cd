package com.haevn.github;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's own rules for GitHub Actions files: what action-validator's schema check cannot see.
 * Each rule takes parsed YAML and returns its violations as readable sentences (empty: compliant),
 * so that a test can show both a compliant and a violating document.
 */
final class WorkflowRules {

    /** A full 40-hex commit SHA after the @ of a third-party action. */
    private static final Pattern PINNED = Pattern.compile("[^@\\s]+@[0-9a-f]{40}");
    private static final String SETUP_TERRAFORM = "hashicorp/setup-terraform@";
    private static final String CONFIGURE_AWS = "aws-actions/configure-aws-credentials@";

    private WorkflowRules() {
    }

    /** The jobs of a workflow, by id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> jobs(Map<String, Object> workflow) {
        Object jobs = workflow.get("jobs");
        return jobs instanceof Map ? (Map<String, Map<String, Object>>) jobs : Map.of();
    }

    /** The steps of a job, or of a composite action ({@code runs.steps}), or of every job of a workflow. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> document) {
        if (document.get("steps") instanceof List<?> steps) {
            return (List<Map<String, Object>>) steps;
        }
        if (document.get("runs") instanceof Map<?, ?> runs && runs.get("steps") instanceof List<?> steps) {
            return (List<Map<String, Object>>) steps;
        }
        List<Map<String, Object>> all = new ArrayList<>();
        jobs(document).values().forEach(job -> all.addAll(steps(job)));
        return all;
    }

    /** Least privilege: every job states its own {@code permissions}, so nothing inherits the token's defaults. */
    static List<String> jobsWithoutPermissions(Map<String, Object> workflow) {
        List<String> violations = new ArrayList<>();
        jobs(workflow).forEach((id, job) -> {
            if (!job.containsKey("permissions")) {
                violations.add("job '" + id + "' has no permissions: block");
            } else if ("write-all".equals(job.get("permissions"))) {
                violations.add("job '" + id + "' asks for write-all permissions");
            }
        });
        return violations;
    }

    /** cdktf reads terraform's own output, which setup-terraform's wrapper script would rewrite. */
    static List<String> terraformWrapperNotDisabled(List<Map<String, Object>> steps) {
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            if (uses(step).startsWith(SETUP_TERRAFORM)) {
                Object wrapper = with(step).get("terraform_wrapper");
                if (!"false".equals(String.valueOf(wrapper).toLowerCase(Locale.ROOT))) {
                    violations.add("step '" + name(step) + "' runs setup-terraform with terraform_wrapper " + wrapper
                            + "; set terraform_wrapper: false");
                }
            }
        }
        return violations;
    }

    /** Third-party actions are pinned to a full commit SHA; local actions (./...) are part of this repository. */
    static List<String> unpinnedActions(List<Map<String, Object>> steps) {
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            String uses = uses(step);
            if (!uses.isEmpty() && !uses.startsWith("./") && !PINNED.matcher(uses).matches()) {
                violations.add("'" + uses + "' is not pinned to a full commit SHA");
            }
        }
        return violations;
    }

    /** A run step made only of echo lines claims something it never checked ("smoke tests passed"). */
    static List<String> pretendSteps(List<Map<String, Object>> steps) {
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            if (step.get("run") instanceof String script) {
                List<String> commands = script.lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
                if (!commands.isEmpty() && commands.stream().allMatch(line -> line.startsWith("echo ") || line.equals("true"))) {
                    violations.add("step '" + name(step) + "' only echoes: " + commands.get(0));
                }
            }
        }
        return violations;
    }

    /**
     * {@code id-token: write} only where a role is assumed: the job uses configure-aws-credentials,
     * directly or through a local composite action that does.
     */
    static List<String> idTokenWithoutRoleAssumption(Map<String, Object> workflow,
                                                     Map<String, List<Map<String, Object>>> localActions) {
        List<String> violations = new ArrayList<>();
        jobs(workflow).forEach((id, job) -> {
            if (job.get("permissions") instanceof Map<?, ?> permissions && "write".equals(permissions.get("id-token"))
                    && steps(job).stream().noneMatch(step -> assumesRole(step, localActions))) {
                violations.add("job '" + id + "' may mint OIDC tokens (id-token: write) but assumes no role");
            }
        });
        return violations;
    }

    /** Jobs that assume {@code roleVariable} (e.g. AWS_ROLE_ARN_PROD) must run in the GitHub environment {@code environment}. */
    static List<String> roleUsedOutsideEnvironment(Map<String, Object> workflow, String roleVariable, String environment) {
        List<String> violations = new ArrayList<>();
        jobs(workflow).forEach((id, job) -> {
            boolean usesRole = steps(job).stream().anyMatch(step -> with(step).values().stream()
                    .anyMatch(value -> String.valueOf(value).contains("vars." + roleVariable)));
            if (usesRole && !environment.equals(environmentName(job))) {
                violations.add("job '" + id + "' assumes " + roleVariable + " but runs in environment '"
                        + environmentName(job) + "' instead of '" + environment + "'");
            }
        });
        return violations;
    }

    /** The jobs that assume {@code roleVariable}, by id. */
    static List<String> jobsUsingRole(Map<String, Object> workflow, String roleVariable) {
        List<String> ids = new ArrayList<>();
        jobs(workflow).forEach((id, job) -> {
            if (steps(job).stream().anyMatch(step -> with(step).values().stream()
                    .anyMatch(value -> String.valueOf(value).contains("vars." + roleVariable)))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The four items of the seed's change-control checklist, each with the words its checkbox must hold. */
    static Map<String, List<String>> checklistItems() {
        Map<String, List<String>> items = new LinkedHashMap<>();
        items.put("PR label `infra-change` required", List.of("label", "`infra-change`"));
        items.put("Approved by at least one SRE", List.of("approved by at least one sre"));
        items.put("`terraform plan` diff attached to PR", List.of("`terraform plan`", "attached"));
        items.put("Post-merge verification in #infra-alerts", List.of("post-merge verification", "#infra-alerts"));
        return items;
    }

    /** Checklist items the pull request template lacks as unchecked checkboxes ({@code - [ ] ...}). */
    static List<String> missingChecklistItems(String template) {
        List<String> checkboxes = template.lines().map(String::strip)
                .filter(line -> line.startsWith("- [ ]"))
                .map(line -> line.toLowerCase(Locale.ROOT)).toList();
        List<String> missing = new ArrayList<>();
        checklistItems().forEach((item, words) -> {
            if (checkboxes.stream().noneMatch(box -> words.stream().allMatch(box::contains))) {
                missing.add(item);
            }
        });
        return missing;
    }

    static String environmentName(Map<String, Object> job) {
        Object environment = job.get("environment");
        if (environment instanceof Map<?, ?> map) {
            return String.valueOf(map.get("name"));
        }
        return environment == null ? "" : environment.toString();
    }

    private static boolean assumesRole(Map<String, Object> step, Map<String, List<Map<String, Object>>> localActions) {
        String uses = uses(step);
        if (uses.startsWith(CONFIGURE_AWS)) {
            return true;
        }
        return localActions.getOrDefault(uses, List.of()).stream().anyMatch(inner -> uses(inner).startsWith(CONFIGURE_AWS));
    }

    static String uses(Map<String, Object> step) {
        Object uses = step.get("uses");
        return uses == null ? "" : uses.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> step) {
        return step.get("with") instanceof Map<?, ?> with ? (Map<String, Object>) with : Map.of();
    }

    private static String name(Map<String, Object> step) {
        Object name = step.get("name");
        if (name != null) {
            return name.toString();
        }
        Object run = step.get("run");
        return run != null ? run.toString().lines().findFirst().orElse("") : uses(step);
    }
}
