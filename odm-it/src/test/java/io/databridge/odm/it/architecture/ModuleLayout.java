package io.databridge.odm.it.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which module a class belongs to: the first package segment below the root ({@code <root>.codec.internal} is in
 * module {@code codec}); a class directly in the root belongs to none. Module names are not listed here, so a module
 * added later is covered by the rules built on this.
 */
final class ModuleLayout {

    private ModuleLayout() {}

    /**
     * The module of a package.
     *
     * @param root the root package
     * @param packageName any package
     * @return the first segment of {@code packageName} below {@code root}, empty when it is the root or outside it
     */
    static Optional<String> moduleOf(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String below = packageName.substring(root.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    /** Whether a package lies in a module and has a segment {@code internal} below the module's own package. */
    static boolean isInternal(String root, String packageName) {
        return moduleOf(root, packageName)
                .map(module -> packageName.substring(root.length() + 1 + module.length()) + ".")
                .filter(belowModule -> belowModule.contains(".internal."))
                .isPresent();
    }

    /**
     * One slice per module under the root; classes directly in the root, outside it or in an exempt module are
     * left out.
     */
    static SliceAssignment modulesUnder(String root) {
        return new Slicing("modules under " + root, type -> moduleOf(root, packageOf(type))
                .filter(module -> !ArchitectureRules.EXEMPT.contains(module))
                .map(SliceIdentifier::of)
                .orElseGet(SliceIdentifier::ignore));
    }

    /** One slice per package of one module; classes of other modules are left out, and with them their edges. */
    static SliceAssignment packagesInside(String root, String module) {
        String modulePackage = root + "." + module;
        return new Slicing("packages of " + modulePackage, type -> {
            String packageName = packageOf(type);
            boolean inside = packageName.equals(modulePackage) || packageName.startsWith(modulePackage + ".");
            return inside ? SliceIdentifier.of(packageName) : SliceIdentifier.ignore();
        });
    }

    /** A condition failing for each dependency of a class on an internal package of another module. */
    static ArchCondition<JavaClass> notDependOnInternalsOfOtherModules(String root) {
        return new ArchCondition<>("not depend on the internal packages of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> originModule = moduleOf(root, origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = packageOf(dependency.getTargetClass());
                    Optional<String> targetModule = moduleOf(root, target);
                    if (isInternal(root, target) && !targetModule.equals(originModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " reaches into the internals of module " + targetModule.orElseThrow()));
                    }
                }
            }
        };
    }

    /** The package of a class, of an array's component type for an array. */
    private static String packageOf(JavaClass type) {
        return type.getBaseComponentType().getPackageName();
    }

    /** A named slice assignment. */
    private record Slicing(String description, Function<JavaClass, SliceIdentifier> identify)
            implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return identify.apply(javaClass);
        }

        @Override
        public String getDescription() {
            return description;
        }
    }
}
