/**
 * Plain Terraform modules generated from the constructs under {@code modules/} ({@code haevn modules}): for teams
 * that use Terraform or OpenTofu without CDKTF. Each {@link com.haevn.tfmodules.ModuleRecipe} maps a construct's
 * settings onto variables; {@link com.haevn.tfmodules.ModuleGenerator} synthesizes the construct and writes the module.
 */
package com.haevn.tfmodules;
