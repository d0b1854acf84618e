package io.zonewarden.capture.dissect.bacnet;

/** BACnet service choices (ASHRAE 135 clause 21, BACnetConfirmedServiceChoice / BACnetUnconfirmedServiceChoice). */
public final class BacnetService {
    private static final String[] CONFIRMED = {
        "acknowledge_alarm",
        "confirmed_cov_notification",
        "confirmed_event_notification",
        "get_alarm_summary",
        "get_enrollment_summary",
        "subscribe_cov",
        "atomic_read_file",
        "atomic_write_file",
        "add_list_element",
        "remove_list_element",
        "create_object",
        "delete_object",
        "read_property",
        "read_property_conditional",
        "read_property_multiple",
        "write_property",
        "write_property_multiple",
        "device_communication_control",
        "confirmed_private_transfer",
        "confirmed_text_message",
        "reinitialize_device",
        "vt_open",
        "vt_close",
        "vt_data",
        "authenticate",
        "request_key",
        "read_range",
        "life_safety_operation",
        "subscribe_cov_property",
        "get_event_information",
        "subscribe_cov_property_multiple",
        "confirmed_cov_notification_multiple",
        "confirmed_audit_notification",
        "audit_log_query"
    };
    private static final String[] UNCONFIRMED = {
        "i_am",
        "i_have",
        "unconfirmed_cov_notification",
        "unconfirmed_event_notification",
        "unconfirmed_private_transfer",
        "unconfirmed_text_message",
        "time_synchronization",
        "who_has",
        "who_is",
        "utc_time_synchronization",
        "write_group",
        "unconfirmed_cov_notification_multiple",
        "unconfirmed_audit_notification",
        "who_am_i",
        "you_are"
    };

    /** Services that change a device rather than read it. */
    public static boolean isWrite(boolean confirmed, int service) {
        return confirmed
                && (service == 8
                        || service == 9
                        || service == 10
                        || service == 11
                        || service == 15
                        || service == 16
                        || service == 17
                        || service == 20
                        || service == 7);
    }

    private BacnetService() {}

    public static String label(boolean confirmed, int service) {
        String[] table = confirmed ? CONFIRMED : UNCONFIRMED;
        return service >= 0 && service < table.length ? table[service] : "service_" + service;
    }
}
