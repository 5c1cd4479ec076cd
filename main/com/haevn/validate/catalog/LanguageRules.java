package com.haevn.validate.catalog;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;

import java.util.List;

/**
 * The rules of the Terraform language checks (JSON, structure, provider schema, references) and of the validator
 * itself: what {@code terraform validate} would also refuse, found without terraform. The checks report through
 * these constants, so each rule's id, severity, title and fix are written here only.
 */
public final class LanguageRules {

    private static final String TERRAFORM_REFUSES = "terraform init/validate/plan refuses the configuration;"
            + " finding it here saves a plan run and the provider download it needs.";
    private static final String DRIFT = " A name unknown to the bundled AWS 5.23.1 schema, not a near miss of a known"
            + " one, where the version constraint admits newer versions, is a warning (\"unknown in 5.23.1\"): pass"
            + " the schema in use (--provider-schema) to decide.";

    public static final RuleInfo UNREADABLE = error("HVN-TF-001", "Input files are readable, valid JSON",
            "An unreadable input cannot be judged at all (missing, empty, binary, truncated, over 512 MiB, nested"
                    + " deeper than 512 levels, a string over 16 MiB), nor can JSON that is neither Terraform JSON nor"
                    + " plan JSON, and inputs holding no Terraform JSON or plan JSON at all leave nothing to judge.",
            "Check the path (run cdktf synth first to write cdktf.out), regenerate the file (cdktf synth, terraform"
                    + " show -json) or fix the JSON at the position given; split a configuration over the size limit"
                    + " into smaller stacks; pass --allow-empty where an empty input is expected.");

    public static final RuleInfo UNKNOWN_BLOCK = error("HVN-TF-002", "Terraform JSON has only known top-level blocks",
            "Terraform JSON allows terraform, provider, variable, locals, output, module, resource, data,"
                    + " moved, import, check, removed and \"//\"; anything else is refused. " + TERRAFORM_REFUSES,
            "Remove the block, or rename it to one of those (the finding suggests the closest).");

    public static final RuleInfo WRONG_SHAPE = error("HVN-TF-003", "Terraform JSON blocks have the right shape",
            "A block body of the wrong JSON type (a resource that is not an object, ...). " + TERRAFORM_REFUSES,
            "Give the block the shape Terraform JSON expects (the finding names it): TYPE -> NAME -> object for"
                    + " resources and data sources, NAME -> object for modules, variables and outputs, one object or"
                    + " an array of objects for terraform, provider and locals.");

    public static final RuleInfo INVALID_LABEL = error("HVN-TF-004", "Block labels are valid identifiers",
            "Labels must start with a letter or _ and hold letters, digits, _ and -. " + TERRAFORM_REFUSES,
            "Rename the block: a letter or underscore first, then letters, digits, underscores and dashes.");

    public static final RuleInfo MISSING_BLOCK_ARGUMENT = error("HVN-TF-005",
            "Modules have a source and outputs a value",
            "Both are required arguments. " + TERRAFORM_REFUSES, "Add the missing argument.");

    public static final RuleInfo DUPLICATE_KEY = new RuleInfo("HVN-TF-006", Severity.WARNING,
            "A key appears once per JSON object",
            "JSON parsers keep only the last of repeated keys, so the earlier value is silently lost.",
            "Remove the repeated key or merge the two values.");

    public static final RuleInfo UNKNOWN_BLOCK_ARGUMENT = error("HVN-TF-007",
            "Variable and output blocks use only their own arguments",
            "An unsupported argument in a variable or output block. " + TERRAFORM_REFUSES,
            "Remove the argument, or correct its name (the finding lists the allowed ones).");

    public static final RuleInfo DUPLICATE_DECLARATION = error("HVN-TF-008", "Each address is declared once per module",
            "Terraform reads every *.tf.json file of a folder as one module, so a resource, data source,"
                    + " variable, output, module call or local value declared in two files is declared twice. "
                    + TERRAFORM_REFUSES,
            "Remove one of the two declarations or rename one of them.");

    public static final RuleInfo UNKNOWN_RESOURCE_TYPE = error("HVN-TF-101", "Resource types exist in their provider",
            "An unknown resource type of a known provider (aws, cloudflare, helm). " + TERRAFORM_REFUSES + DRIFT,
            "Correct the type name (the finding suggests the closest one).");

    public static final RuleInfo UNKNOWN_DATA_SOURCE_TYPE = error("HVN-TF-102",
            "Data source types exist in their provider",
            "An unknown data source type of a known provider. " + TERRAFORM_REFUSES + DRIFT,
            "Correct the type name (the finding suggests the closest one).");

    public static final RuleInfo UNKNOWN_ARGUMENT = error("HVN-TF-103",
            "Arguments and nested blocks exist in the type's schema",
            "An unknown argument, or a dynamic block naming no nested block type, is refused. " + TERRAFORM_REFUSES
                    + DRIFT,
            "Correct the name (the finding suggests the closest one) or remove it.");

    public static final RuleInfo MISSING_REQUIRED = error("HVN-TF-104", "Required arguments and blocks are present",
            "A missing required argument or block. " + TERRAFORM_REFUSES,
            "Add the argument or block (the finding names it and its type).");

    public static final RuleInfo WRONG_TYPE = error("HVN-TF-105", "Values have the type the schema expects",
            "Terraform converts \"42\" to a number and \"true\"/\"1\" to a bool, and any ${...} may stand for"
                    + " anything; other mismatches are refused. " + TERRAFORM_REFUSES,
            "Give a value of the expected type (the finding names it), or an expression \"${...}\".");

