package io.databridge.odm.it.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Set;

/**
 * The part of a class that other modules compile against: its superclass, interfaces and type parameters, and the
 * types in the signatures of its public and protected members, type arguments and bounds included. Synthetic members
 * (bridges, accessors) are left out: they repeat, erased, what a declared member already shows.
 */
final class PublicSignatures {

    private static final Set<JavaModifier> VISIBLE = Set.of(JavaModifier.PUBLIC, JavaModifier.PROTECTED);

    private PublicSignatures() {}

    /**
     * A condition failing once for each place in a class's public signature that names a type from the packages.
     *
     * @param packageIdentifiers ArchUnit package identifiers, e.g. {@code "org.bson.."}
     * @return the condition
     */
    static ArchCondition<JavaClass> mentionNoTypeFrom(String... packageIdentifiers) {
        DescribedPredicate<JavaClass> forbidden = JavaClass.Predicates.resideInAnyPackage(packageIdentifiers);
        return new ArchCondition<>("name no type from %s in a public signature", String.join(", ", packageIdentifiers)) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Leaks leaks = new Leaks(forbidden, events);
                type.getSuperclass().ifPresent(superclass -> leaks.check(type, "superclass", superclass));
                leaks.check(type, "interfaces", type.getInterfaces());
                leaks.check(type, "type parameters", type.getTypeParameters());
                for (JavaMember member : type.getMembers()) {
                    if (isVisible(member)) {
                        checkMember(member, leaks);
                    }
                }
            }
        };
    }

    private static boolean isVisible(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return !modifiers.contains(JavaModifier.SYNTHETIC) && modifiers.stream().anyMatch(VISIBLE::contains);
    }

    private static void checkMember(JavaMember member, Leaks leaks) {
        if (member instanceof JavaField field) {
            leaks.check(field, "type", field.getType());
        } else if (member instanceof JavaCodeUnit codeUnit) {
            leaks.check(codeUnit, "return type", codeUnit.getReturnType());
            leaks.check(codeUnit, "parameter types", codeUnit.getParameterTypes());
            leaks.check(codeUnit, "throws clause", codeUnit.getExceptionTypes());
            leaks.check(codeUnit, "type parameters", codeUnit.getTypeParameters());
        }
    }

    /** Reports each forbidden type found in one position of a signature. */
    private record Leaks(DescribedPredicate<JavaClass> forbidden, ConditionEvents events) {

        <T extends HasDescription & HasSourceCodeLocation> void check(
                T owner, String position, Collection<? extends JavaType> types) {
            for (JavaType type : types) {
                check(owner, position, type);
            }
        }

        <T extends HasDescription & HasSourceCodeLocation> void check(T owner, String position, JavaType type) {
            for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                if (forbidden.test(involved)) {
                    String message = String.format("%s names %s in its %s in %s",
                            owner.getDescription(), involved.getName(), position, owner.getSourceCodeLocation());
                    events.add(SimpleConditionEvent.violated(owner, message));
                }
            }
        }
    }
}
