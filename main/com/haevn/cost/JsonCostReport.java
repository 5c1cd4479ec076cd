package com.haevn.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;

/** The estimate as JSON: the same figures as the text report, rounded to cents, for tools and the PR comment. */
final class JsonCostReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonCostReport() {
    }

    static String render(CostEstimate estimate) {
        ObjectNode root = JSON.createObjectNode();
        root.put("currency", "USD");
        ArrayNode environments = root.putArray("environments");
        for (var environment : estimate.environments().entrySet()) {
            ObjectNode env = environments.addObject();
            env.put("name", environment.getKey());
            range(env.putObject("monthly"), estimate.environmentCost(environment.getKey()));
            estimate.budget(environment.getKey()).ifPresentOrElse(b -> env.put("budget", b), () -> env.putNull("budget"));
            ArrayNode stacks = env.putArray("stacks");
            for (StackCost stack : environment.getValue()) {
                ObjectNode s = stacks.addObject();
                s.put("name", stack.stack());
                s.put("region", stack.region());
                range(s.putObject("monthly"), stack.cost());
                ArrayNode resources = s.putArray("resources");
                for (ResourceCost resource : stack.resources()) {
                    if (resource.charges().isEmpty() && resource.unpricedReason().isEmpty()) {
                        continue;
                    }
                    ObjectNode r = resources.addObject();
                    r.put("address", resource.address());
                    r.put("type", resource.type());
                    range(r.putObject("monthly"), resource.cost());
                    resource.unpricedReason().ifPresent(reason -> r.put("not_priced", reason));
                    ArrayNode charges = r.putArray("charges");
                    for (Charge charge : resource.charges()) {
                        ObjectNode c = charges.addObject();
                        c.put("description", charge.description());
                        c.put("unit", charge.unit());
                        charge.type().ifPresent(t -> c.put("type", t));
                        c.put("region", charge.region());
                        ObjectNode quantity = c.putObject("quantity");
                        quantity.put("low", charge.quantity().low());
                        quantity.put("high", charge.quantity().high());
                        charge.unitPrice().ifPresentOrElse(p -> c.put("unit_price", p), () -> c.putNull("unit_price"));
                        charge.cost().ifPresentOrElse(cost -> range(c.putObject("monthly"), cost), () -> c.putNull("monthly"));
                        charge.assumption().ifPresent(a -> c.put("assumption", a));
                        charge.price().ifPresent(p -> c.put("source", p.source() + ", read " + p.dateRead()));
                    }
                }
                strings(s.putArray("not_priced"), stack.notPriced());
                strings(s.putArray("untaggable"), stack.untaggable());
            }
            strings(env.putArray("not_priced"), estimate.environmentNotPriced(environment.getKey()));
        }
        range(root.putObject("total"), estimate.total());
        strings(root.putArray("not_priced"), estimate.notPriced());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the estimate as JSON", e);
        }
    }

    static void range(ObjectNode node, CostRange range) {
        CostRange rounded = range.rounded();
        node.put("low", rounded.low());
        node.put("high", rounded.high());
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
