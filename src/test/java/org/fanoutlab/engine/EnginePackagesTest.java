package org.fanoutlab.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages point one way — engine → engine.lanes → engine.base — so they form no cycle (issue 14):
 * a lane is fed posts by the engine and knows nothing of it; the base knows nothing of either.
 */
class EnginePackagesTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fanoutlab.engine");

    @Test
    void lanesKnowNothingOfTheFanoutEngine() {
        noClasses().that().resideInAPackage("org.fanoutlab.engine.lanes..")
                .should().dependOnClassesThat().resideInAPackage("org.fanoutlab.engine")
                .check(ENGINE);
    }

    @Test
    void theBaseKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("org.fanoutlab.engine.base..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.fanoutlab.engine", "org.fanoutlab.engine.lanes..")
                .check(ENGINE);
    }
}
