package io.databridge.archfixtures.api;

import com.mongodb.MongoException;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Breaks the rule on public signatures in every position a type can leak through (and with it, necessarily, the
 * api's purity and the BSON and driver rules): interface, constant, return, parameter, type argument, type
 * parameter bound and throws clause.
 */
public interface LeakyPort extends Bson {

    /** A constant of a BSON type. */
    BsonNull NOTHING = BsonNull.VALUE;

    /**
     * Returns a BSON document.
     *
     * @param key the key
     * @return the document
     */
    Document find(String key);

    /**
     * Takes a BSON document.
     *
     * @param document the document
     */
    void save(BsonDocument document);

    /**
     * Returns BSON values as a type argument.
     *
     * @return the values
     */
    List<BsonValue> values();

    /**
     * Returns a BSON value through a type parameter bound.
     *
     * @param <T> the value type
     * @param type the value type
     * @return the first value of that type
     */
    <T extends BsonValue> T first(Class<T> type);

    /**
     * Throws a driver exception.
     *
     * @param key the key
     * @throws MongoException always
     */
    void delete(String key) throws MongoException;
}
