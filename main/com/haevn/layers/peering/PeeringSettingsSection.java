package com.haevn.layers.peering;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.modules.peering.PeeredPort;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and checks the {@code peering} section: the ports the nodes open to the other regions. */
final class PeeringSettingsSection implements SettingsSection<PeeringSettings> {

    private static final List<String> PORT_KEYS = List.of("port", "purpose");

    @Override
    public String key() {
        return PeeringLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("node_ports");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(new SettingDoc("node_ports", "list", "`{ port, purpose }` entries: TCP ports (1-65535, each "
                + "once) the runtime nodes of each region accept from the other regions' VPC ranges through the "
                + "peering; may be empty; no effect with one region (no peering)"));
    }

    @Override
    public Optional<PeeringSettings> read(MappingReader section, SectionContext context) {
        return section.sequence("node_ports").flatMap(list -> ports(list, section)).map(PeeringSettings::new);
    }

    private static Optional<List<PeeredPort>> ports(SequenceNode list, MappingReader section) {
        List<PeeredPort> ports = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            String path = "node_ports[" + i + "]";
            Optional<MappingReader> entry = section.mappingAt(list.getValue().get(i), path, PORT_KEYS);
            Optional<Located<Integer>> port = entry.flatMap(e -> e.integer("port"));
            Optional<Located<String>> purpose = entry.flatMap(e -> e.string("purpose"));
            boolean entryValid = port.isPresent() && purpose.isPresent();
            if (port.isPresent() && (port.get().value() < 1 || port.get().value() > 65535)) {
                section.report(port.get(), port.get().value() + " is not a TCP port; use 1 to 65535");
                entryValid = false;
            } else if (port.isPresent() && seen.containsKey(port.get().value())) {
                section.report(port.get(), "port " + port.get().value() + " is listed twice (first as "
                        + seen.get(port.get().value()) + "); list each port once");
                entryValid = false;
            }
            if (purpose.isPresent() && purpose.get().value().isBlank()) {
                section.report(purpose.get(), "say what crosses the regions on this port, e.g. \"service-to-service "
                        + "HTTP\": it becomes the security group rule's description");
                entryValid = false;
            }
            port.ifPresent(p -> seen.putIfAbsent(p.value(), path));
            if (entryValid) {
                ports.add(new PeeredPort(port.get().value(), purpose.get().value()));
            }
            valid &= entryValid;
        }
        return valid ? Optional.of(ports) : Optional.empty();
    }
}
