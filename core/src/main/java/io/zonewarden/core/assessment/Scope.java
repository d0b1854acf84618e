package io.zonewarden.core.assessment;

/** Which requirements a zone is assessed against. */
public enum Scope {
    /** Per FR, the rows selected at the zone's SL-T in that FR (IEC 62443-3-3 Annex B): the default. */
    TARGET,
    /** Every row up to SL 4, to show how far a zone already reaches beyond its target. */
    ALL
}
