package io.databridge.odm.it.domain;

/** An order status, stored by name. */
public enum Status {
    /** Not paid yet. */
    OPEN,
    /** Paid. */
    PAID
}
