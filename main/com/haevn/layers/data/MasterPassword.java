package com.haevn.layers.data;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.TerraformVariableValidationConfig;

import java.util.List;

/**
 * The initial master password of a global database's primary, as a sensitive Terraform variable without a default:
 * CI sets it as {@code TF_VAR_database_master_password} from the secret {@code haevn/<env>/database/master} that the
 * secrets layer creates, so it is neither in the code nor in the synthesized JSON. The cluster takes it write-only,
 * so neither the plan nor the state holds it either; the secrets layer rotates it right after the cluster is created
 * (see {@code docs/data.md}). The variable refuses what RDS refuses in a master password ({@code /}, {@code "},
 * {@code @}; also {@code '} and spaces, which shells and connection strings mangle; non-ASCII) and anything shorter
 * than 32 characters. It does not check CreateDBCluster's maximum of 41 characters: the offline plan's dummy value
 * for a variable of this name is longer, and AWS itself refuses a longer password at apply (the secret is generated
 * with 32).
 */
final class MasterPassword {

    /** The variable's name; CI passes it as {@code TF_VAR_database_master_password}. */
    static final String VARIABLE = "database_master_password";
    static final int MIN_LENGTH = 32;

    private MasterPassword() {
    }

    /** Declares the variable in {@code stack} and returns a reference to its value. */
    static String declare(TerraformStack stack) {
        String reference = "var." + VARIABLE;
        TerraformVariable variable = TerraformVariable.Builder.create(stack, VARIABLE)
                .type("string")
                .sensitive(true)
                .nullable(false)
                .description("The initial master password of the global database's primary, used once at creation "
                        + "(CI: TF_VAR_" + VARIABLE + " from the secret haevn/<env>/database/master)")
                .validation(List.of(TerraformVariableValidationConfig.builder()
                        .condition("${length(" + reference + ") >= " + MIN_LENGTH + " && can(regex(\"^[!#-&(-.0-?A-~]+$\", "
                                + reference + "))}")
                        .errorMessage(VARIABLE + " must be at least " + MIN_LENGTH + " printable ASCII characters "
                                + "other than / \" ' @ and space (what RDS accepts).")
                        .build()))
                .build();
        // ephemeral (Terraform 1.10+): not even a saved plan file keeps the value; it only feeds write-only arguments
        variable.addOverride("ephemeral", true);
        return variable.getStringValue();
    }
}
