package london.patchwork.server.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Optional;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rules of docs/architecture.md. No exceptions are listed here, and none may be: a rule that a
 * change breaks is a design question, answered by moving code, not by widening the rule.
 */
@AnalyzeClasses(packages = "london.patchwork", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String SERVER = "london.patchwork.server";

    /** The packages every capability builds on; they import no capability. */
    static final Set<String> KERNEL = Set.of("inbox", "outbox", "delivery", "instance", "actors", "follows", "site",
            "http", "database", "work", "moderation");

    @ArchTest
    static final ArchRule serverPackagesFormNoCycles = slices().matching(SERVER + ".(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule federationKnowsNothingOfTheServer = noClasses()
            .that().resideInAPackage("london.patchwork.federation..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER + "..", "london.patchwork.web..");

    @ArchTest
    static final ArchRule webKnowsNothingOfTheServer = noClasses()
            .that().resideInAPackage("london.patchwork.web..")
            .should().dependOnClassesThat().resideInAPackage(SERVER + "..");

    /** The Living Lab runs hubs as any client would; only the command dispatch in Application names it. */
    @ArchTest
    static final ArchRule nothingImportsTheLivingLab = noClasses()
            .that().resideOutsideOfPackage(SERVER + ".livinglab..")
            .and().doNotHaveFullyQualifiedName(SERVER + ".Application")
            .should().dependOnClassesThat().resideInAPackage(SERVER + ".livinglab..");

    /** It talks to hubs over HTTP and ActivityPub only: no server package but itself. */
    @ArchTest
    static final ArchRule theLivingLabUsesNoServerPackage = noClasses()
            .that().resideInAPackage(SERVER + ".livinglab..")
            .should().dependOnClassesThat(JavaClass.Predicates
                    .resideInAPackage(SERVER + "..").and(DescribedPredicate.not(JavaClass
                            .Predicates.resideInAPackage(SERVER + ".livinglab.."))));

    @ArchTest
    static final ArchRule kernelImportsNoCapability = noClasses()
            .that(inKernel())
            .should().dependOnClassesThat(inACapability());

    @ArchTest
    static final ArchRule capabilitiesMeetOnlyThroughServices = classes()
            .that(inACapability())
            .should(reachOtherCapabilitiesOnlyThroughTheirService());

    /** The rules above must have something to judge: the packages they name exist. */
    @ArchTest
    static void theKernelAndSomeCapabilitiesExist(JavaClasses classes) {
        for (String kernel : KERNEL) {
            assertThat(classes.containPackage(SERVER + "." + kernel)).as("kernel package " + kernel).isTrue();
        }
        assertThat(classes.stream().filter(inACapability()).map(ArchitectureTest::capabilityOf).distinct())
                .contains(Optional.of("posts"), Optional.of("members"));
    }

    /** The first package below {@code london.patchwork.server} a class lives in, if any. */
    static Optional<String> topPackage(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(SERVER + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(SERVER.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    static Optional<String> capabilityOf(JavaClass javaClass) {
        return topPackage(javaClass).filter(name -> !KERNEL.contains(name));
    }

    static DescribedPredicate<JavaClass> inKernel() {
        return DescribedPredicate.describe("are in a kernel package " + KERNEL,
                javaClass -> topPackage(javaClass).filter(KERNEL::contains).isPresent());
    }

    static DescribedPredicate<JavaClass> inACapability() {
        return DescribedPredicate.describe("are in a capability package", javaClass -> capabilityOf(javaClass).isPresent());
    }

    /** A capability may use another only through a class named {@code ...Service} (or a type nested in one). */
    static ArchCondition<JavaClass> reachOtherCapabilitiesOnlyThroughTheirService() {
        return new ArchCondition<>("reach other capabilities only through their XService") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = capabilityOf(origin).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> other = capabilityOf(target);
                    if (other.isPresent() && !other.get().equals(own) && !isService(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": capability " + own + " reaches into " + other.get() + " past its service"));
                    }
                }
            }
        };
    }

    private static boolean isService(JavaClass target) {
        JavaClass outermost = target;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.getSimpleName().endsWith("Service");
    }
}
