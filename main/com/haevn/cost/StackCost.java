package com.haevn.cost;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monthly cost of one synthesized stack.
 *
 * @param stack       the stack's name, e.g. {@code prod-use1-runtime}
 * @param environment the environment it belongs to
 * @param region      the region of its AWS provider
 * @param resources   every resource of the stack
 * @param untaggable  addresses of resources that may cost something but cannot carry the cost-allocation tags
 *                    (their type has no {@code tags} argument), so their cost cannot be split by tag
 */
public record StackCost(String stack, String environment, String region, List<ResourceCost> resources,
                        List<String> untaggable) {

    public StackCost {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(region, "region");
        resources = List.copyOf(resources);
        untaggable = List.copyOf(untaggable);
    }

    public CostRange cost() {
        return resources.stream().map(ResourceCost::cost).reduce(CostRange.ZERO, CostRange::plus);
    }

    /**
     * What the table cannot price in this stack, by name: {@code aws_cloudwatch_metric_alarm (no pricing rule)},
     * {@code ec2-instance-hour m6i.xlarge in us-west-2}.
     */
    public Set<String> notPriced() {
        Set<String> names = new TreeSet<>();
        for (ResourceCost resource : resources) {
            resource.unpricedReason().ifPresent(reason -> names.add(resource.type() + " (" + reason + ")"));
            resource.charges().stream().filter(c -> c.price().isEmpty()).forEach(c -> names.add(c.unpricedUnit()));
        }
        return names;
    }
}
