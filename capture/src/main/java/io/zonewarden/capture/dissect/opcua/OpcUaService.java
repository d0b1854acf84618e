package io.zonewarden.capture.dissect.opcua;

/**
 * Service request encodings (OPC 10000-4 services, numeric ids of the DefaultBinary encodings in OPC 10000-6 Annex
 * A / NodeIds.csv). A response's encoding id is its request's plus 3.
 */
public enum OpcUaService {
    FIND_SERVERS(422),
    GET_ENDPOINTS(428),
    REGISTER_SERVER(437),
    OPEN_SECURE_CHANNEL(446),
    CLOSE_SECURE_CHANNEL(452),
    CREATE_SESSION(461),
    ACTIVATE_SESSION(467),
    CLOSE_SESSION(473),
    CANCEL(479),
    ADD_NODES(488),
    ADD_REFERENCES(494),
    DELETE_NODES(500),
    DELETE_REFERENCES(506),
    BROWSE(527),
    BROWSE_NEXT(533),
    TRANSLATE_BROWSE_PATHS_TO_NODE_IDS(554),
    REGISTER_NODES(560),
    UNREGISTER_NODES(566),
    QUERY_FIRST(615),
    QUERY_NEXT(621),
    READ(631),
    HISTORY_READ(664),
    WRITE(673),
    HISTORY_UPDATE(700),
    CALL(712),
    CREATE_MONITORED_ITEMS(751),
    MODIFY_MONITORED_ITEMS(763),
    SET_MONITORING_MODE(769),
    SET_TRIGGERING(775),
    DELETE_MONITORED_ITEMS(781),
    CREATE_SUBSCRIPTION(787),
    MODIFY_SUBSCRIPTION(793),
    SET_PUBLISHING_MODE(799),
    PUBLISH(826),
    REPUBLISH(832),
    TRANSFER_SUBSCRIPTIONS(841),
    DELETE_SUBSCRIPTIONS(847),
    FIND_SERVERS_ON_NETWORK(12208),
    UNKNOWN(-1);

    /** ServiceFault (OPC 10000-4 7.33), returned instead of any response. */
    public static final int SERVICE_FAULT = 397;

    private final int request;

    OpcUaService(int request) {
        this.request = request;
    }

    /** The service of a request or response encoding id. */
    public static OpcUaService of(int typeId) {
        for (var s : values()) {
            if (s.request == typeId || (s.request > 0 && s.request + 3 == typeId)) {
                return s;
            }
        }
        return UNKNOWN;
    }

    /** E.g. "ReadRequest" for 631, "ReadResponse" for 634, "ServiceFault" for 397. */
    public static String label(int typeId) {
        if (typeId == SERVICE_FAULT) {
            return "ServiceFault";
        }
        var service = of(typeId);
        if (service == UNKNOWN) {
            return "type_" + typeId;
        }
        var name = new StringBuilder();
        for (var word : service.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.append(service.request == typeId ? "Request" : "Response").toString();
    }

    public int requestId() {
        return request;
    }
}
