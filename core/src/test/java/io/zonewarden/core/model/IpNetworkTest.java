package io.zonewarden.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpNetworkTest {

    private static IpNetwork net(String cidr) {
        return IpNetwork.parse(cidr);
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }

    @Test
    void givenZoneNetwork_whenParsed_thenAddressPrefixFirstAndLast() {
        var bpcs = net("10.20.1.0/24");

        assertThat(bpcs.address()).isEqualTo(ip("10.20.1.0"));
        assertThat(bpcs.prefixLength()).isEqualTo(24);
        assertThat(bpcs.first()).isEqualTo(ip("10.20.1.0"));
        assertThat(bpcs.last()).isEqualTo(ip("10.20.1.255"));
        assertThat(bpcs).hasToString("10.20.1.0/24");
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "10.20.1.0/24, 10.20.1.0, true",
        "10.20.1.0/24, 10.20.1.11, true",
        "10.20.1.0/24, 10.20.1.255, true",
        "10.20.1.0/24, 10.20.2.0, false",
        "10.20.1.0/24, 10.20.0.255, false",
        "10.20.1.11/32, 10.20.1.11, true",
        "10.20.1.11/32, 10.20.1.12, false",
        "0.0.0.0/0, 10.20.1.11, true",
        "0.0.0.0/0, 255.255.255.255, true",
        "0.0.0.0/0, ::, false",
        "::/0, 2001:db8::1, true",
        "::/0, 0.0.0.0, false",
        "::ffff:0:0/96, 10.20.1.11, false",
        "::ffff:0:0/96, ::ffff:10.20.1.11, true",
        "fd00:20::/48, fd00:20:0:1::11, true",
        "fd00:20::/48, fd00:20:0:ffff:ffff:ffff:ffff:ffff, true",
        "fd00:20::/48, fd00:21::, false",
        "fd00:20::/48, fd00:1f:ffff:ffff:ffff:ffff:ffff:ffff, false",
        "2001:db8::1/128, 2001:db8::1, true",
        "2001:db8::1/128, 2001:db8::2, false"
    })
    void givenNetwork_whenAskedForAnAddress_thenContainsOnlyItsOwnFamilyAndRange(
            String network, String address, boolean expected) {
        assertThat(net(network).contains(ip(address))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @CsvSource({
        "10.20.0.0/16, 10.20.1.0/24, true",
        "10.20.1.0/24, 10.20.0.0/16, true",
        "10.20.1.0/24, 10.20.1.0/24, true",
        "10.20.1.0/24, 10.20.2.0/24, false",
        "10.20.1.0/25, 10.20.1.128/25, false",
        "10.20.1.128/25, 10.20.1.255/32, true",
        "0.0.0.0/0, 192.168.0.0/16, true",
        "0.0.0.0/0, ::/0, false",
        "10.0.0.0/8, ::ffff:0:0/96, false",
        "fd00:20::/48, fd00:20:0:1::/64, true",
        "fd00:20::/48, fd00:21::/48, false",
        "2001:db8::1/128, 2001:db8::/127, true",
        "2001:db8::2/128, 2001:db8::/127, false"
    })
    void givenTwoNetworks_whenCompared_thenOverlapWhenTheyShareAnAddress(String a, String b, boolean expected) {
        assertThat(net(a).overlaps(net(b))).isEqualTo(expected);
        assertThat(net(b).overlaps(net(a))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> did you mean {1}")
    @CsvSource({
        "10.20.1.5/24, 10.20.1.0/24",
        "10.20.1.0/16, 10.20.0.0/16",
        "10.20.1.11/0, 0.0.0.0/0",
        "fd00:20::1/48, fd00:20::/48",
        "fd00:20:0:1::/47, fd00:20::/47"
    })
    void givenHostBitsSet_whenParsed_thenRefusedSuggestingTheNetwork(String text, String suggestion) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> net(text))
                .withMessageContaining("host bits set in " + text)
                .withMessageContaining("did you mean " + suggestion + "?");
    }

    @Test
    void givenWholeAddressSpace_whenParsed_thenSlashZero() {
        assertThat(net("0.0.0.0/0").last()).isEqualTo(ip("255.255.255.255"));
        assertThat(net("::/0").last()).isEqualTo(ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
    }

    @Test
    void givenHostRoutes_whenParsed_thenOneAddressEach() {
        var v4 = net("10.20.1.11/32");
        var v6 = net("2001:db8::11/128");

        assertThat(v4.first()).isEqualTo(v4.last()).isEqualTo(ip("10.20.1.11"));
        assertThat(v6.first()).isEqualTo(v6.last()).isEqualTo(ip("2001:db8::11"));
    }

    @Test
    void givenIpv6Site_whenParsed_thenSlash48Range() {
        var site = net("fd00:20::/48");

        assertThat(site.last()).isEqualTo(ip("fd00:20:0:ffff:ffff:ffff:ffff:ffff"));
        assertThat(site).hasToString("fd00:20::/48");
    }

    @Test
    void givenLongIpv6Spelling_whenParsed_thenPrintedCanonically() {
        assertThat(net("FD00:0020:0000::/48")).isEqualTo(net("fd00:20::/48")).hasToString("fd00:20::/48");
    }

    @ParameterizedTest(name = "{0} is /{1}")
    @CsvSource({"10.20.1.11, 32", "2001:db8::11, 128", "' 10.20.1.11 ', 32"})
    void givenBareAddress_whenParsed_thenHostNetwork(String text, int prefix) {
        var network = net(text);

        assertThat(network.prefixLength()).isEqualTo(prefix);
        assertThat(network.address()).isEqualTo(ip(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "10.20.1.0/33|0..32",
                "2001:db8::/129|0..128",
                "10.20.1.0/|prefix length after '/'",
                "10.20.1.0/abc|prefix length after '/'",
                "10.20.1.0/-1|prefix length after '/'",
                "10.20.1.0/1000|prefix length after '/'",
                "10.20.1/24|CIDR notation such as 10.20.1.0/24",
                "bpcs/24|CIDR notation such as 10.20.1.0/24",
                "/24|CIDR notation such as 10.20.1.0/24",
                "10.20.1.0/24/8|prefix length after '/'"
            })
    void givenMalformedCidr_whenParsed_thenRefusedSayingWhatWasExpected(String text, String expected) {
        assertThatIllegalArgumentException().isThrownBy(() -> net(text)).withMessageContaining(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"10.20.1", "bpcs"})
    void givenBareNonAddress_whenParsed_thenRefusedAsAnAddress(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> net(text))
                .withMessageContaining("expected an IPv4 address")
                .withMessageContaining("'" + text + "'");
    }
}
