package io.zonewarden.monitor.alert;

/** The MITRE ATT&CK for ICS techniques the built-in alerts name (attack.mitre.org, ICS matrix). */
public enum AttackTechnique {
    T0843("Program Download"),
    T0845("Program Upload"),
    T0857("System Firmware"),
    T0816("Device Restart/Shutdown"),
    T0858("Change Operating Mode"),
    T0855("Unauthorized Command Message"),
    T0836("Modify Parameter"),
    T0814("Denial of Service");

    private final String title;

    AttackTechnique(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String id() {
        return name();
    }
}
