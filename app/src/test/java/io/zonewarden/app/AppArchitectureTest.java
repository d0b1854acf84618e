package io.zonewarden.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line must stay light: only {@code serve} may start a web server. */
class AppArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.zonewarden.app");

    @Test
    void the_command_line_does_not_touch_the_web_layer() {
        noClasses()
                .that()
                .resideInAPackage("io.zonewarden.app.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "java.sql..")
                .check(CLASSES);
    }
}
