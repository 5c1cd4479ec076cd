package com.haevn.stacks.state;

import com.haevn.environment.AwsRegion;
import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Suggestions;

import java.util.List;
import java.util.Optional;

/** Reads and checks the {@code state} section: the region global stacks keep their state in. */
final class StateSettingsSection implements SettingsSection<StateSettings> {

    @Override
    public String key() {
        return "state";
    }

    @Override
    public List<String> keys() {
        return List.of("global_stacks_region");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(new SettingDoc("global_stacks_region", "text", "one of the environment's regions: the first "
                + "region (the state's home, whatever `primary_region` says) normally; another one points the global stacks' state at that region's replica "
                + "while the primary is lost (docs/state.md)"));
    }

    @Override
    public Optional<StateSettings> read(MappingReader section, SectionContext context) {
        return section.string("global_stacks_region").flatMap(name -> region(name, context, section))
                .map(StateSettings::new);
    }

    private static Optional<AwsRegion> region(Located<String> name, SectionContext context, MappingReader section) {
        if (context.regions().isEmpty()) {
            return AwsRegion.of(name.value());   // the regions themselves were reported; judge nothing against them
        }
        List<String> names = context.regions().stream().map(AwsRegion::name).toList();
        Optional<AwsRegion> region = context.regions().stream().filter(r -> r.name().equals(name.value())).findFirst();
        if (region.isEmpty()) {
            section.report(name, "\"" + name.value() + "\" is not a region of this environment"
                    + Suggestions.didYouMean(name.value(), names) + "; use one of: " + String.join(", ", names)
                    + " (normally the first, " + names.get(0) + ")");
        }
        return region;
    }
}
