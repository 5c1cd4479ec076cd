package com.haevn.modules.certificates;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.Token;
import com.hashicorp.cdktf.providers.aws.acm_certificate.AcmCertificate;
import com.hashicorp.cdktf.providers.aws.acm_certificate.AcmCertificateOptions;
import software.constructs.Construct;

import java.util.List;

/**
 * An ACM certificate requested with DNS validation, without waiting for it: ACM answers at once with the record it
 * expects for each name, and another stack (the Cloudflare zone) creates those records; whoever uses the certificate
 * waits for its validation ({@code aws_acm_certificate_validation}). The records are given as parallel lists, one
 * entry per name in the same order: {@link #validationDomains()}, {@link #validationRecordNames()},
 * {@link #validationRecordTypes()}, {@link #validationRecordValues()}. A name and its wildcard ({@code haevn.io},
 * {@code *.haevn.io}) ask for the same record, so a record may appear twice: create one per distinct name.
 * Replaced before destroyed, so a listener never loses its certificate; certificate transparency logging stays on.
 */
public class DnsValidatedCertificate extends Construct {

    private final AcmCertificate certificate;

    public DnsValidatedCertificate(Construct scope, String id, CertificateProps props) {
        super(scope, id);
        certificate = AcmCertificate.Builder.create(this, "certificate")
                .domainName(props.domainName())
                .subjectAlternativeNames(props.alternativeNames().isEmpty() ? null : props.alternativeNames())
                .validationMethod("DNS")
                .keyAlgorithm(props.keyAlgorithm())
                .options(AcmCertificateOptions.builder().certificateTransparencyLoggingPreference("ENABLED").build())
                .lifecycle(TerraformResourceLifecycle.builder().createBeforeDestroy(true).build())
                .build();
    }

    public AcmCertificate certificate() {
        return certificate;
    }

    /** The name each validation record is for, e.g. {@code *.haevn.io}. */
    public List<String> validationDomains() {
        return validationAttribute("domain_name");
    }

    /** The validation records' names, e.g. {@code _0a1b....haevn.io.}. */
    public List<String> validationRecordNames() {
        return validationAttribute("resource_record_name");
    }

    /** The validation records' types ({@code CNAME}). */
    public List<String> validationRecordTypes() {
        return validationAttribute("resource_record_type");
    }

    /** The validation records' values, e.g. {@code _9f8e....acm-validations.aws.}. */
    public List<String> validationRecordValues() {
        return validationAttribute("resource_record_value");
    }

    /** One attribute of every {@code domain_validation_options} entry, in the set's (stable) order. */
    private List<String> validationAttribute(String attribute) {
        return Token.asList("${" + certificate.getTerraformResourceType() + "." + certificate.getFriendlyUniqueId()
                + ".domain_validation_options[*]." + attribute + "}");
    }
}
