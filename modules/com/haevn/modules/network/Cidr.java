package com.haevn.modules.network;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 network in CIDR notation whose host bits are zero, e.g. {@code 10.40.0.0/16}. Immutable.
 */
public final class Cidr {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
    private static final long ALL_BITS = 0xFFFF_FFFFL;

    private final long address;
    private final int prefixLength;

    private Cidr(long address, int prefixLength) {
        this.address = address;
        this.prefixLength = prefixLength;
    }

    /**
     * Parses {@code a.b.c.d/n}. Octets are decimal 0-255 without leading zeros (which some tools read as
     * octal), the prefix is 0-32 and the host bits must be zero.
     *
     * @throws IllegalArgumentException with a message naming the text and the fix
     */
    public static Cidr parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IPv4 CIDR; write it as a.b.c.d/prefix, "
                    + "e.g. 10.40.0.0/16");
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            address = (address << 8) | number(m.group(i), 255, text, "octet");
        }
        int prefix = (int) number(m.group(5), 32, text, "prefix length");
        long network = address & mask(prefix);
        if (network != address) {
            throw new IllegalArgumentException("\"" + text + "\" has host bits set; the network of that block is "
                    + format(network) + "/" + prefix);
        }
        return new Cidr(address, prefix);
    }

    private static long number(String digits, int max, String text, String what) {
        int value = Integer.parseInt(digits);
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw new IllegalArgumentException("\"" + text + "\" has a leading zero in " + what + " \"" + digits
                    + "\"; write " + value);
        }
        if (value > max) {
            throw new IllegalArgumentException("\"" + text + "\" has " + what + " " + value + "; the largest is " + max);
        }
        return value;
    }

    /** Length of the network prefix, e.g. 16 for {@code 10.40.0.0/16}. */
    public int prefixLength() {
        return prefixLength;
    }

    /** Whether every address of {@code other} is in this network (true for an equal network). */
    public boolean contains(Cidr other) {
        return other.prefixLength >= prefixLength && (other.address & mask(prefixLength)) == address;
    }

    /** Whether the two networks share at least one address. */
    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /**
     * The {@code index}-th subnet with a prefix {@code newBits} longer, as Terraform's
     * {@code cidrsubnet(this, newBits, index)} computes it: {@code 10.40.0.0/16} with 2 new bits and index 1
     * is {@code 10.40.64.0/18}.
     *
     * @throws IllegalArgumentException when the prefix would pass /32 or the index does not fit in newBits
     */
    public Cidr subnet(int newBits, int index) {
        int newPrefix = prefixLength + newBits;
        if (newBits < 0 || newPrefix > 32) {
            throw new IllegalArgumentException("cannot add " + newBits + " bits to " + this
                    + "; the prefix must stay between /" + prefixLength + " and /32");
        }
        long count = 1L << newBits;
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("subnet index " + index + " does not fit in " + newBits
                    + " new bits of " + this + "; use 0 to " + (count - 1));
        }
        return new Cidr(address | ((long) index << (32 - newPrefix)), newPrefix);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (ALL_BITS << (32 - prefix)) & ALL_BITS;
    }

    private static String format(long address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "." + (address & 0xFF);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && cidr.address == address && cidr.prefixLength == prefixLength;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(address) * 31 + prefixLength;
    }

    /** The CIDR notation, e.g. {@code 10.40.0.0/16}. */
    @Override
    public String toString() {
        return format(address) + "/" + prefixLength;
    }
}
