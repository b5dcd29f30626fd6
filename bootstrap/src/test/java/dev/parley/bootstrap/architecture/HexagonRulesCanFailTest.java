package dev.parley.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.parley.adapter.persistence.archviolation.ResourceInPersistence;
import dev.parley.adapter.rest.archviolation.ResourceUsingPersistence;
import dev.parley.application.archviolation.ServiceCallingAnAdapter;
import dev.parley.domain.archviolation.DomainEntity;
import dev.parley.domain.archviolation.cyclea.A;
import dev.parley.domain.archviolation.cycleb.B;
import org.junit.jupiter.api.Test;

/**
 * Proof that each architecture rule detects a breach: each rule is run against deliberate rule
 * breakers that exist only in the test sources, and must fail naming the culprit. A rule that
 * passes here is a rule that checks nothing.
 */
class HexagonRulesCanFailTest {

    private static void assertDetects(ArchRule rule, String culprit, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        assertThatThrownBy(() -> rule.check(imported))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(culprit);
    }

    @Test
    void aJakartaTypeInTheDomainIsDetected() {
        assertDetects(HexagonRules.NO_JAKARTA_IN_THE_CORE, "DomainEntity", DomainEntity.class);
        assertDetects(HexagonRules.DOMAIN_USES_ONLY_THE_JDK, "DomainEntity", DomainEntity.class);
    }

    @Test
    void anEntityOutsideThePersistenceAdapterIsDetected() {
        assertDetects(HexagonRules.ENTITIES_ONLY_IN_PERSISTENCE, "DomainEntity", DomainEntity.class);
    }

    @Test
    void theCoreReachingIntoAnAdapterIsDetected() {
        assertDetects(HexagonRules.CORE_DOES_NOT_KNOW_ADAPTERS, "ServiceCallingAnAdapter",
                ServiceCallingAnAdapter.class, ResourceUsingPersistence.class);
        assertDetects(HexagonRules.APPLICATION_USES_ONLY_JDK_AND_DOMAIN, "ServiceCallingAnAdapter",
                ServiceCallingAnAdapter.class, ResourceUsingPersistence.class);
    }

    @Test
    void anAdapterUsingAnotherAdapterIsDetected() {
        assertDetects(HexagonRules.ADAPTERS_ARE_INDEPENDENT, "ResourceUsingPersistence",
                ResourceUsingPersistence.class, ResourceInPersistence.class);
    }

    @Test
    void anAdapterUsingBootstrapIsDetected() {
        assertDetects(HexagonRules.ADAPTERS_DO_NOT_KNOW_BOOTSTRAP, "ResourceUsingPersistence",
                ResourceUsingPersistence.class, dev.parley.bootstrap.ParleyRestApplication.class);
    }

    @Test
    void aResourceOutsideTheRestAdapterIsDetected() {
        assertDetects(HexagonRules.RESOURCES_ONLY_IN_REST, "ResourceInPersistence", ResourceInPersistence.class);
    }

    @Test
    void aPackageCycleIsDetected() {
        assertDetects(HexagonRules.NO_PACKAGE_CYCLES, "cyclea", A.class, B.class);
    }
}
