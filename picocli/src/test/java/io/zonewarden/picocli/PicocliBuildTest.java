package io.zonewarden.picocli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** This module exists for its class-file version: picocli's published jar is Java 5 bytecode. */
class PicocliBuildTest {

    @Test
    void givenTheBuiltClasses_whenTheirVersionIsRead_thenItIsOursNotJava5() throws Exception {
        try (var in = new DataInputStream(
                CommandLine.class.getResourceAsStream("/picocli/CommandLine$Model$CommandSpec.class"))) {
            assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
            in.readUnsignedShort(); // minor version
            // 65 is Java 21, the release the parent POM compiles for; the AOT cache needs 50 (Java 6) or newer
            assertThat(in.readUnsignedShort()).isEqualTo(65);
        }
    }

    @Test
    void givenACommandLine_whenParsed_thenPicocliWorksAsPublished() {
        var spec = CommandLine.Model.CommandSpec.create()
                .addOption(CommandLine.Model.OptionSpec.builder("--format")
                        .type(String.class)
                        .build());
        var result = new CommandLine(spec).parseArgs("--format", "json");

        assertThat(result.matchedOptionValue("--format", "text")).isEqualTo("json");
    }
}
