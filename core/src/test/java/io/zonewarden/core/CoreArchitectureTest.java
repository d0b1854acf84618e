package io.zonewarden.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layout of {@code core}, said out loud: plain Java, I/O only in {@code io}, no cycles. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.zonewarden.core");

    @Test
    void core_is_plain_java() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "java.net.http..")
                .check(CORE);
    }

    @Test
    void core_does_not_know_the_other_modules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.zonewarden.capture..", "io.zonewarden.monitor..", "io.zonewarden.app..")
                .check(CORE);
    }

    @Test
    void only_the_io_package_touches_files_or_the_network() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.zonewarden.core.io..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.net..")
                .allowEmptyShould(true)
                .check(CORE);
    }

    @Test
    void no_cycles_between_packages() {
        slices().matching("io.zonewarden.core.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(CORE);
    }
}
