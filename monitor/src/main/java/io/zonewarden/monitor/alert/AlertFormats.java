package io.zonewarden.monitor.alert;

import java.util.Locale;

/**
 * Alerts as lines for a SIEM: ArcSight Common Event Format (CEF:0), whose header fields escape {@code |} and
 * {@code \} and whose extension values escape {@code =}, {@code \} and line breaks.
 */
public final class AlertFormats {

    private AlertFormats() {}

    /**
     * One CEF line: {@code CEF:0|ZoneWarden|ZoneWarden|version|rule|title|severity|extensions}. The extension keys
     * are those of the CEF dictionary a SIEM maps without configuration: {@code src}/{@code dst} the addresses,
     * {@code spt}/{@code dpt} the ports (when the flow has them), {@code shost}/{@code dhost} the plant's asset ids
     * (when the address is an inventoried asset); the zones, which CEF has no key for, go in custom strings labelled
     * {@code srcZone} and {@code dstZone} (IEC 62443-3-2 ZCR 3: the zone is what the alert is judged by), the ATT&CK
     * for ICS technique in a third.
     */
    public static String cef(Alert alert, String version) {
        int severity = switch (alert.severity()) {
            case ERROR -> 8;
            case WARNING -> 5;
            case INFO -> 3;
        };
        var line = new StringBuilder(256)
                .append("CEF:0|ZoneWarden|ZoneWarden|")
                .append(header(version))
                .append('|')
                .append(header(alert.rule()))
                .append('|')
                .append(header(alert.title()))
                .append('|')
                .append(severity)
                .append('|');
        line.append("src=").append(ext(alert.client().address()));
        line.append(" dst=").append(ext(alert.server().address()));
        if (alert.clientPort() > 0) line.append(" spt=").append(alert.clientPort());
        if (alert.serverPort() > 0) line.append(" dpt=").append(alert.serverPort());
        if (alert.client().asset() != null)
            line.append(" shost=").append(ext(alert.client().asset()));
        if (alert.server().asset() != null)
            line.append(" dhost=").append(ext(alert.server().asset()));
        line.append(" app=").append(ext(alert.protocol()));
        line.append(" act=").append(ext(alert.function()));
        line.append(" cnt=").append(alert.count());
        line.append(" start=").append(alert.firstSeen().toEpochMilli());
        line.append(" end=").append(alert.lastSeen().toEpochMilli());
        if (alert.client().zone() != null) {
            line.append(" cs1Label=srcZone cs1=").append(ext(alert.client().zone()));
        }
        if (alert.server().zone() != null) {
            line.append(" cs2Label=dstZone cs2=").append(ext(alert.server().zone()));
        }
        line.append(" cs3Label=mitreAttackForIcs cs3=")
                .append(ext(alert.technique().id() + " " + alert.technique().title()));
        return line.toString();
    }

    /** A header field: a backslash and a pipe are escaped with a backslash; a line break would end the event. */
    static String header(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }

    /** An extension value: a backslash and an equals sign are escaped, line breaks written as {@code \\n}. */
    static String ext(String s) {
        return s.replace("\\", "\\\\")
                .replace("=", "\\=")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    /** The severity as SIEMs read it in JSON lines. */
    public static String severityName(Alert alert) {
        return alert.severity().label().toLowerCase(Locale.ROOT);
    }
}
