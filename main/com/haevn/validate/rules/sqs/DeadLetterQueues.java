package com.haevn.validate.rules.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Companions;
import com.haevn.validate.rules.model.DocumentIndex;
import com.haevn.validate.rules.model.Resource;

import java.util.LinkedHashSet;
import java.util.List;
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
    private boolean unresolvedTarget;

    private DeadLetterQueues(DocumentIndex index) {
        this.index = index;
    }

    static DeadLetterQueues of(DocumentIndex index) {
        DeadLetterQueues result = new DeadLetterQueues(index);
        List<Resource> queues = index.resources("aws_sqs_queue");
        for (Resource source : index.resources("aws_sqs_queue", "aws_sqs_queue_redrive_policy")) {
            if (source.attr("redrive_policy").isSet()) {
                result.resolve(source, queues);
            }
        }
        for (Resource queue : queues) {
            if (queue.attr("redrive_allow_policy").isSet()) {
                result.dlqAddresses.add(queue.address());
            }
        }
        return result;
    }

    boolean isDeadLetterQueue(Resource queue) {
        return dlqAddresses.contains(queue.address());
    }

    /** True when some redrive policy names a target that cannot be told before apply. */
    boolean someTargetUnresolved() {
        return unresolvedTarget;
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

    private void resolve(Resource source, List<Resource> queues) {
        Attr policy = source.attr("redrive_policy");
        if (policy.isUnknown()) {
            List<String> targets = index.referencedAddresses(source, "redrive_policy").stream()
                    .filter(a -> a.startsWith("aws_sqs_queue.")).map(a -> source.modulePath() + a).toList();
            if (targets.isEmpty()) {
                unresolvedTarget = true;
            }
            queues.stream().filter(q -> targets.contains(q.configAddress())).forEach(q -> dlqAddresses.add(q.address()));
            return;
        }
        Optional<String> arn = policy.text().flatMap(DeadLetterQueues::targetArn);
        if (arn.isEmpty()) {
            unresolvedTarget = true;
            return;
        }
        boolean anyNameUnknown = false;
        for (Resource queue : queues) {
            Optional<String> name = queue.attr("name").text();
            Optional<String> knownArn = queue.attr("arn").text();
            if (knownArn.filter(arn.get()::equals).isPresent() || name.filter(n -> arn.get().endsWith(":" + n)).isPresent()) {
                dlqAddresses.add(queue.address());
                return;
            }
            anyNameUnknown |= name.isEmpty() && knownArn.isEmpty();
        }
        unresolvedTarget |= anyNameUnknown;
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
