package io.databridge.odm.mapping.internal.build;

import static io.databridge.odm.mapping.internal.build.Problems.invalid;
import static io.databridge.odm.mapping.internal.build.Problems.valid;

import io.databridge.odm.api.annotation.Version;
import io.databridge.odm.api.error.MappingProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an entity's version member: the one annotated {@link Version}, else a numeric member called {@code version}
 * (a {@code String version}, say an application's version, is left alone). It must be a {@code long}, {@code Long},
 * {@code int} or {@code Integer}, and assignable: a record component or a non-final field.
 */
final class Versions {

    private static final Set<Class<?>> TYPES = Set.of(long.class, Long.class, int.class, Integer.class);
    private static final String EXPECTED = "a version of type long, Long, int or Integer";

    private Versions() {
    }

    static Validation<Seq<MappingProblem>, Optional<Member>> member(Class<?> type, List<Member> members) {
        List<Member> annotated = members.stream()
                .filter(member -> member.annotations().isAnnotationPresent(Version.class)).toList();
        if (annotated.size() > 1) {
            return invalid(type, annotated.get(1).javaName(), "a second @Version (" + annotated.get(0).javaName()
                    + " is one)", "at most one @Version per type");
        }
        if (annotated.size() == 1) {
            return checked(type, annotated.get(0));
        }
        return members.stream()
                .filter(member -> member.javaName().equals("version") && TYPES.contains(member.rawType()))
                .findFirst()
                .map(member -> checked(type, member))
                .orElse(valid(Optional.empty()));
    }

    private static Validation<Seq<MappingProblem>, Optional<Member>> checked(Class<?> type, Member member) {
        if (!TYPES.contains(member.rawType())) {
            return invalid(type, member.javaName(), member.type().getTypeName(), EXPECTED);
        }
        if (member.finalField() && !type.isRecord()) {
            return invalid(type, member.javaName(), "a final version field",
                    "a non-final field, so that saving can set the next version");
        }
        return valid(Optional.of(member));
    }
}
