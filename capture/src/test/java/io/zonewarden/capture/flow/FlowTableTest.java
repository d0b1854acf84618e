package io.zonewarden.capture.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowTableTest {
    private static final int TCP = 6;

    @Test
    void givenTwoConversations_whenFramesAlternateBetweenThemAndTheirDirections_thenEachFindsItsFlowAndDirection() {
        var table = new FlowTable();
        var modbus = table.add(0, 0x0A000001L, 41000, 0, 0x0A000002L, 502, TCP, 0);
        var s7 = table.add(0, 0x0A000001L, 41001, 0, 0x0A000003L, 102, TCP, 0);

        // the same conversation twice in a row (found without a probe), then the other one, then each reversed
        assertThat(table.find(0, 0x0A000001L, 41000, 0, 0x0A000002L, 502, TCP, 0))
                .isSameAs(modbus);
        assertThat(table.forward()).isTrue();
        assertThat(table.find(0, 0x0A000002L, 502, 0, 0x0A000001L, 41000, TCP, 0))
                .isSameAs(modbus);
        assertThat(table.forward()).isFalse();
        assertThat(table.find(0, 0x0A000003L, 102, 0, 0x0A000001L, 41001, TCP, 0))
                .isSameAs(s7);
        assertThat(table.forward()).isFalse();
        assertThat(table.find(0, 0x0A000001L, 41001, 0, 0x0A000003L, 102, TCP, 0))
                .isSameAs(s7);
        assertThat(table.forward()).isTrue();
        assertThat(table.find(0, 0x0A000001L, 41000, 0, 0x0A000002L, 502, TCP, 0))
                .isSameAs(modbus);
        assertThat(table.forward()).isTrue();
    }

    @Test
    void givenAFlowJustFound_whenOnlyTheProtocolOrEtherTypeDiffers_thenItIsNotThatFlow() {
        var table = new FlowTable();
        var tcp = table.add(0, 0x0A000001L, 20000, 0, 0x0A000002L, 20000, TCP, 0);
        assertThat(table.find(0, 0x0A000001L, 20000, 0, 0x0A000002L, 20000, TCP, 0))
                .isSameAs(tcp);

        assertThat(table.find(0, 0x0A000001L, 20000, 0, 0x0A000002L, 20000, 17, 0))
                .isNull();
        assertThat(table.find(0, 0x0A000001L, 20000, 0, 0x0A000002L, 20000, TCP, 0x0800))
                .isNull();
        assertThat(table.find(0, 0x0A000001L, 20000, 0, 0x0A000004L, 20000, TCP, 0))
                .isNull();
    }

    @Test
    void givenThousandsOfFlows_whenTheTableHasGrown_thenEveryFlowIsFoundFromBothEnds() {
        var table = new FlowTable();
        var flows = new Flow[5000];
        for (int i = 0; i < flows.length; i++) {
            flows[i] = table.add(0, 0x0A000000L + i, 40000 + i % 1000, 0, 0x0A010000L + i / 7, 502, TCP, 0);
        }
        for (int i = flows.length - 1; i >= 0; i--) {
            assertThat(table.find(0, 0x0A010000L + i / 7, 502, 0, 0x0A000000L + i, 40000 + i % 1000, TCP, 0))
                    .isSameAs(flows[i]);
            assertThat(table.forward()).isFalse();
        }
        assertThat(table.size()).isEqualTo(5000);
        assertThat(table.flows()).containsExactly(flows);
    }
}
