package com.haevn.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Small synthesized stacks for the cost tests, priced by hand from pricing/prices.yaml. */
public final class CostFixtures {

    private CostFixtures() {
    }

    /** A runtime-like stack: a cluster, a node group of {@code instance} from min to max nodes, one NAT gateway. */
    public static String runtimeStack(String region, String instance, int min, int max) {
        return """
                {"provider": {"aws": [{"region": "%s", "default_tags": [{"tags": {"Environment": "dev"}}]}]},
                 "resource": {
                   "aws_eks_cluster": {"cluster": {"name": "haevn-dev"}},
                   "aws_eks_node_group": {"general": {"instance_types": ["%s"], "capacity_type": "ON_DEMAND",
                     "scaling_config": {"min_size": %d, "desired_size": %d, "max_size": %d}}},
                   "aws_nat_gateway": {"nat": {"subnet_id": "subnet-1"}},
                   "aws_iam_role": {"node": {"name": "node"}}
                 }}
                """.formatted(region, instance, min, min, max);
    }

    /** Writes each stack's JSON as {@code root/stacks/NAME/cdk.tf.json}, as a synth does. */
    public static Path synth(Path root, Map<String, String> stacks) throws IOException {
        for (var stack : stacks.entrySet()) {
            Path folder = Files.createDirectories(root.resolve("stacks").resolve(stack.getKey()));
            Files.writeString(folder.resolve("cdk.tf.json"), stack.getValue());
        }
        return root;
    }
}
