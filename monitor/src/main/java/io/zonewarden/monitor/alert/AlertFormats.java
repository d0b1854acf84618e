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

    /**
     * One CEF line for an alert of any source, with the same keys as {@link #cef(Alert, String)} and besides: {@code
     * msg} the message, {@code cs4} the change window ({@code changeWindow}), {@code cs5} the context that set the
     * severity ({@code context}), {@code cs6} the source ({@code alertSource}: operation, violation, deviation); the
     * technique only when there is one, a destination only when the alert has one.
     */
    public static String cef(OutboundAlert alert, String version) {
        var line = new StringBuilder(320)
                .append("CEF:0|ZoneWarden|ZoneWarden|")
                .append(header(version))
                .append('|')
                .append(header(alert.rule()))
                .append('|')
                .append(header(alert.title()))
                .append('|')
                .append(cefSeverity(alert.severity()))
                .append('|');
        line.append("src=").append(ext(alert.client().address()));
        if (!alert.server().address().isEmpty())
            line.append(" dst=").append(ext(alert.server().address()));
        if (alert.clientPort() > 0) line.append(" spt=").append(alert.clientPort());
        if (alert.serverPort() > 0) line.append(" dpt=").append(alert.serverPort());
        if (alert.client().asset() != null)
            line.append(" shost=").append(ext(alert.client().asset()));
        if (alert.server().asset() != null)
            line.append(" dhost=").append(ext(alert.server().asset()));
        if (!alert.protocol().isEmpty()) line.append(" app=").append(ext(alert.protocol()));
        if (!alert.function().isEmpty()) line.append(" act=").append(ext(alert.function()));
        line.append(" cnt=").append(alert.count());
        line.append(" start=").append(alert.firstSeen().toEpochMilli());
        line.append(" end=").append(alert.lastSeen().toEpochMilli());
        line.append(" msg=").append(ext(alert.message()));
        if (alert.client().zone() != null) {
            line.append(" cs1Label=srcZone cs1=").append(ext(alert.client().zone()));
        }
        if (alert.server().zone() != null) {
            line.append(" cs2Label=dstZone cs2=").append(ext(alert.server().zone()));
        }
        if (alert.technique() != null) {
            line.append(" cs3Label=mitreAttackForIcs cs3=")
                    .append(ext(alert.technique().id() + " " + alert.technique().title()));
        }
        if (alert.changeWindow() != null) {
            line.append(" cs4Label=changeWindow cs4=").append(ext(alert.changeWindow()));
        }
        if (!alert.context().isEmpty()) {
            line.append(" cs5Label=context cs5=").append(ext(String.join(", ", alert.context())));
        }
        line.append(" cs6Label=alertSource cs6=").append(alert.source());
        return line.toString();
    }

    /**
     * One alert as one line of JSON: rule, source, severity (in context) and ruleSeverity, src and dst (address,
     * asset, zone), spt and dpt, protocol, function, count, first and last (ISO instants), technique where there is
     * one, changeWindow where it fell in one, context, title and message.
     */
    public static String jsonLine(OutboundAlert a) {
        var j = new StringBuilder(400).append('{');
        field(j, "rule", a.rule()).append(',');
        field(j, "source", a.source()).append(',');
        field(j, "severity", a.severity().label()).append(',');
        field(j, "ruleSeverity", a.ruleSeverity().label()).append(',');
        endpoint(j, "src", a.client()).append(',');
        endpoint(j, "dst", a.server()).append(',');
        j.append("\"spt\":").append(a.clientPort()).append(',');
        j.append("\"dpt\":").append(a.serverPort()).append(',');
        field(j, "protocol", a.protocol()).append(',');
        field(j, "function", a.function()).append(',');
        j.append("\"count\":").append(a.count()).append(',');
        field(j, "first", a.firstSeen().toString()).append(',');
        field(j, "last", a.lastSeen().toString()).append(',');
        if (a.technique() != null) {
            field(j, "technique", a.technique().id()).append(',');
            field(j, "techniqueName", a.technique().title()).append(',');
        }
        if (a.changeWindow() != null) field(j, "changeWindow", a.changeWindow()).append(',');
        j.append("\"context\":[");
        for (int i = 0; i < a.context().size(); i++) {
            if (i > 0) j.append(',');
            string(j, a.context().get(i));
        }
        j.append("],");
        field(j, "title", a.title()).append(',');
        field(j, "message", a.message());
        return j.append('}').toString();
    }

    private static StringBuilder endpoint(StringBuilder j, String name, io.zonewarden.monitor.policy.Endpoint e) {
        j.append('"').append(name).append("\":{");
        field(j, "address", e.address()).append(',');
        j.append("\"asset\":");
        if (e.asset() == null) j.append("null");
        else string(j, e.asset());
        j.append(",\"zone\":");
        if (e.zone() == null) j.append("null");
        else string(j, e.zone());
        return j.append('}');
    }

    private static StringBuilder field(StringBuilder j, String name, String value) {
        j.append('"').append(name).append("\":");
        return string(j, value);
    }

    /** A JSON string (RFC 8259 section 7): quote, backslash and control characters escaped. */
    static StringBuilder string(StringBuilder j, String s) {
        j.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> j.append("\\\"");
                case '\\' -> j.append("\\\\");
                case '\n' -> j.append("\\n");
                case '\r' -> j.append("\\r");
                case '\t' -> j.append("\\t");
                default -> {
                    if (c < 0x20) j.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else j.append(c);
                }
            }
        }
        return j.append('"');
    }

    static int cefSeverity(io.zonewarden.core.zoning.Severity severity) {
        return switch (severity) {
            case ERROR -> 8;
            case WARNING -> 5;
            case INFO -> 3;
        };
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
