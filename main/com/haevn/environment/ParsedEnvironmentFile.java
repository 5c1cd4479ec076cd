package com.haevn.environment;

import com.haevn.modules.network.Cidr;
import java.util.List;
import java.util.Optional;

/**
 * What one file yielded: the environment when the file had no problems, and what the checks across files
 * need even when it had some.
 *
 * @param file        the file as named to the loader
 * @param name        the {@code name} value, when it could be read
 * @param environment the environment, present only when {@code problems} is empty
 * @param vpcCidrs    every valid VPC range of the file
 * @param problems    everything wrong within the file
 */
record ParsedEnvironmentFile(String file, Optional<Located<String>> name, Optional<Environment> environment,
                             List<Located<Cidr>> vpcCidrs, List<ConfigProblem> problems) {
}
