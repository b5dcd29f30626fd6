package dev.parley.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every production class of every module obeys the hexagon (ARCHITECTURE.md §2). */
class HexagonArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.parley");
    }

    @Test
    void allModulesAreOnTheClassPath() {
        assertThat(production.containPackage("dev.parley.domain")).isTrue();
        assertThat(production.containPackage("dev.parley.application")).isTrue();
        assertThat(production.containPackage("dev.parley.adapter.rest")).isTrue();
        assertThat(production.containPackage("dev.parley.bootstrap")).isTrue();
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        HexagonRules.DOMAIN_USES_ONLY_THE_JDK.check(production);
    }

    @Test
    void applicationDependsOnTheJdkAndTheDomainOnly() {
        HexagonRules.APPLICATION_USES_ONLY_JDK_AND_DOMAIN.check(production);
    }

    @Test
    void noJakartaTypeInDomainOrApplication() {
        HexagonRules.NO_JAKARTA_IN_THE_CORE.check(production);
    }

    @Test
    void theCoreDoesNotKnowAdaptersOrBootstrap() {
        HexagonRules.CORE_DOES_NOT_KNOW_ADAPTERS.check(production);
    }

    @Test
    void adaptersNeverDependOnEachOther() {
        HexagonRules.ADAPTERS_ARE_INDEPENDENT.check(production);
    }

    @Test
    void adaptersDoNotDependOnBootstrap() {
        HexagonRules.ADAPTERS_DO_NOT_KNOW_BOOTSTRAP.check(production);
    }

    @Test
    void entitiesLiveOnlyInThePersistenceAdapter() {
        HexagonRules.ENTITIES_ONLY_IN_PERSISTENCE.check(production);
    }

    @Test
    void restResourcesLiveOnlyInTheRestAdapter() {
        HexagonRules.RESOURCES_ONLY_IN_REST.check(production);
    }

    @Test
    void packagesAreFreeOfCycles() {
        HexagonRules.NO_PACKAGE_CYCLES.check(production);
    }
}
