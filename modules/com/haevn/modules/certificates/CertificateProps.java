package com.haevn.modules.certificates;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link DnsValidatedCertificate}. Build with {@link #builder()}.
 *
 * @param hostnames    the names the certificate covers, at most {@value DnsNames#MAX_NAMES} (ACM's default quota),
 *                     no duplicates; the first is its domain name, the others its subject alternative names
 * @param keyAlgorithm the key type; default {@code RSA_2048}, which every client and Cloudflare's origin pulls accept
 */
public record CertificateProps(List<String> hostnames, String keyAlgorithm) {

    public static final String DEFAULT_KEY_ALGORITHM = "RSA_2048";

    public CertificateProps {
        hostnames = List.copyOf(hostnames);
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        if (hostnames.isEmpty() || hostnames.size() > DnsNames.MAX_NAMES) {
            throw new IllegalArgumentException("a certificate holds 1 to " + DnsNames.MAX_NAMES + " names, got "
                    + hostnames.size());
        }
        if (new HashSet<>(hostnames).size() != hostnames.size()) {
            throw new IllegalArgumentException("certificate names must be distinct, got " + hostnames);
        }
        for (String hostname : hostnames) {
            DnsNames.problem(hostname).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
    }

    /** The certificate's domain name: the first hostname. */
    public String domainName() {
        return hostnames.get(0);
    }

    /** The other hostnames, in order. */
    public List<String> alternativeNames() {
        return hostnames.subList(1, hostnames.size());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CertificateProps}. */
    public static final class Builder {
        private List<String> hostnames = List.of();
        private String keyAlgorithm = DEFAULT_KEY_ALGORITHM;

        private Builder() {
        }

        public Builder hostnames(List<String> hostnames) {
            this.hostnames = hostnames;
            return this;
        }

        public Builder keyAlgorithm(String keyAlgorithm) {
            this.keyAlgorithm = keyAlgorithm;
            return this;
        }

        public CertificateProps build() {
            return new CertificateProps(hostnames, keyAlgorithm);
        }
    }
}
