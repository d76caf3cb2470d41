package io.databridge.odm.mapping.internal.build;

import io.databridge.odm.api.error.MappingProblem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.BiFunction;

/** Small helpers over {@code Validation<Seq<MappingProblem>, T>}, the result of every build step. */
final class Problems {

    private Problems() {
    }

    static <T> Validation<Seq<MappingProblem>, T> invalid(Class<?> root, String path, String found, String expected) {
        return Validation.invalid(List.of(new MappingProblem(root, path, found, expected)));
    }

    static <T> Validation<Seq<MappingProblem>, T> valid(T value) {
        return Validation.valid(value);
    }

    /** Combines two results, keeping the problems of both. */
    static <A, B, R> Validation<Seq<MappingProblem>, R> both(Validation<Seq<MappingProblem>, A> first,
            Validation<Seq<MappingProblem>, B> second, BiFunction<A, B, R> combiner) {
        if (first.isValid() && second.isValid()) {
            return Validation.valid(combiner.apply(first.get(), second.get()));
        }
        Seq<MappingProblem> problems = List.empty();
        if (first.isInvalid()) {
            problems = problems.appendAll(first.getError());
        }
        if (second.isInvalid()) {
            problems = problems.appendAll(second.getError());
        }
        return Validation.invalid(problems);
    }

    static String join(String path, String segment) {
        return path.isEmpty() ? segment : path + "." + segment;
    }
}
