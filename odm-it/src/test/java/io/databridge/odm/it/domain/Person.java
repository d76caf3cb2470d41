package io.databridge.odm.it.domain;

import java.util.List;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * A mutable class with a superclass: stored fields are the superclass's first, then its own; the id is assigned in
 * place when generated.
 */
public final class Person extends Party {

    private @Nullable ObjectId id;
    private final int age;
    private final List<String> emails;
    private transient String cached = "not stored";

    /**
     * Creates a person.
     *
     * @param id the id, or null to have one generated
     * @param displayName the name
     * @param age the age
     * @param emails the e-mail addresses
     */
    public Person(@Nullable ObjectId id, String displayName, int age, List<String> emails) {
        super(displayName);
        this.id = id;
        this.age = age;
        this.emails = List.copyOf(emails);
    }

    /**
     * Returns the id.
     *
     * @return the id, null before it is stored
     */
    public @Nullable ObjectId id() {
        return id;
    }

    /**
     * Returns a transient value that is never stored.
     *
     * @return the cached text
     */
    public String cached() {
        return cached;
    }

    @Override
    public String toString() {
        return "Person[" + id + ", " + displayName() + ", " + age + ", " + emails + ", " + cached + "]";
    }
}
