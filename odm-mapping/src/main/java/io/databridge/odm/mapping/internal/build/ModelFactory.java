package io.databridge.odm.mapping.internal.build;

import static io.databridge.odm.mapping.internal.build.Problems.both;
import static io.databridge.odm.mapping.internal.build.Problems.invalid;
import static io.databridge.odm.mapping.internal.build.Problems.valid;

import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.access.AccessException;
import io.databridge.odm.mapping.internal.access.Accessors;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.EntityModel;
import io.databridge.odm.mapping.internal.model.IdModel;
import io.databridge.odm.mapping.internal.model.Instantiator;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import io.databridge.odm.mapping.internal.model.VersionModel;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds the model of a root entity type: {@code _id} first (the {@code id} member, the {@link
 * io.databridge.odm.api.annotation.Id} member, or a generated ObjectId for a type without either), then every other
 * stored member in declaration order. Stateless and thread-safe; each call is an independent build.
 */
public final class ModelFactory {

    private final MappingConfiguration configuration;

    /**
     * Creates a factory.
     *
     * @param configuration converters and policies the models follow
     */
    public ModelFactory(MappingConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * Builds the model of an entity type, or every problem that prevents it.
     *
     * @param type the entity type
     * @return the model, or all problems of the type and the types it embeds
     */
    public Validation<Seq<MappingProblem>, EntityModel> entityModel(Class<?> type) {
        if (!TypeKinds.document(type) || TypeKinds.scalar(type) != null) {
            return invalid(type, "", type.getName(), "an entity type: a record or a concrete class with fields");
        }
        ModelBuild build = new ModelBuild(configuration, type);
        return build.lookup(type, "").flatMap(lookup -> entityModel(build, type, lookup));
    }

    private Validation<Seq<MappingProblem>, EntityModel> entityModel(ModelBuild build, Class<?> type,
            MethodHandles.Lookup lookup) {
        List<Member> members = Members.of(type, type);
        List<Member> annotated = members.stream().filter(Member::annotatedId).toList();
        if (annotated.size() > 1) {
            return invalid(type, annotated.get(1).javaName(), "a second @Id (" + annotated.get(0).javaName() + " is one)",
                    "at most one @Id per type");
        }
        Member idMember = annotated.isEmpty()
                ? members.stream().filter(member -> member.javaName().equals("id")).findFirst().orElse(null)
                : annotated.get(0);
        List<Member> others = new ArrayList<>(members);
        others.remove(idMember);
        IdModels ids = new IdModels(configuration, build);
        Validation<Seq<MappingProblem>, PropertyModel> idProperty = idMember == null
                ? valid(PropertyModel.generatedId()) : ids.idProperty(idMember, lookup);
        Validation<Seq<MappingProblem>, IdModel> idModel = idMember == null
                ? valid(IdModels.undeclared()) : ids.idModel(type, idMember, lookup);
        Validation<Seq<MappingProblem>, List<PropertyModel>> rest = build.properties(others, "", lookup);
        Validation<Seq<MappingProblem>, Optional<Member>> versionMember = Versions.member(type, others);
        return both(both(both(idProperty, idModel, IdParts::new), rest, Tuple::of), versionMember, Tuple::of)
                .flatMap(parts -> complete(type, parts._1._1, parts._1._2, idMember, others, parts._2, lookup));
    }

    private Validation<Seq<MappingProblem>, EntityModel> complete(Class<?> type, IdParts id,
            List<PropertyModel> properties, @Nullable Member idMember, List<Member> others,
            Optional<Member> versionMember, MethodHandles.Lookup lookup) {
        VersionModel version = null;
        if (versionMember.isPresent()) {
            Member member = versionMember.get();
            PropertyModel property = properties.get(others.indexOf(member));
            try {
                version = new VersionModel(member.javaName(), property.storedName(),
                        Objects.requireNonNull(member.rawType()), Accessors.objectGetter(member.reflected(), lookup),
                        IdModels.assigner(type, member, lookup));
            } catch (AccessException inaccessible) {
                return invalid(type, member.javaName(), member.javaName(), "a readable version: "
                        + inaccessible.getMessage());
            }
        }
        List<PropertyModel> all = new ArrayList<>(properties.size() + 1);
        all.add(id.property());
        all.addAll(properties);
        List<@Nullable Member> behind = new ArrayList<>(all.size());
        behind.add(idMember);
        behind.addAll(others);
        Instantiator instantiator = Instantiators.of(type, all, behind, lookup);
        return valid(new EntityModel(new DocumentModel(type, all, instantiator, configuration.strictReads()),
                id.model(), version));
    }

    private record IdParts(PropertyModel property, IdModel model) {
    }
}
