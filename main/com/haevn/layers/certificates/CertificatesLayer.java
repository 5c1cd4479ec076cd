package com.haevn.layers.certificates;

import com.haevn.environment.SettingsSection;
import com.haevn.modules.certificates.CertificateProps;
import com.haevn.modules.certificates.DnsValidatedCertificate;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.Optional;

/**
 * Per environment and region: the ACM certificate of the hostnames in the {@code certificates} section (an ALB can
 * only use a certificate of its own region), requested with DNS validation and not waiting for it. Its stack comes
 * first in the chain certificates, Cloudflare validation records (the zone stack), front door (which waits for the
 * validation), Cloudflare traffic. Publishes {@link CertificatesExports}.
 */
public final class CertificatesLayer implements Layer {

    public static final String NAME = "certificates";
    /** The {@code certificates} section of the environment files. */
    public static final SettingsSection<CertificatesSettings> SETTINGS = new CertificatesSettingsSection();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        CertificatesSettings settings = stack.environment().settings(SETTINGS);
        DnsValidatedCertificate certificate = new DnsValidatedCertificate(stack, "certificate",
                CertificateProps.builder().hostnames(settings.hostnames()).build());
        exports.publish(CertificatesExports.KEY, new CertificatesExports(certificate.certificate().getArn(),
                certificate.validationDomains(), certificate.validationRecordNames(),
                certificate.validationRecordTypes(), certificate.validationRecordValues()));
    }
}
