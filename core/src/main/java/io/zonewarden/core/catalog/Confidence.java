package io.zonewarden.core.catalog;

/**
 * How sure we are of a catalog row's id or level, given the public sources we could read (see the catalog README).
 * The licensed standard settles every row; this says which rows most need that check.
 */
public enum Confidence {
    /** Several sources agree, or one good source was read for this very row. */
    HIGH,
    /** One source only, or inferred from a neighbouring row that was read. */
    MEDIUM,
    /** No source gives the row; it is an assumption from analogous rows. */
    LOW
}
