package io.databridge.odm.it.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An unversioned record for updates: numbers, a date, a list of values and a list of embedded lines.
 *
 * @param id the id
 * @param sku the stock keeping unit
 * @param quantity units in stock
 * @param price the unit price
 * @param checkedAt when it was last counted, or {@code null}
 * @param tags labels
 * @param lines order lines
 */
public record Stock(String id, String sku, int quantity, double price, @Nullable Instant checkedAt, List<String> tags,
        List<Line> lines) {

    /**
     * One line.
     *
     * @param item the item
     * @param qty the quantity
     */
    public record Line(String item, int qty) {
    }
}
