package com.haevn.layers.async;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Suggestions;
import com.haevn.environment.Tier;
import com.haevn.modules.async.QueueSpec;
import com.haevn.modules.async.RuleSpec;
import com.haevn.modules.async.TopicSpec;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code async} section: names SQS, SNS and EventBridge accept, the ranges they accept, and
 * every reference from a topic or rule to a queue. Staging and production keep the bus's archive at least as long
 * as the dead-letter queues keep messages.
 */
final class AsyncSettingsSection implements SettingsSection<AsyncSettings> {

    static final List<String> QUEUE_KEYS = List.of("name", "visibility_timeout_seconds", "max_receives", "fifo");
    static final List<String> TOPIC_KEYS = List.of("name", "fifo", "raw_message_delivery", "queues");
    static final List<String> RULE_KEYS = List.of("name", "event_pattern", "target_queue", "retry_attempts",
            "max_event_age_seconds");
    /**
     * The longest short name (before {@code .fifo}): {@code haevn-<environment>-<name>-events-dlq} must fit SQS's
     * 80 characters for the longest environment name, 22 characters.
     */
    static final int MAX_NAME_LENGTH = 40;
    /** As long as a dead-letter queue keeps a message: what failed before reaching a queue replays in that window. */
    static final int MIN_HIGH_AVAILABILITY_ARCHIVE_DAYS = 14;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    @Override
    public String key() {
        return AsyncLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("queues", "topics", "archive_retention_days", "dead_letter_alarm_threshold", "rules");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("queues[]", "list", "SQS work queues, each with a dead-letter queue kept 14 days: "
                        + "`name` (`[a-z][a-z0-9-]*`, at most " + MAX_NAME_LENGTH + " characters, ending in `.fifo` "
                        + "exactly when `fifo`; unique), `visibility_timeout_seconds` (0..43200), `max_receives` "
                        + "(receives before a message moves to the dead-letter queue, 1..1000), `fifo` (true or "
                        + "false); at least one"),
                new SettingDoc("topics[]", "list", "SNS topics: `name` (as a queue name), `fifo`, "
                        + "`raw_message_delivery` (deliver without SNS's JSON envelope), `queues` (names from "
                        + "`queues`, each once; FIFO queues only on FIFO topics)"),
                new SettingDoc("archive_retention_days", "number", "days the event bus's archive keeps every event "
                        + "for replay (1 or more); at least " + MIN_HIGH_AVAILABILITY_ARCHIVE_DAYS + " for staging "
                        + "and production, as long as dead-letter queues keep messages"),
                new SettingDoc("dead_letter_alarm_threshold", "number", "a dead-letter queue's alarm fires when it "
                        + "holds more visible messages than this (0: any message)"),
                new SettingDoc("rules[]", "list", "EventBridge rules of the bus: `name` (as a queue name, without "
                        + "`.fifo`; unique), `event_pattern` (a mapping of event fields to lists of values, rendered "
                        + "as JSON with sorted keys), `target_queue` (a name from `queues`), `retry_attempts` "
                        + "(0..185), `max_event_age_seconds` (60..86400); failed deliveries go to the rule's own "
                        + "dead-letter queue"));
    }

    @Override
    public Optional<AsyncSettings> read(MappingReader section, SectionContext context) {
        Map<String, QueueSpec> queues = new LinkedHashMap<>();
        Set<String> declaredQueues = new LinkedHashSet<>();
        boolean valid = entries(section, "queues", QUEUE_KEYS, entry -> {
            Optional<QueueSpec> queue = queue(entry, declaredQueues);
            queue.ifPresent(q -> queues.put(q.name(), q));
            return queue.isPresent();
        });
        if (valid && queues.isEmpty() && section.sequence("queues").isPresent()) {
            section.report("queues", "no queue is defined; add at least one, e.g. { name: orders, "
                    + "visibility_timeout_seconds: 30, max_receives: 5, fifo: false }");
            valid = false;
        }
        References references = new References(queues, declaredQueues);
        List<TopicSpec> topics = new ArrayList<>();
        Set<String> topicNames = new LinkedHashSet<>();
        valid &= entries(section, "topics", TOPIC_KEYS, entry ->
                topic(entry, topicNames, references).map(topics::add).isPresent());
        Optional<Integer> archive = section.integer("archive_retention_days")
                .flatMap(days -> archiveDays(days, context.tier(), section));
        Optional<Integer> threshold = section.integer("dead_letter_alarm_threshold")
                .flatMap(t -> range(section, t, 0, Integer.MAX_VALUE, "an alarm threshold (visible messages)"));
        List<RuleSpec> rules = new ArrayList<>();
        Set<String> ruleNames = new LinkedHashSet<>();
        valid &= entries(section, "rules", RULE_KEYS, entry ->
                rule(entry, ruleNames, references).map(rules::add).isPresent());
        if (!valid || archive.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AsyncSettings(List.copyOf(queues.values()), topics, archive.get(), threshold.get(),
                rules));
    }

    /** Reads each mapping of the list under {@code key}; false when the list or any entry had a problem. */
    private static boolean entries(MappingReader section, String key, List<String> entryKeys,
                                   Predicate<MappingReader> read) {
        Optional<List<Node>> nodes = section.sequence(key).map(list -> list.getValue());
        if (nodes.isEmpty()) {
            return false;
        }
        boolean valid = true;
        for (int i = 0; i < nodes.get().size(); i++) {
            Optional<MappingReader> entry = section.mappingAt(nodes.get().get(i), key + "[" + i + "]", entryKeys);
            valid &= entry.isPresent() && read.test(entry.get());
        }
        return valid;
    }

    private static Optional<QueueSpec> queue(MappingReader entry, Set<String> declared) {
        Optional<Located<Boolean>> fifo = entry.bool("fifo");
        Optional<Located<String>> name = entry.string("name").filter(n -> declared.add(n.value()) || duplicate(entry, n, "queue"))
                .filter(n -> fifo.isEmpty() || validName(entry, n, fifo.get().value(), "queue"));
        Optional<Integer> visibility = entry.integer("visibility_timeout_seconds").flatMap(v -> range(entry, v, 0,
                QueueSpec.MAX_VISIBILITY_TIMEOUT_SECONDS, "a visibility timeout SQS accepts (seconds)"));
        Optional<Integer> receives = entry.integer("max_receives").flatMap(r -> range(entry, r, 1,
                QueueSpec.MAX_RECEIVE_COUNT, "a redrive policy's maximum receive count"));
        if (name.isEmpty() || visibility.isEmpty() || receives.isEmpty() || fifo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QueueSpec(name.get().value(), visibility.get(), receives.get(), fifo.get().value()));
    }

    private static Optional<TopicSpec> topic(MappingReader entry, Set<String> names, References references) {
        Optional<Located<Boolean>> fifo = entry.bool("fifo");
        Optional<Located<String>> name = entry.string("name").filter(n -> names.add(n.value()) || duplicate(entry, n, "topic"))
                .filter(n -> fifo.isEmpty() || validName(entry, n, fifo.get().value(), "topic"));
        Optional<Located<Boolean>> raw = entry.bool("raw_message_delivery");
        Optional<List<String>> queues = entry.sequence("queues")
                .flatMap(list -> references.subscribed(entry, list, fifo.map(Located::value)));
        if (name.isEmpty() || fifo.isEmpty() || raw.isEmpty() || queues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TopicSpec(name.get().value(), fifo.get().value(), raw.get().value(), queues.get()));
    }

    private static Optional<RuleSpec> rule(MappingReader entry, Set<String> names, References references) {
        Optional<Located<String>> name = entry.string("name").filter(n -> names.add(n.value()) || duplicate(entry, n, "rule"))
                .filter(n -> validName(entry, n, false, "rule"));
        Optional<String> pattern = EventPatternReader.read(entry, "event_pattern");
        Optional<Located<String>> target = entry.string("target_queue").filter(q -> references.known(entry, q));
        Optional<Integer> retries = entry.integer("retry_attempts").flatMap(r -> range(entry, r, 0,
                RuleSpec.MAX_RETRY_ATTEMPTS, "a retry count EventBridge accepts"));
        Optional<Integer> age = entry.integer("max_event_age_seconds").flatMap(a -> range(entry, a,
                RuleSpec.MIN_EVENT_AGE_SECONDS, RuleSpec.MAX_EVENT_AGE_SECONDS, "an event age EventBridge accepts (seconds)"));
        if (name.isEmpty() || pattern.isEmpty() || target.isEmpty() || retries.isEmpty() || age.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleSpec(name.get().value(), pattern.get(), target.get().value(), retries.get(),
                age.get()));
    }

    private static boolean duplicate(MappingReader entry, Located<String> name, String what) {
        entry.report(name, what + " name \"" + name.value() + "\" is used twice; give each " + what + " its own");
        return false;
    }

    /** Lowercase name of at most {@link #MAX_NAME_LENGTH} characters, with {@code .fifo} exactly when FIFO. */
    private static boolean validName(MappingReader entry, Located<String> name, boolean fifo, String what) {
        String text = name.value();
        boolean suffixed = text.endsWith(QueueSpec.FIFO_SUFFIX);
        String base = QueueSpec.baseName(text);
        if (!NAME.matcher(base).matches()) {
            entry.report(name, "\"" + text + "\" is not a " + what + " name; use lowercase letters, digits and "
                    + "hyphens, starting with a letter" + ("rule".equals(what) ? "" : " (plus .fifo for FIFO)")
                    + ", e.g. order-events");
            return false;
        }
        if (base.length() > MAX_NAME_LENGTH) {
            entry.report(name, "\"" + text + "\" is " + base.length() + " characters before any .fifo; use at most "
                    + MAX_NAME_LENGTH + ", so that haevn-<environment>-" + base + "-events-dlq fits SQS's 80 "
                    + "characters for every environment name");
            return false;
        }
        if (fifo && !suffixed) {
            entry.report(name, what + " \"" + text + "\" is FIFO (fifo: true) but its name does not end in .fifo, "
                    + "which AWS requires; name it " + text + ".fifo");
            return false;
        }
        if (!fifo && suffixed) {
            entry.report(name, "\"" + text + "\" ends in .fifo, which AWS allows on FIFO "
                    + ("rule".equals(what) ? "queues and topics" : what + "s") + " only; "
                    + ("rule".equals(what) ? "name it " + base : "set fifo: true, or name it " + base));
            return false;
        }
        return true;
    }

    private static Optional<Integer> archiveDays(Located<Integer> days, Optional<Tier> tier, MappingReader section) {
        Optional<Integer> atLeastOne = range(section, days, 1, Integer.MAX_VALUE, "an archive retention (days)");
        Optional<Tier> highAvailability = tier.filter(Tier::requiresHighAvailability);
        if (atLeastOne.isPresent() && highAvailability.isPresent() && days.value() < MIN_HIGH_AVAILABILITY_ARCHIVE_DAYS) {
            section.report(days, "a " + highAvailability.get().yamlValue() + " environment keeps its events at least "
                    + MIN_HIGH_AVAILABILITY_ARCHIVE_DAYS + " days, as long as dead-letter queues keep messages, so that "
                    + "events that never reached a queue can be replayed in the same window; got " + days.value());
            return Optional.empty();
        }
        return atLeastOne;
    }

    private static Optional<Integer> range(MappingReader entry, Located<Integer> value, int min, int max, String what) {
        if (value.value() >= min && value.value() <= max) {
            return Optional.of(value.value());
        }
        entry.report(value, value.value() + " is not " + what + "; use " + min
                + (max == Integer.MAX_VALUE ? " or more" : ".." + max));
        return Optional.empty();
    }

    /** The queues defined so far, for the topics' and rules' references to them. */
    private record References(Map<String, QueueSpec> queues, Set<String> declared) {

        /** A reference to a queue; an unknown name is reported with the known ones. */
        boolean known(MappingReader entry, Located<String> name) {
            if (queues.containsKey(name.value())) {
                return true;
            }
            if (!declared.contains(name.value())) { // a declared but invalid queue was reported already
                entry.report(name, "no queue is named \"" + name.value() + "\"" + didYouMean(name.value())
                        + "; the queues are: " + String.join(", ", declared));
            }
            return false;
        }

        /** The FIFO queue of the same name first ({@code ledger} -> {@code ledger.fifo}), then the nearest name. */
        private String didYouMean(String name) {
            if (declared.contains(name + QueueSpec.FIFO_SUFFIX)) {
                return " (did you mean \"" + name + QueueSpec.FIFO_SUFFIX + "\"?)";
            }
            return Suggestions.didYouMean(name, declared);
        }

        /** The subscribed queues of a topic: each known, each once, FIFO queues only on a FIFO topic. */
        Optional<List<String>> subscribed(MappingReader entry, SequenceNode list,
                                          Optional<Boolean> fifoTopic) {
            List<String> names = new ArrayList<>();
            boolean valid = true;
            for (int i = 0; i < list.getValue().size(); i++) {
                Node node = list.getValue().get(i);
                Located<String> name = new Located<>(node instanceof ScalarNode s ? s.getValue() : "",
                        entry.childPath("queues[" + i + "]"), node.getStartMark().getLine() + 1);
                if (!(node instanceof ScalarNode)) {
                    entry.report(name, "expected a queue name, e.g. orders");
                    valid = false;
                } else if (names.contains(name.value())) {
                    entry.report(name, "queue \"" + name.value() + "\" is subscribed twice; list it once");
                    valid = false;
                } else if (!known(entry, name)) {
                    valid = false;
                } else if (queues.get(name.value()).fifo() && fifoTopic.filter(f -> !f).isPresent()) {
                    entry.report(name, "FIFO queue \"" + name.value() + "\" cannot subscribe to a standard topic; "
                            + "SNS delivers to FIFO queues from FIFO topics only");
                    valid = false;
                }
                names.add(name.value());
            }
            return valid ? Optional.of(names) : Optional.empty();
        }
    }
}
