package com.haevn.modules.validation;

import com.hashicorp.cdktf.TerraformProviderGeneratorMetadata;
import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.TerraformResourceConfig;
import software.constructs.Construct;

/**
 * A resource of the AWS provider that the 5.23.1 bindings do not have but the pinned provider (5.100.0) does (the
 * EKS access entries): a plain {@link TerraformResource} whose arguments are set with overrides, and a suppression
 * of the bundled schema's HVN-TF-101 saying why. The offline plan checks it against the pinned provider.
 */
public final class NewerProviderResource {

    /** Why the bundled schema may not know an argument or type: the reason of every such suppression. */
    public static final String REASON = "not in the 5.23.1 provider bindings; the pinned AWS provider 5.100.0 "
            + "that plans and deploys run with has it, and the offline plan checks it";

    private NewerProviderResource() {
    }

    public static TerraformResource create(Construct scope, String id, String type) {
        TerraformResource resource = new TerraformResource(scope, id, TerraformResourceConfig.builder()
                .terraformResourceType(type)
                .terraformGeneratorMetadata(TerraformProviderGeneratorMetadata.builder().providerName("aws").build())
                .build());
        Suppressions.suppress(resource, "HVN-TF-101", type + " is " + REASON);
        return resource;
    }
}
