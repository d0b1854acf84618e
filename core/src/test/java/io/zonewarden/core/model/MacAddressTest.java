package io.zonewarden.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"00:1b:1b:10:11:01", "00:1B:1B:10:11:01", "00-1b-1b-10-11-01", " 00:1b:1b:10:11:01 "})
    void givenColonOrDashSpelling_whenParsed_thenSameAddressPrintedLowerCaseWithColons(String text) {
        var mac = MacAddress.parse(text);

        assertThat(mac.value()).isEqualTo(0x001b1b101101L);
        assertThat(mac).hasToString("00:1b:1b:10:11:01");
    }

    @Test
    void givenSiemensAddress_whenAskedForOui_thenVendorPrefix() {
        assertThat(MacAddress.parse("00:1b:1b:aa:bb:cc").oui()).isEqualTo(0x001b1b);
    }

    @Test
    void givenExtremes_whenPrinted_thenTwelveDigits() {
        assertThat(new MacAddress(0)).hasToString("00:00:00:00:00:00");
        assertThat(new MacAddress(0xFFFF_FFFF_FFFFL)).hasToString("ff:ff:ff:ff:ff:ff");
        assertThat(MacAddress.parse("ff:ff:ff:ff:ff:ff").oui()).isEqualTo(0xFFFFFF);
    }

    @Test
    void givenMoreThan48Bits_whenBuilt_thenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MacAddress(1L << 48))
                .withMessageContaining("48 bits");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "00:1b:1b:10:11",
                "00:1b:1b:10:11:01:02",
                "001b1b101101",
                "001b.1b10.1101",
                "00:1b:1b:10:11:0g",
                "00:1b:1b:10:11:1",
                "0:1b:1b:10:11:011",
                "00:1b:1b:10:11;01",
                "00 1b 1b 10 11 01",
                ""
            })
    void givenNotAMacAddress_whenParsed_thenRefusedWithAnExample(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MacAddress.parse(text))
                .withMessageContaining("expected a MAC address such as 00:1b:1b:aa:bb:cc")
                .withMessageContaining("'" + text + "'");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"00:1b:1b:10:11:0\uFF21", "\uFF10\uFF10:1b:1b:10:11:01", "00:1b:1b:10:11:\u0660\u0661"})
    void givenNonAsciiHexDigits_whenParsed_thenRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> MacAddress.parse(text));
    }

    @Test
    void givenPrintedAddress_whenParsedBack_thenEqual() {
        var mac = new MacAddress(0x0a0b0c0d0e0fL);

        assertThat(MacAddress.parse(mac.toString())).isEqualTo(mac);
    }
}
