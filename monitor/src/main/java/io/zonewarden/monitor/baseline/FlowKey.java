package io.zonewarden.monitor.baseline;

/** How conversations are matched between a baseline and a capture: both ends, transport and server port. */
final class FlowKey {

    private FlowKey() {}

    static String of(String client, String server, String transport, int serverPort) {
        return transport + " " + client + " -> " + server + ":" + serverPort;
    }
}
