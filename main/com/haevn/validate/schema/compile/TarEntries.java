package com.haevn.validate.schema.compile;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A minimal reader of (ustar/GNU) tar streams: enough to find one file in an npm package tarball. Long names
 * (GNU "L" entries) and pax headers are skipped, which is fine for the short paths we look for.
 */
public final class TarEntries {

    private static final int BLOCK = 512;

    private TarEntries() {
    }

    /**
     * Positions {@code tar} at the content of the entry named {@code wanted} and returns a stream over exactly
     * that content; empty if the archive has no such entry. The caller closes {@code tar}.
     */
    public static Optional<InputStream> open(InputStream tar, String wanted) throws IOException {
        byte[] header = new byte[BLOCK];
        while (true) {
            if (!readBlock(tar, header)) {
                return Optional.empty();
            }
            if (allZero(header)) {
                return Optional.empty();
            }
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            String path = prefix.isEmpty() ? name : prefix + "/" + name;
            if ((type == '0' || type == 0) && path.equals(wanted)) {
                return Optional.of(bounded(tar, size));
            }
            skipFully(tar, padded(size));
        }
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = 0;
        while (read < block.length) {
            int n = in.read(block, read, block.length - read);
            if (n < 0) {
                if (read == 0) {
                    return false;
                }
                throw new EOFException("truncated tar header");
            }
            read += n;
        }
        return true;
    }

    private static void skipFully(InputStream in, long bytes) throws IOException {
        long left = bytes;
        byte[] buffer = new byte[8192];
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("truncated tar entry");
            }
            left -= n;
        }
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    static long octal(byte[] header, int offset, int length) {
        long value = 0;
        for (int i = offset; i < offset + length; i++) {
            byte b = header[i];
            if (b == 0 || b == ' ') {
                if (value > 0) {
                    break;
                }
                continue;
            }
            if (b < '0' || b > '7') {
                throw new IllegalArgumentException("bad octal size in tar header");
            }
            value = value * 8 + (b - '0');
        }
        return value;
    }

    private static InputStream bounded(InputStream in, long size) {
        return new FilterInputStream(in) {
            private long left = size;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buffer, offset, (int) Math.min(length, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() {
                // the caller owns the underlying tar stream
            }
        };
    }
}
