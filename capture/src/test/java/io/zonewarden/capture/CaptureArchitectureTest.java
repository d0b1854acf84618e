package io.zonewarden.capture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layout of {@code capture}, said out loud: plain Java, arrows pointing one way, no cycles. */
class CaptureArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.zonewarden.capture");

    @Test
    void capture_is_plain_java() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "java.net.http..")
                .check(CLASSES);
    }

    @Test
    void capture_does_not_know_the_modules_above_it() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.zonewarden.monitor..", "io.zonewarden.app..")
                .check(CLASSES);
    }

    @Test
    void no_cycles_between_packages() {
        slices().matching("io.zonewarden.capture.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void dissectors_do_not_know_each_other() {
        slices().matching("io.zonewarden.capture.dissect.(*)..")
                .should()
                .notDependOnEachOther()
                .check(CLASSES);
    }

    @Test
    void dissectors_know_only_bytes_not_flows_files_or_the_pipeline() {
        noClasses()
                .that()
                .resideInAPackage("io.zonewarden.capture.dissect..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.zonewarden.capture.flow..",
                        "io.zonewarden.capture.engine..",
                        "io.zonewarden.capture.inventory..",
                        "io.zonewarden.capture.pcap..",
                        "io.zonewarden.capture.link..")
                .check(CLASSES);
    }

    @Test
    void wire_depends_on_nothing_else_in_capture() {
        noClasses()
                .that()
                .resideInAPackage("io.zonewarden.capture.wire..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.zonewarden.capture.dissect..",
                        "io.zonewarden.capture.flow..",
                        "io.zonewarden.capture.engine..",
                        "io.zonewarden.capture.inventory..",
                        "io.zonewarden.capture.pcap..",
                        "io.zonewarden.capture.link..")
                .check(CLASSES);
    }
}