    public static final RuleInfo BLOCK_SHAPE = error("HVN-TF-106", "Nested blocks have the right shape and count",
            "A single block given more than once, or a block given as a string or number. " + TERRAFORM_REFUSES,
            "Give one object for a single block, a list of objects for a repeated one; merge repeated single"
                    + " blocks into one.");

    public static final RuleInfo COMPUTED_ONLY = error("HVN-TF-107", "Computed-only attributes are not set",
            "The provider sets them; configuration cannot. " + TERRAFORM_REFUSES,
            "Remove the attribute; read it with a reference instead.");

    public static final RuleInfo UNDECLARED_RESOURCE = error("HVN-TF-201", "References to resources resolve",
            "A reference to an undeclared resource, or a resource reference without a type and a name. "
                    + TERRAFORM_REFUSES,
            "Declare the resource or correct the reference to TYPE.NAME.ATTRIBUTE (the finding suggests the closest"
                    + " declared one).");

    public static final RuleInfo UNDECLARED_DATA_SOURCE = error("HVN-TF-202", "References to data sources resolve",
            "A reference to an undeclared data source. " + TERRAFORM_REFUSES,
            "Declare the data source or correct the reference to data.TYPE.NAME.ATTRIBUTE.");

    public static final RuleInfo UNDECLARED_VARIABLE = error("HVN-TF-203", "References to variables resolve",
            "A reference to an undeclared variable. " + TERRAFORM_REFUSES,
            "Declare it under \"variable\" or correct the name.");

    public static final RuleInfo UNDECLARED_LOCAL = error("HVN-TF-204", "References to local values resolve",
            "A reference to an undeclared local value. " + TERRAFORM_REFUSES,
            "Declare it under \"locals\" or correct the name.");

    public static final RuleInfo UNDECLARED_MODULE = error("HVN-TF-205", "References to modules resolve",
            "A reference to an undeclared module call, or to an output the called module (a local path"
                    + " whose Terraform JSON is read) does not declare. " + TERRAFORM_REFUSES,
            "Declare the module under \"module\" or correct the reference; for an output, declare it in the called"
                    + " module or use one it declares.");

    public static final RuleInfo UNKNOWN_ATTRIBUTE = error("HVN-TF-206", "Referenced attributes exist on their type",
            "A reference to an attribute the resource or data source type does not have. " + TERRAFORM_REFUSES
                    + DRIFT,
            "Correct the attribute name (the finding suggests the closest one).");

    public static final RuleInfo MALFORMED_EXPRESSION = error("HVN-TF-207",
            "Templates and expressions in strings are well-formed",
            "Strings are read as HCL templates: an interpolation (${), directive (%{), quoted string, heredoc,"
                    + " /* comment or bracket left open or closed by the wrong closer, an empty ${}, or an"
                    + " %{if}/%{for} without its %{endif}/%{endfor} is a syntax error, and the string's"
                    + " references are not judged. " + TERRAFORM_REFUSES,
            "Close what the message names (a }, a quote, the heredoc's marker line, */, a bracket, %{endif}"
                    + " or %{endfor}), or write $${ or %%{ for a literal ${ or %{.");

    public static final RuleInfo MODULE_CALL_ARGUMENTS = error("HVN-TF-208",
            "Module calls pass the called module's variables",
            "For a module called by local path (./ or ../) whose Terraform JSON is read: an argument that is"
                    + " not one of its variables, or a variable without a default left out. " + TERRAFORM_REFUSES
                    + " Registry, git and other remote sources are never fetched, and a module written in HCL"
                    + " is not read: such a call gets a note saying it was not checked.",
            "Pass exactly the module's variables (the finding suggests the closest name).");

    public static final RuleInfo BAD_SUPPRESSION = error("HVN-TF-301",
            "In-source suppressions name a rule and give a reason",
            "A suppression without a rule id or with a reason under 20 characters is no audit trail, so it is"
                    + " not applied.",
            "Write \"//\": {\"suppressions\": [{\"rule\": \"HVN-...\", \"reason\": \"why it does not apply"
                    + " (20+ characters)\"}]}.");

    public static final RuleInfo CHECK_FAILED = error("HVN-TF-999", "Every check completes",
            "A check failed internally; it is reported instead of stopping the other checks. It is a bug in the"
                    + " validator, not in the input.",
            "Report the finding's message to the maintainers of this validator, with the file attached.");

    /** In catalog order. */
    static final List<RuleInfo> ALL = List.of(UNREADABLE, UNKNOWN_BLOCK, WRONG_SHAPE, INVALID_LABEL,
            MISSING_BLOCK_ARGUMENT, DUPLICATE_KEY, UNKNOWN_BLOCK_ARGUMENT, DUPLICATE_DECLARATION, UNKNOWN_RESOURCE_TYPE,
            UNKNOWN_DATA_SOURCE_TYPE, UNKNOWN_ARGUMENT, MISSING_REQUIRED, WRONG_TYPE, BLOCK_SHAPE, COMPUTED_ONLY,
            UNDECLARED_RESOURCE, UNDECLARED_DATA_SOURCE, UNDECLARED_VARIABLE, UNDECLARED_LOCAL, UNDECLARED_MODULE,
            UNKNOWN_ATTRIBUTE, MALFORMED_EXPRESSION, MODULE_CALL_ARGUMENTS, BAD_SUPPRESSION, CHECK_FAILED);

    private LanguageRules() {
    }

    private static RuleInfo error(String id, String title, String rationale, String fix) {
        return new RuleInfo(id, Severity.ERROR, title, rationale, fix);
    }
}
