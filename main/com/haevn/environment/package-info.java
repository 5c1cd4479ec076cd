/**
 * The typed, validated model of the deployment environments described in {@code environments/*.yaml}.
 *
 * <p>{@link com.haevn.environment.EnvironmentLoader#load(java.nio.file.Path, java.util.List)} reads every file of the
 * directory, checks everything it can and either returns {@link com.haevn.environment.Environments} or throws
 * a {@link com.haevn.environment.ConfigurationException} listing every problem found, each with file, line and
 * key path. Adding a region or an environment is a change to the YAML files only.
 *
 * <p>This package depends on nothing but the JDK, SnakeYAML and the plain CIDR type of the network module (no CDKTF,
 * no jsii), so the stack matrix,
 * the CLI and any later move away from CDKTF can all share it.
 */
package com.haevn.environment;
