package com.haevn.layers.dr;

import com.haevn.stacks.ExportKey;

import java.util.List;

/**
 * What runbooks and later tooling read from the dr stack of a region.
 *
 * @param vaultArn              the region's backup vault, where the nightly recovery points are
 * @param copyVaultArns         the vaults in other regions receiving this region's copies (none in dev)
 * @param experimentTemplateIds the AZ-Gone experiment template, when the environment runs the game day (none
 *                              otherwise)
 */
public record DrExports(String vaultArn, List<String> copyVaultArns, List<String> experimentTemplateIds) {

    public static final ExportKey<DrExports> KEY = ExportKey.of(DrLayer.NAME, DrExports.class);
}
