package com.haevn.layers.certificates;

import com.haevn.stacks.ExportKey;

import java.util.List;

/**
 * What the front door (which waits for the validation) and the Cloudflare zone (which creates the validation
 * records) read from the certificates stack of their region. The records are parallel lists: entry {@code i} of each
 * list describes the record ACM expects for {@code validationDomains.get(i)}. A name and its wildcard share one
 * record, so a record may appear twice; create one record per distinct name.
 *
 * @param certificateArn         the certificate, pending until its records exist
 * @param validationDomains      the name each record validates, e.g. {@code *.haevn.io}
 * @param validationRecordNames  each record's name (fully qualified, with the trailing dot)
 * @param validationRecordTypes  each record's type ({@code CNAME})
 * @param validationRecordValues each record's value
 */
public record CertificatesExports(String certificateArn, List<String> validationDomains,
                                  List<String> validationRecordNames, List<String> validationRecordTypes,
                                  List<String> validationRecordValues) {

    public static final ExportKey<CertificatesExports> KEY =
            ExportKey.of(CertificatesLayer.NAME, CertificatesExports.class);
}
