package com.haevn.layers.frontdoor;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.TerraformVariableValidationConfig;

import java.util.List;

/**
 * The value of the origin header, as a sensitive Terraform variable without a default: CI sets it from the
 * environment's secret as {@code TF_VAR_origin_header_secret} when it plans and applies, so it is in neither the code
 * nor the synthesized JSON (Terraform's state and saved plans do hold it, as every argument value). The variable
 * refuses values an ALB header condition would not match literally (it treats {@code *} and {@code ?} as wildcards)
 * and values shorter than 32 characters.
 */
public final class OriginHeaderSecret {

    /** The variable's name; CI passes it as {@code TF_VAR_origin_header_secret}. */
    public static final String VARIABLE = "origin_header_secret";

    private OriginHeaderSecret() {
    }

    /** Declares the variable in {@code stack} and returns a reference to its value. */
    public static String declare(TerraformStack stack) {
        return declare(stack, VARIABLE);
    }

    /**
     * Declares the variable under another name (the zone stack holds one per environment,
     * {@code origin_header_secret_<env>}) and returns a reference to its value.
     */
    public static String declare(TerraformStack stack, String name) {
        String reference = "var." + name;
        TerraformVariable variable = TerraformVariable.Builder.create(stack, name)
                .type("string")
                .sensitive(true)
                .nullable(false)
                .description("The secret value of the origin header Cloudflare adds to every request it forwards "
                        + "(CI: TF_VAR_" + name + " from the environment's secret)")
                .validation(List.of(TerraformVariableValidationConfig.builder()
                        .condition("${length(" + reference + ") >= 32 && length(" + reference + ") <= 128 && can(regex("
                                + "\"^[A-Za-z0-9._~-]+$\", " + reference + "))}")
                        .errorMessage(name + " must be 32 to 128 letters, digits, '.', '_', '~' or '-' "
                                + "(an ALB header condition reads * and ? as wildcards).")
                        .build()))
                .build();
        return variable.getStringValue();
    }
}
