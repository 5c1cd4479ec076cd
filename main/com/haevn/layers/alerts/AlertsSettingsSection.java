package com.haevn.layers.alerts;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.modules.alerts.AlertsTopicProps.Subscription;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks the {@code alerts} section. Staging and production must page someone: at least one receiver. */
final class AlertsSettingsSection implements SettingsSection<AlertsSettings> {

    static final List<String> SUBSCRIPTION_KEYS = List.of("name", "endpoint", "auto_confirms");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    @Override
    public String key() {
        return AlertsLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("subscriptions");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(new SettingDoc("subscriptions[]", "list", "HTTPS receivers of every alarm of the environment "
                + "(the #infra-alerts integration, paging): `name` (`[a-z][a-z0-9-]*`, unique), `endpoint` (an "
                + "`https://` URL with a host), `auto_confirms` (true when the endpoint confirms SNS subscriptions "
                + "itself); at least one for staging and production"));
    }

    @Override
    public Optional<AlertsSettings> read(MappingReader section, SectionContext context) {
        Optional<List<Node>> entries = section.sequence("subscriptions").map(list -> list.getValue());
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<Subscription> subscriptions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < entries.get().size(); i++) {
            Optional<Subscription> subscription = subscription(section, entries.get().get(i), i, names);
            valid &= subscription.isPresent();
            subscription.ifPresent(subscriptions::add);
        }
        if (valid && subscriptions.isEmpty() && context.tier().filter(t -> t.requiresHighAvailability()).isPresent()) {
            section.report("subscriptions", "a " + context.tier().get().yamlValue() + " environment needs at least one "
                    + "receiver, so that its alarms page someone; add { name: paging, endpoint: https://..., "
                    + "auto_confirms: true }");
            return Optional.empty();
        }
        return valid ? Optional.of(new AlertsSettings(subscriptions)) : Optional.empty();
    }

    private static Optional<Subscription> subscription(MappingReader section, Node node, int index, Set<String> names) {
        String path = "subscriptions[" + index + "]";
        Optional<MappingReader> entry = section.mappingAt(node, path, SUBSCRIPTION_KEYS);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Optional<Located<String>> name = entry.get().string("name").filter(n -> validName(n, entry.get(), names));
        Optional<Located<String>> endpoint = entry.get().string("endpoint").filter(e -> validEndpoint(e, entry.get()));
        Optional<Located<Boolean>> autoConfirms = entry.get().bool("auto_confirms");
        if (name.isEmpty() || endpoint.isEmpty() || autoConfirms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Subscription(name.get().value(), endpoint.get().value(), autoConfirms.get().value()));
    }

    private static boolean validName(Located<String> name, MappingReader entry, Set<String> names) {
        if (!NAME.matcher(name.value()).matches()) {
            entry.report(name, "\"" + name.value() + "\" is not a subscription name; use up to 40 lowercase letters, "
                    + "digits and hyphens, starting with a letter, e.g. infra-alerts");
            return false;
        }
        if (!names.add(name.value())) {
            entry.report(name, "subscription name \"" + name.value() + "\" is used twice; give each receiver its own");
            return false;
        }
        return true;
    }

    private static boolean validEndpoint(Located<String> endpoint, MappingReader entry) {
        try {
            URI uri = new URI(endpoint.value());
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        entry.report(endpoint, "\"" + endpoint.value() + "\" is not an HTTPS URL; alerts are delivered over HTTPS "
                + "only, e.g. https://events.pagerduty.com/integration/KEY/enqueue");
        return false;
    }
}
