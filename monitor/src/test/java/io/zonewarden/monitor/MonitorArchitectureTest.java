package io.zonewarden.monitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layout of {@code monitor}, said out loud: plain Java, arrows pointing one way, no cycles. */
class MonitorArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.zonewarden.monitor");

    @Test
    void monitor_is_plain_java() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "java.net.http..")
                .check(CLASSES);
    }

    @Test
    void monitor_does_not_know_the_modules_above_it() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.zonewarden.app..")
                .check(CLASSES);
    }

    @Test
    void monitor_uses_the_capture_api_not_its_internals() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.zonewarden.capture.dissect..",
                        "io.zonewarden.capture.engine..",
                        "io.zonewarden.capture.flow..",
                        "io.zonewarden.capture.pcap..",
                        "io.zonewarden.capture.link..",
                        "io.zonewarden.capture.wire..",
                        "io.zonewarden.capture.inventory..")
                .check(CLASSES);
    }

    @Test
    void no_cycles_between_packages() {
        slices().matching("io.zonewarden.monitor.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
