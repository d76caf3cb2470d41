/**
 * {@code pojo-codec}: the driver's automatic {@code PojoCodecProvider} over mutable JavaBeans.
 *
 * <p>The PojoCodec writes {@code _id} first but orders the other properties its own way (not in declaration
 * order), so this contestant's documents are compared order-insensitively.
 */
package io.databridge.odm.bench.contestant.pojo;
