package io.zonewarden.monitor.alert;

import io.zonewarden.core.model.ChangeWindow;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.ZoneKind;
import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.policy.Endpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The severity of an OT operation in the context of the zone model (IEC 62443-3-2 ZCR 3: zones and conduits are what
 * traffic is judged by) and of the declared change windows (62443-2-1 change management). The rules, in order:
 *
 * <ol>
 *   <li>an operation between an enterprise zone and a process-side zone (control, safety, field: the DMZ bypassed)
 *       or into a safety zone is an error whatever its rule says;
 *   <li>otherwise an operation across zones, or from an address that is no asset of the inventory, is raised one
 *       step (info to warning, warning to error);
 *   <li>an operation by or on an asset (or zone) a change window names, at a time the window is open, is lowered one
 *       step from there and labelled {@code changeWindow: <id>}, unless rule 1 applied: a planned change does not
 *       make a path the model forbids acceptable, nor does it cover a host the inventory does not know;
 *   <li>when the plant declares change windows, an engineering operation (program transfer, firmware, stop, start,
 *       restart, reconfiguration) in no window is raised one step and labelled {@code outside change windows}.
 * </ol>
 *
 * Violations and deviations keep their rule's severity: the policy already rates them.
 */
public final class AlertContext {

    /** Operations that change what a controller runs or how: what a change window is declared for. */
    static final Set<String> ENGINEERING_RULES = Set.of(
            "OT-PROGRAM-UPLOAD",
            "OT-PROGRAM-DOWNLOAD",
            "OT-PLC-STOP",
            "OT-PLC-CONTROL",
            "OT-DEVICE-RESTART",
            "OT-CIP-STOP",
            "OT-APPLICATION-CONTROL",
            "OT-COMMUNICATION-CONTROL",
            "OT-MODBUS-PROGRAM",
            "OT-MODBUS-DIAGNOSTICS",
            "OT-FIRMWARE",
            "OT-DCP-SET");

    private final Plant plant;

    public AlertContext(Plant plant) {
        this.plant = plant;
    }

    /** An operation's severity in context, the labels that say why, and the window it fell in. */
    public record Judged(
            Severity severity,
            List<String> context,
            @Nullable String changeWindow) {}

    public Judged judge(String rule, Severity ruleSeverity, Endpoint client, Endpoint server, Instant time) {
        var context = new ArrayList<String>(2);
        var severity = ruleSeverity;
        var clientKind = kind(client.zone());
        var serverKind = kind(server.zone());
        boolean bypass = (clientKind == ZoneKind.ENTERPRISE && serverKind != null && serverKind.isProcessSide())
                || (serverKind == ZoneKind.ENTERPRISE && clientKind != null && clientKind.isProcessSide());
        boolean safety = serverKind == ZoneKind.SAFETY;
        boolean forbidden = bypass || safety;
        if (bypass) context.add("dmz-bypass");
        if (safety) context.add("safety-zone");
        if (forbidden) severity = Severity.ERROR;
        else {
            boolean crossZone = client.zone() != null
                    && server.zone() != null
                    && !client.zone().equals(server.zone());
            if (crossZone) context.add("cross-zone");
            if (client.asset() == null) context.add("unknown-source");
            if (crossZone || client.asset() == null) severity = raise(severity);
        }
        String window = null;
        if (!forbidden && client.asset() != null) {
            for (var w : plant.changeWindows()) {
                if (w.covers(time) && (names(w, client) || names(w, server))) {
                    window = w.id();
                    break;
                }
            }
        }
        if (window != null) {
            severity = lower(severity);
            context.add("changeWindow: " + window);
        } else if (!plant.changeWindows().isEmpty() && ENGINEERING_RULES.contains(rule)) {
            severity = raise(severity);
            context.add("outside change windows");
        }
        return new Judged(severity, context, window);
    }

    private static boolean names(ChangeWindow w, Endpoint end) {
        return (end.asset() != null && w.targets().contains(end.asset()))
                || (end.zone() != null && w.targets().contains(end.zone()));
    }

    private @Nullable ZoneKind kind(@Nullable String zone) {
        return zone == null ? null : plant.zone(zone).map(z -> z.kind()).orElse(null);
    }

    static Severity raise(Severity s) {
        return s == Severity.INFO ? Severity.WARNING : Severity.ERROR;
    }

    static Severity lower(Severity s) {
        return s == Severity.ERROR ? Severity.WARNING : Severity.INFO;
    }
}
