package io.zonewarden.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an asset is, in the words of a plant inventory. The label is the model file's spelling. */
public enum AssetType {
    PLC("plc"),
    SAFETY_PLC("safety-plc"),
    HMI("hmi"),
    ENGINEERING_WORKSTATION("engineering-workstation"),
    HISTORIAN("historian"),
    SERVER("server"),
    WORKSTATION("workstation"),
    SWITCH("switch"),
    ROUTER("router"),
    FIREWALL("firewall"),
    WIRELESS_AP("wireless-ap"),
    RTU("rtu"),
    IED("ied"),
    REMOTE_ACCESS("remote-access"),
    SENSOR("sensor"),
    OTHER("other");

    private final String label;

    AssetType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Map<String, AssetType> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(AssetType::label, v -> v));
    private static final List<String> LABELS =
            Arrays.stream(values()).map(AssetType::label).toList();

    public static Optional<AssetType> ofLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    /** The labels in declaration order, for messages that list what is accepted. */
    public static List<String> labels() {
        return LABELS;
    }

    /**
     * True for the types that belong to process control whatever their declared Purdue level: controllers, field
     * devices and the HMIs and engineering stations that command them (IEC 62443-3-2 ZCR 3.2).
     */
    public boolean isControl() {
        return switch (this) {
            case PLC, SAFETY_PLC, RTU, IED, SENSOR, HMI, ENGINEERING_WORKSTATION -> true;
            default -> false;
        };
    }

    /** Devices that join networks: their interfaces legitimately sit in more than one zone's address range. */
    public boolean isBoundaryDevice() {
        return this == FIREWALL || this == ROUTER;
    }

    @Override
    public String toString() {
        return label;
    }
}
