package com.haevn.modules.frontdoor;

import com.haevn.modules.network.Cidr;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the CIDR blocks the front door admits traffic from: IPv4 and IPv6 networks with their host bits zero. */
public final class OriginRanges {

    /**
     * The most blocks of one address family: a security group holds 60 inbound rules per family by default, and each
     * block takes two (HTTPS and the HTTP redirect).
     */
    public static final int MAX_BLOCKS_PER_FAMILY = 30;

    private static final Pattern IPV6 = Pattern.compile("([0-9A-Fa-f:]*:[0-9A-Fa-f:]*)/(\\d{1,3})");

    private OriginRanges() {
    }

    /** Why {@code text} is not an IPv4 network that may be admitted, or empty when it is one. */
    public static Optional<String> ipv4Problem(String text) {
        try {
            Cidr cidr = Cidr.parse(text);
            if (cidr.prefixLength() == 0) {
                return Optional.of("\"" + text + "\" is the whole IPv4 internet; list only the origin's ranges");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Why {@code text} is not an IPv6 network that may be admitted, or empty when it is one. */
    public static Optional<String> ipv6Problem(String text) {
        Matcher m = IPV6.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.of("\"" + text + "\" is not an IPv6 CIDR; write it as address/prefix, e.g. 2606:4700::/32");
        }
        int prefix = Integer.parseInt(m.group(2));
        byte[] address;
        try {
            // the text holds a colon, so this parses a literal and never looks a name up
            InetAddress parsed = InetAddress.getByName(m.group(1));
            if (!(parsed instanceof Inet6Address)) {
                return Optional.of("\"" + text + "\" is not an IPv6 address; IPv4 blocks go in the IPv4 list");
            }
            address = parsed.getAddress();
        } catch (UnknownHostException e) {
            return Optional.of("\"" + text + "\" is not an IPv6 CIDR: \"" + m.group(1) + "\" is not an IPv6 address");
        }
        if (prefix > 128) {
            return Optional.of("\"" + text + "\" has prefix length " + prefix + "; the largest is 128");
        }
        if (prefix == 0) {
            return Optional.of("\"" + text + "\" is the whole IPv6 internet; list only the origin's ranges");
        }
        for (int bit = prefix; bit < 128; bit++) {
            if ((address[bit / 8] & (0x80 >> (bit % 8))) != 0) {
                return Optional.of("\"" + text + "\" has host bits set after the first " + prefix + " bits; "
                        + "write the network address of the block");
            }
        }
        return Optional.empty();
    }
}
