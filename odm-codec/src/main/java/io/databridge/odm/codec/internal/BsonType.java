package io.databridge.odm.codec.internal;

/** The BSON element type bytes this codec writes. */
final class BsonType {

    static final int DOUBLE = 0x01;
    static final int STRING = 0x02;
    static final int DOCUMENT = 0x03;
    static final int ARRAY = 0x04;
    static final int BINARY = 0x05;
    static final int OBJECT_ID = 0x07;
    static final int BOOLEAN = 0x08;
    static final int DATE_TIME = 0x09;
    static final int NULL = 0x0A;
    static final int INT32 = 0x10;
    static final int INT64 = 0x12;
    static final int DECIMAL128 = 0x13;

    static final int UUID_SUBTYPE = 4;

    private BsonType() {
    }
}
