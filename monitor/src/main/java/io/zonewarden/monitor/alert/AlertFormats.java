package io.zonewarden.monitor.alert;

import java.util.Locale;

/**
 * Alerts as lines for a SIEM: ArcSight Common Event Format (CEF:0), whose header fields escape {@code |} and
 * {@code \} and whose extension values escape {@code =}, {@code \} and line breaks.
 */
public final class AlertFormats {

    private AlertFormats() {}

    /** One CEF line: {@code CEF:0|ZoneWarden|ZoneWarden|version|rule|title|severity|extensions}. */
    public static String cef(Alert alert, String version) {
        int severity = switch (alert.severity()) {
            case ERROR -> 8;
            case WARNING -> 5;
            case INFO -> 3;
        };
        return "CEF:0|ZoneWarden|ZoneWarden|" + header(version) + "|" + header(alert.rule()) + "|"
                + header(alert.title()) + "|" + severity + "|"
                + "src=" + ext(alert.client().address())
                + " dst=" + ext(alert.server().address())
                + " app=" + ext(alert.protocol())
                + " act=" + ext(alert.function())
                + " cnt=" + alert.count()
                + " start=" + alert.firstSeen().toEpochMilli()
                + " end=" + alert.lastSeen().toEpochMilli()
                + " cs1Label=technique cs1="
                + ext(alert.technique().id() + " " + alert.technique().title())
                + " suser=" + ext(alert.client().name())
                + " duser=" + ext(alert.server().name())
                + (alert.server().zone() == null
                        ? ""
                        : " cs2Label=zone cs2=" + ext(alert.server().zone()));
    }

    private static String header(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }

    private static String ext(String s) {
        return s.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The severity as SIEMs read it in JSON lines. */
    public static String severityName(Alert alert) {
        return alert.severity().label().toLowerCase(Locale.ROOT);
    }
}
