package com.haevn.layers.certificates;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.TextLists;
import com.haevn.modules.certificates.DnsNames;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and checks the {@code certificates} section: 1 to 10 distinct DNS names, wildcards as the whole first label. */
final class CertificatesSettingsSection implements SettingsSection<CertificatesSettings> {

    @Override
    public String key() {
        return CertificatesLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("hostnames");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(new SettingDoc("hostnames", "list", "the names the environment's ACM certificate covers (in "
                + "every region): 1 to " + DnsNames.MAX_NAMES + " distinct lowercase DNS names, a wildcard only as "
                + "the whole first label (`*.haevn.io`); the first is the certificate's domain name"));
    }

    @Override
    public Optional<CertificatesSettings> read(MappingReader section, SectionContext context) {
        Optional<List<Located<String>>> names = TextLists.read(section, "hostnames");
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (names.get().isEmpty() || names.get().size() > DnsNames.MAX_NAMES) {
            section.report("hostnames", names.get().size() + " hostnames given; a certificate holds 1 to "
                    + DnsNames.MAX_NAMES + " names (ACM's default quota): list the names the environment serves");
            return Optional.empty();
        }
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (Located<String> name : names.get()) {
            Optional<String> problem = DnsNames.problem(name.value());
            if (problem.isPresent()) {
                section.report(name, problem.get());
                valid = false;
            } else if (!seen.add(name.value())) {
                section.report(name, "\"" + name.value() + "\" is listed twice; list each name once");
                valid = false;
            }
        }
        return valid ? Optional.of(new CertificatesSettings(names.get().stream().map(Located::value).toList()))
                : Optional.empty();
    }
}
