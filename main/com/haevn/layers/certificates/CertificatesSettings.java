package com.haevn.layers.certificates;

import java.util.List;

/**
 * The {@code certificates} section of an environment file, the same in every region of the environment.
 *
 * @param hostnames the names the environment's certificate covers ({@code hostnames}); the first is its domain name
 */
public record CertificatesSettings(List<String> hostnames) {

    public CertificatesSettings {
        hostnames = List.copyOf(hostnames);
    }
}
