package com.haevn.planreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.load.DocumentKinds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One stack's plan JSON, read and checked to be a plan.
 *
 * @param stack the stack's name: given, or the plan's folder ({@code plan-<stack>} as the workflow's artifacts
 *              are named, or a cdktf stack folder), or the file name without {@code .json}
 * @param file  the file as named
 * @param root  the parsed plan
 */
public record StackPlanFile(String stack, Path file, JsonNode root) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code file}; {@code givenName} null to name the stack after the file's folder. */
    public static StackPlanFile read(Path file, String givenName) throws PlanReportError {
        if (!Files.isRegularFile(file)) {
            throw new PlanReportError(file + ": no such file (pass the output of `terraform show -json PLANFILE`)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new PlanReportError(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage()
                    + "); was the plan JSON truncated?");
        } catch (IOException e) {
            throw new PlanReportError(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new PlanReportError(file + ": the file is empty; `terraform show -json PLANFILE` writes the plan");
        }
        if (!DocumentKinds.looksLikePlan(root)) {
            String what = DocumentKinds.foreign(root).orElse("Terraform JSON configuration, not a plan");
            throw new PlanReportError(file + ": this is " + what + "; plan-report reads plan JSON"
                    + " (`terraform show -json PLANFILE`)");
        }
        if (!root.path("resource_changes").isMissingNode() && !root.path("resource_changes").isArray()) {
            throw new PlanReportError(file + ": \"resource_changes\" is not an array: not plan JSON as terraform"
                    + " writes it");
        }
        return new StackPlanFile(givenName != null ? givenName : nameOf(file), file, root);
    }

    static String nameOf(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        String folderName = folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
        if (folderName.startsWith("plan-") && folderName.length() > "plan-".length()) {
            return folderName.substring("plan-".length());
        }
        String fileName = file.getFileName().toString();
        if (!folderName.isEmpty() && (fileName.equals("plan.json") || fileName.equals("haevn.plan.json"))) {
            return folderName;
        }
        String base = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        return base.endsWith(".plan") ? base.substring(0, base.length() - 5) : base;
    }
}
