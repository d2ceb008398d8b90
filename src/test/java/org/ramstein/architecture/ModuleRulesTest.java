package org.ramstein.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps frameworks out of the domain, and the entry points (HTTP, CLI) out of everything else. */
class ModuleRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ramstein");

    @Test
    void domainPackagesUseNoFramework() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "io.javalin..", "com.fasterxml..", "picocli..",
                        "org.flywaydb..", "java.sql..", "org.apache.poi..", "org.apache.commons.csv..")
                .check(CLASSES);
    }

    @Test
    void domainPackagesDependOnNoApplicationLayer() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ramstein.storage..", "org.ramstein.web..", "org.ramstein.cli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEntryPointsKnowTheEntryPoints() {
        noClasses().that().resideOutsideOfPackages("org.ramstein.cli..", "org.ramstein.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ramstein.cli..", "org.ramstein.web..")
                .check(CLASSES);
    }

    @Test
    void theWebLayerDoesNotReachPastServicesIntoSql() {
        noClasses().that().resideInAPackage("org.ramstein.web..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(CLASSES);
    }
}
