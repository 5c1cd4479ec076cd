package com.haevn.cost;

/** The price table cannot be read or an entry lacks what every entry must have (a price, a source, a date read). */
public final class PriceTableException extends RuntimeException {

    public PriceTableException(String message) {
        super(message);
    }
}
