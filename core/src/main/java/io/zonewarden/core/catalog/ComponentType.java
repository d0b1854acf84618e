package io.zonewarden.core.catalog;

/**
 * Which kinds of component an IEC 62443-4-2 row applies to. A component that is of several types (say an embedded
 * device that also routes traffic, EDR and NDR) must meet the rows of each.
 */
public enum ComponentType {
    /** A component requirement (CR) common to every component type. */
    ALL,
    /** Software application requirement (62443-4-2 clause 12). */
    SAR,
    /** Embedded device requirement (clause 13). */
    EDR,
    /** Host device requirement (clause 14). */
    HDR,
    /** Network device requirement (clause 15). */
    NDR,
    /**
     * A CR number that holds no requirement of its own: either it points to the SAR/EDR/HDR/NDR clauses of the same
     * number, or 62443-4-2 gives no component-level requirement for it (CR 2.3, 5.4, 7.5). Never a requirement.
     */
    PLACEHOLDER;

    /** True for SAR, EDR, HDR and NDR: the types a real component can have. */
    public boolean isSpecific() {
        return this != ALL && this != PLACEHOLDER;
    }
}
