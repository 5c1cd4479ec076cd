package com.haevn.tfmodules;

import java.util.List;

/** The constructs offered as plain Terraform modules, in the order {@code haevn modules} writes them. */
public final class ModuleCatalog {

    private ModuleCatalog() {
    }

    public static List<ModuleRecipe> all() {
        return List.of(new NetworkModule(), new QueueModule(), new BucketModule());
    }
}
