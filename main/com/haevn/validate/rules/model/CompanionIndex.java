package com.haevn.validate.rules.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The resources of one companion type (e.g. {@code aws_s3_bucket_versioning}) indexed by what their argument at one
 * path points at, so that "which companions point at this bucket" costs a lookup, not a pass over every companion:
 * the validator's time stays linear in the size of the input. Gives the same answers as asking
 * {@link DocumentIndex#link} of every candidate.
 */
final class CompanionIndex {

    private final Map<Resource, Integer> order = new IdentityHashMap<>();
    /** Candidates whose expression refers to an address (qualified by their module path). */
    private final Map<String, List<Resource>> byReferencedAddress = new HashMap<>();
    /** Candidates whose literal value is, or ends after ':' or '/' with, the key. */
    private final Map<String, List<Resource>> byLiteralSuffix = new HashMap<>();
    private final List<Resource> literalCandidates = new ArrayList<>();
    /** Candidates referring to several addresses: undetermined for every target they do not name. */
    private final List<Resource> multiReference = new ArrayList<>();
    /** Candidates referring to exactly one address, counted by the referenced type ("aws_s3_bucket.", "data.x."). */
    private final Map<String, Integer> singleReferenceByType = new HashMap<>();
    private int singleReferences;
    /** A candidate whose value is unknown with no reference, or known but not text: undetermined for any target. */
    private boolean alwaysUndetermined;

    CompanionIndex(DocumentIndex index, List<Resource> candidates, String path) {
        for (Resource candidate : candidates) {
            order.put(candidate, order.size());
            Attr value = candidate.attr(path);
            if (value.isAbsent()) {
                continue;
            }
            if (value.isKnown()) {
                Optional<String> text = value.text();
                if (text.isEmpty()) {
                    alwaysUndetermined = true;
                } else {
                    literalCandidates.add(candidate);
                    for (String key : suffixes(text.get())) {
                        byLiteralSuffix.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
                    }
                }
                continue;
            }
            List<String> referenced = index.referencedAddresses(candidate, path);
            if (referenced.isEmpty()) {
                alwaysUndetermined = true;
                continue;
            }
            for (String reference : referenced) {
                byReferencedAddress.computeIfAbsent(candidate.modulePath() + reference, k -> new ArrayList<>())
                        .add(candidate);
            }
            if (referenced.size() == 1) {
                singleReferences++;
                singleReferenceByType.merge(typePrefix(referenced.get(0)), 1, Integer::sum);
            } else {
                multiReference.add(candidate);
            }
        }
    }

    Companions of(Resource target, DocumentIndex.Identity identity) {
        Map<Integer, Resource> linked = new TreeMap<>();
        byReferencedAddress.getOrDefault(target.configAddress(), List.of()).forEach(r -> linked.put(order.get(r), r));
        for (String value : identity.values()) {
            byLiteralSuffix.getOrDefault(value, List.of()).forEach(r -> linked.put(order.get(r), r));
        }
        boolean undetermined = alwaysUndetermined
                || singleReferences - singleReferenceByType.getOrDefault(targetPrefix(target), 0) > 0
                || multiReference.stream().anyMatch(r -> !linked.containsValue(r))
                || (!identity.idKnown() && literalCandidates.stream().anyMatch(r -> !linked.containsValue(r)));
        return new Companions(new ArrayList<>(linked.values()), undetermined);
    }

    /** The literal itself and every tail after a ':' or '/': what an ARN or a path may end with. */
    private static List<String> suffixes(String literal) {
        List<String> keys = new ArrayList<>();
        keys.add(literal);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == ':' || c == '/') {
                keys.add(literal.substring(i + 1));
            }
        }
        return keys;
    }

    /** "aws_s3_bucket.logs.id" -> "aws_s3_bucket."; "data.aws_iam_role.x.arn" -> "data.aws_iam_role.". */
    private static String typePrefix(String reference) {
        int first = reference.indexOf('.');
        if (first < 0) {
            return reference;
        }
        if (reference.startsWith("data.")) {
            int second = reference.indexOf('.', first + 1);
            return second < 0 ? reference : reference.substring(0, second + 1);
        }
        return reference.substring(0, first + 1);
    }

    private static String targetPrefix(Resource target) {
        return (target.isData() ? "data." : "") + target.type() + ".";
    }
}
