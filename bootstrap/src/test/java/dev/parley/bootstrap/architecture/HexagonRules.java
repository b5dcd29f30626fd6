package dev.parley.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules of ARCHITECTURE.md §2, as ArchUnit rules shared by the checks and their proofs. */
final class HexagonRules {

    private HexagonRules() {
    }

    /** The domain uses the JDK and itself only. */
    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes().that().resideInAPackage("dev.parley.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.parley.domain..")
            .as("the domain depends on the JDK and itself only");

    /** The application uses the JDK, the domain and itself only. */
    static final ArchRule APPLICATION_USES_ONLY_JDK_AND_DOMAIN = classes().that().resideInAPackage("dev.parley.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "javax.security..", "dev.parley.domain..", "dev.parley.application..")
            .as("the application depends on the JDK, the domain and itself only");

    /** No Jakarta (or javax EE) type anywhere in the core. */
    static final ArchRule NO_JAKARTA_IN_THE_CORE = noClasses().that()
            .resideInAnyPackage("dev.parley.domain..", "dev.parley.application..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "javax.inject..",
                    "javax.ws..", "javax.enterprise..", "org.eclipse.microprofile..")
            .as("no jakarta.* (or MicroProfile) type in domain or application");

    /** The core never reaches into an adapter or bootstrap. */
    static final ArchRule CORE_DOES_NOT_KNOW_ADAPTERS = noClasses().that()
            .resideInAnyPackage("dev.parley.domain..", "dev.parley.application..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.parley.adapter..", "dev.parley.bootstrap..")
            .as("the core does not depend on adapters or bootstrap");

    /** Adapters are independent of each other. */
    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("dev.parley.adapter.(*)..")
            .should().notDependOnEachOther()
            .as("adapters never depend on each other");

    /** Adapters never depend on bootstrap. */
    static final ArchRule ADAPTERS_DO_NOT_KNOW_BOOTSTRAP = noClasses().that().resideInAPackage("dev.parley.adapter..")
            .should().dependOnClassesThat().resideInAPackage("dev.parley.bootstrap..")
            .as("adapters do not depend on bootstrap");

    /** JPA entities live in the persistence adapter only. */
    static final ArchRule ENTITIES_ONLY_IN_PERSISTENCE = classes().that().areAnnotatedWith("jakarta.persistence.Entity")
            .or().areAnnotatedWith("jakarta.persistence.Embeddable")
            .or().areAnnotatedWith("jakarta.persistence.MappedSuperclass")
            .should().resideInAPackage("dev.parley.adapter.persistence..")
            .allowEmptyShould(true)
            .as("@Entity only in the persistence adapter");

    /** REST resources live in the REST adapter only. */
    static final ArchRule RESOURCES_ONLY_IN_REST = classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().resideInAPackage("dev.parley.adapter.rest..")
            .allowEmptyShould(true)
            .as("@Path only in the REST adapter");

    /** No cycles between packages. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.parley.(**)")
            .should().beFreeOfCycles()
            .as("no package cycles");
}
