package com.haevn.validate.rules.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Companions;
import com.haevn.validate.rules.model.DocumentIndex;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which queues of an input are dead-letter queues (named as {@code deadLetterTargetArn} by some redrive policy, or
 * declaring a {@code redrive_allow_policy}) and which queues have a redrive policy.
 */
final class DeadLetterQueues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentIndex index;
    private final Set<String> dlqAddresses = new LinkedHashSet<>();
    /** Redrive policies whose dead-letter target cannot be told: each instance makes some queue a DLQ. */
    private final List<Resource> unresolvedSources = new ArrayList<>();
    /** The queues by configuration address, known name and known ARN (first in document order wins). */
    private final Map<String, Resource> byConfigAddress = new HashMap<>();
    private final Map<String, Resource> byName = new HashMap<>();
    private final Map<String, Resource> byArn = new HashMap<>();
    /** Some queue has neither a known name nor a known ARN: a literal target ARN might be that one. */
    private boolean someQueueUnnamed;

    private DeadLetterQueues(DocumentIndex index, List<Resource> queues) {
        this.index = index;
        for (Resource queue : queues) {
            byConfigAddress.putIfAbsent(queue.configAddress(), queue);
            Optional<String> name = queue.attr("name").text();
            Optional<String> arn = queue.attr("arn").text();
            name.ifPresent(n -> byName.putIfAbsent(n, queue));
            arn.ifPresent(a -> byArn.putIfAbsent(a, queue));
            someQueueUnnamed |= name.isEmpty() && arn.isEmpty();
        }
    }

    static DeadLetterQueues of(DocumentIndex index) {
        List<Resource> queues = index.resources("aws_sqs_queue");
        DeadLetterQueues result = new DeadLetterQueues(index, queues);
        for (Resource source : index.resources("aws_sqs_queue", "aws_sqs_queue_redrive_policy")) {
            if (source.attr("redrive_policy").isSet()) {
                result.resolve(source);
            }
        }
        for (Resource queue : queues) {
            if (result.declaresRedriveAllow(queue)) {
                result.dlqAddresses.add(queue.address());
            }
        }
        return result;
    }

    /**
     * Whether the queue's configuration sets {@code redrive_allow_policy}. In a plan the provider computes the
     * argument when it is not set (or set by a separate {@code aws_sqs_queue_redrive_allow_policy}), so an unknown
     * value there counts only when the configuration gives an expression for it.
     */
    private boolean declaresRedriveAllow(Resource queue) {
        Attr allow = queue.attr("redrive_allow_policy");
        return allow.isKnown() || allow.expression().isPresent()
                || !index.referencedAddresses(queue, "redrive_allow_policy").isEmpty();
    }

    boolean isDeadLetterQueue(Resource queue) {
        return dlqAddresses.contains(queue.address());
    }

    /** The redrive policies whose target cannot be told before apply. */
    List<Resource> unresolvedSources() {
        return unresolvedSources;
    }

    /** Whether the queue has a redrive policy: its own, or an aws_sqs_queue_redrive_policy. Empty: cannot tell. */
    Optional<Boolean> hasRedrive(Resource queue) {
        if (queue.attr("redrive_policy").isSet()) {
            return Optional.of(true);
        }
        Companions separate = index.companions(queue, "aws_sqs_queue_redrive_policy", "queue_url");
        if (!separate.linked().isEmpty()) {
            return Optional.of(true);
        }
        return separate.undetermined() ? Optional.empty() : Optional.of(false);
    }

    private void resolve(Resource source) {
        Attr policy = source.attr("redrive_policy");
        if (policy.isUnknown()) {
            List<String> targets = index.referencedAddresses(source, "redrive_policy").stream()
                    .filter(a -> a.startsWith("aws_sqs_queue.")).map(a -> source.modulePath() + a).toList();
            if (targets.isEmpty()) {
                unresolvedSources.add(source);
            }
            targets.stream().map(byConfigAddress::get).filter(Objects::nonNull)
                    .forEach(q -> dlqAddresses.add(q.address()));
            return;
        }
        Optional<String> arn = policy.text().flatMap(DeadLetterQueues::targetArn);
        if (arn.isEmpty()) {
            unresolvedSources.add(source);
            return;
        }
        // an SQS ARN ends with ":<queue name>"
        Resource target = byArn.get(arn.get());
        if (target == null) {
            target = byName.get(arn.get().substring(arn.get().lastIndexOf(':') + 1));
        }
        if (target != null) {
            dlqAddresses.add(target.address());
        } else if (someQueueUnnamed) {
            unresolvedSources.add(source);
        }
    }

    private static Optional<String> targetArn(String policy) {
        try {
            JsonNode target = JSON.readTree(policy).path("deadLetterTargetArn");
            return target.isTextual() ? Optional.of(target.asText()) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }
}
