package io.zonewarden.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @Nested
    class Ipv4 {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "10.20.1.11, 169083147",
            "0.0.0.0, 0",
            "255.255.255.255, 4294967295",
            "192.168.0.1, 3232235521",
            "1.2.3.4, 16909060"
        })
        void givenDottedQuad_whenParsed_thenValueInLowWordAndPrintedBack(String text, long value) {
            var ip = IpAddress.parse(text);

            assertThat(ip.v6()).isFalse();
            assertThat(ip.high()).isZero();
            assertThat(ip.low()).isEqualTo(value);
            assertThat(ip.bits()).isEqualTo(32);
            assertThat(ip).hasToString(text);
        }

        @Test
        void givenSurroundingSpaces_whenParsed_thenIgnored() {
            assertThat(IpAddress.parse("  10.20.1.11 ")).isEqualTo(IpAddress.parse("10.20.1.11"));
        }

        @Test
        void givenIntBits_whenBuilt_thenSameAsParsed() {
            assertThat(IpAddress.v4(0x0A14010B)).isEqualTo(IpAddress.parse("10.20.1.11"));
            assertThat(IpAddress.v4(0xFFFFFFFF)).hasToString("255.255.255.255");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(
                strings = {
                    "10.20.1",
                    "10.20.1.11.5",
                    "256.1.1.1",
                    "10.20.1.256",
                    "010.20.1.11",
                    "10.20.01.11",
                    "10.20.1.00",
                    "10..1.11",
                    "10.20.1.",
                    ".10.20.1",
                    "10.20.1.11.",
                    "1000.1.1.1",
                    "10.20.1.-1",
                    "+10.20.1.11",
                    "10.20.1.11a",
                    "10,20,1,11",
                    "10.20.1.0x1",
                    "plc-101.local",
                    ""
                })
        void givenNotADottedQuad_whenParsed_thenRefused(String text) {
            assertThat(IpAddress.tryParse(text)).isEmpty();
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> IpAddress.parse(text))
                    .withMessageContaining("expected an IPv4 address such as 10.20.1.11")
                    .withMessageContaining("'" + text + "'");
        }

        @Test
        void givenSingleZeroOctets_whenParsed_thenAccepted() {
            assertThat(IpAddress.parse("10.0.0.0")).hasToString("10.0.0.0");
        }

        @Test
        void givenMoreThan32Bits_whenBuilt_thenRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new IpAddress(0, 1L << 32, false))
                    .withMessageContaining("32 bits");
            assertThatIllegalArgumentException().isThrownBy(() -> new IpAddress(1, 0, false));
        }
    }

    @Nested
    class Ipv6 {

        @ParameterizedTest(name = "{0} is {1}:{2}")
        @CsvSource({
            "::, 0, 0",
            "::1, 0, 1",
            "1::, 0x0001000000000000, 0",
            "fe80::1:2, 0xfe80000000000000, 0x0000000000010002",
            "2001:db8::, 0x20010db800000000, 0",
            "2001:db8::1, 0x20010db800000000, 1",
            "2001:0db8:0000:0000:0000:0000:0000:0001, 0x20010db800000000, 1",
            "2001:DB8:0:0:0:0:0:1, 0x20010db800000000, 1",
            "1:2:3:4:5:6:7:8, 0x0001000200030004, 0x0005000600070008",
            "1:2:3:4:5:6:7::, 0x0001000200030004, 0x0005000600070000",
            "::2:3:4:5:6:7:8, 0x0000000200030004, 0x0005000600070008",
            "::ffff:10.1.2.3, 0, 0x0000ffff0a010203",
            "64:ff9b::192.0.2.33, 0x0064ff9b00000000, 0x00000000c0000221",
            "1:2:3:4:5:6:10.1.2.3, 0x0001000200030004, 0x000500060a010203",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0xffffffffffffffff, 0xffffffffffffffff"
        })
        void givenRfc4291TextForm_whenParsed_thenThe128Bits(String text, String high, String low) {
            var ip = IpAddress.parse(text);

            assertThat(ip.v6()).isTrue();
            assertThat(ip.bits()).isEqualTo(128);
            assertThat(ip.high())
                    .isEqualTo(Long.parseUnsignedLong(high.replace("0x", ""), high.startsWith("0x") ? 16 : 10));
            assertThat(ip.low())
                    .isEqualTo(Long.parseUnsignedLong(low.replace("0x", ""), low.startsWith("0x") ? 16 : 10));
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(
                strings = {
                    "1:2:3:4:5:6:7:8:9",
                    "1:2:3:4:5:6:7",
                    "1:2:3:4:5:6:7::8",
                    "::1:2:3:4:5:6:7:8",
                    "1::2::3",
                    "::1::",
                    ":::",
                    ":1:2:3:4:5:6:7",
                    "1:2:3:4:5:6:7:",
                    "::1:",
                    "12345::",
                    "fe80::g",
                    "fe80::1%eth0",
                    "fe80::1%1",
                    "::ffff:10.1.2",
                    "::ffff:256.1.2.3",
                    "::ffff:010.1.2.3",
                    "1:2:3:4:5:6:7:10.1.2.3",
                    "::10.1.2.3:1",
                    "fe80:: 1",
                    ":"
                })
        void givenMalformedIpv6_whenParsed_thenRefused(String text) {
            assertThat(IpAddress.tryParse(text)).isEmpty();
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> IpAddress.parse(text))
                    .withMessageContaining("IPv6 address such as fd00::11")
                    .withMessageContaining("'" + text + "'");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"fe80::\uFF11", "\uFF46e80::1", "fe80::\u0661", "2001:db8::\uFF21"})
        void givenNonAsciiDigitsOrLetters_whenParsed_thenRefused(String text) {
            // Character.digit reads fullwidth and Arabic-Indic digits as hex: an address is ASCII text
            assertThat(IpAddress.tryParse(text)).isEmpty();
        }

        @ParameterizedTest(name = "{0} prints as {1}")
        @CsvSource({
            "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
            "2001:DB8::AbCd, 2001:db8::abcd",
            "0:0:0:0:0:0:0:0, ::",
            "0:0:0:0:0:0:0:1, ::1",
            "1:0:0:0:0:0:0:0, 1::",
            "fe80:0:0:0:0:0:1:2, fe80::1:2",
            "2001:db8:0:0:0:0:2:0, 2001:db8::2:0",
            "0:1:0:1:0:1:0:1, 0:1:0:1:0:1:0:1",
            "1:0:1:0:1:0:1:0, 1:0:1:0:1:0:1:0",
            "fd00:0020:0000:0000:0000:0000:0000:0011, fd00:20::11",
            "2001:db8:00ab:0cd0:0000:0000:0000:0001, 2001:db8:ab:cd0::1"
        })
        void givenAnySpelling_whenPrinted_thenRfc5952CanonicalText(String text, String canonical) {
            var ip = IpAddress.parse(text);

            assertThat(ip).hasToString(canonical);
            assertThat(IpAddress.parse(canonical)).isEqualTo(ip);
        }

        @Test
        void givenIpv4MappedAddress_whenPrintedAndParsedBack_thenSameAddress() {
            var mapped = IpAddress.parse("::ffff:10.1.2.3");

            assertThat(IpAddress.parse(mapped.toString())).isEqualTo(mapped);
        }

        @Test
        void givenIpv4MappedAddress_whenComparedWithIpv4_thenDifferentFamilies() {
            var mapped = IpAddress.parse("::ffff:10.1.2.3");
            var v4 = IpAddress.parse("10.1.2.3");

            assertThat(mapped).isNotEqualTo(v4);
            assertThat(mapped.low()).isNotEqualTo(v4.low());
        }
    }

    @Nested
    class Ordering {

        @Test
        void givenMixedAddresses_whenSorted_thenIpv4FirstThenNumerically() {
            var addresses = new ArrayList<>(List.of(
                    IpAddress.parse("fe80::1"),
                    IpAddress.parse("10.20.1.11"),
                    IpAddress.parse("::"),
                    IpAddress.parse("255.255.255.255"),
                    IpAddress.parse("9.255.255.255"),
                    IpAddress.parse("ffff::"),
                    IpAddress.parse("0.0.0.0"),
                    IpAddress.parse("10.20.1.2"),
                    IpAddress.parse("::ffff:0.0.0.1")));

            addresses.sort(null);

            assertThat(addresses)
                    .containsExactly(
                            IpAddress.parse("0.0.0.0"),
                            IpAddress.parse("9.255.255.255"),
                            IpAddress.parse("10.20.1.2"),
                            IpAddress.parse("10.20.1.11"),
                            IpAddress.parse("255.255.255.255"),
                            IpAddress.parse("::"),
                            IpAddress.parse("::ffff:0.0.0.1"),
                            IpAddress.parse("fe80::1"),
                            IpAddress.parse("ffff::"));
        }

        @Test
        void givenHighBitSet_whenCompared_thenUnsignedOrder() {
            // 8000:: and 128.0.0.0 have the top bit set: signed comparison would put them first
            assertThat(IpAddress.parse("8000::")).isGreaterThan(IpAddress.parse("7fff::"));
            assertThat(IpAddress.parse("::8000:0:0:0")).isGreaterThan(IpAddress.parse("::7fff:0:0:0"));
            assertThat(IpAddress.parse("128.0.0.0")).isGreaterThan(IpAddress.parse("127.255.255.255"));
        }

        @Test
        void givenSameAddress_whenCompared_thenZero() {
            assertThat(IpAddress.parse("2001:db8::1")).isEqualByComparingTo(IpAddress.parse("2001:0db8:0:0::1"));
        }
    }

    @Nested
    class Masks {

        @ParameterizedTest(name = "{0}/{1}: first {2}, last {3}")
        @CsvSource({
            "10.20.1.77, 24, 10.20.1.0, 10.20.1.255",
            "10.20.1.77, 32, 10.20.1.77, 10.20.1.77",
            "10.20.1.77, 0, 0.0.0.0, 255.255.255.255",
            "10.20.1.77, 12, 10.16.0.0, 10.31.255.255",
            "2001:db8:1:2::77, 48, 2001:db8:1::, 2001:db8:1:ffff:ffff:ffff:ffff:ffff",
            "2001:db8:1:2::77, 64, 2001:db8:1:2::, 2001:db8:1:2:ffff:ffff:ffff:ffff",
            "2001:db8:1:2::77, 120, 2001:db8:1:2::, 2001:db8:1:2::ff",
            "2001:db8:1:2::77, 128, 2001:db8:1:2::77, 2001:db8:1:2::77",
            "2001:db8:1:2::77, 0, ::, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "2001:db8:1:2:8000::77, 65, 2001:db8:1:2:8000::, 2001:db8:1:2:ffff:ffff:ffff:ffff",
            "2001:db8:1:2::77, 1, ::, 7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
        })
        void givenPrefixLength_whenMasked_thenFirstAndLastOfTheNetwork(
                String address, int prefix, String first, String last) {
            var ip = IpAddress.parse(address);

            assertThat(ip.mask(prefix)).isEqualTo(IpAddress.parse(first));
            assertThat(ip.last(prefix)).isEqualTo(IpAddress.parse(last));
        }

        @Test
        void givenPrefixLongerThanTheFamily_whenMasked_thenRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> IpAddress.parse("10.0.0.1").mask(33))
                    .withMessageContaining("0..32");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> IpAddress.parse("::1").mask(129))
                    .withMessageContaining("0..128");
        }
    }
}
