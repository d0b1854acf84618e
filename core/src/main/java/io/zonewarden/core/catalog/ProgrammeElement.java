package io.zonewarden.core.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * One node of an asset owner's security programme, IEC 62443-2-1: in the 2010 edition a CSMS category, element group
 * or element (clause 4, e.g. {@code 4.3.3.5}); in the 2024 edition a security programme element (SPE 1..8), a
 * requirement group ({@code NET 1}) or a requirement ({@code NET 1.2}).
 *
 * @param edition which edition of 62443-2-1 the id belongs to; the two numberings are unrelated
 * @param id the id in that edition
 * @param kind the node's place in its edition's tree
 * @param parent the id of the enclosing node in the same edition; empty for a top-level node
 * @param title a short title in our own words (not the standard's text)
 * @param confidence how well the public sources support the id
 * @param note sources and publicly cited sub-clauses
 */
public record ProgrammeElement(
        Edition edition,
        String id,
        Kind kind,
        Optional<String> parent,
        String title,
        Confidence confidence,
        String note) {

    /** The editions of IEC 62443-2-1 in the catalog. */
    public enum Edition {
        /** Edition 1 (2010): the cyber security management system (CSMS), clause 4 and Annex A. */
        ED1_2010(2010),
        /** Edition 2 (2024): security programme elements SPE 1..8 with maturity levels. */
        ED2_2024(2024);

        private final int year;

        Edition(int year) {
            this.year = year;
        }

        public int year() {
            return year;
        }

        /** The edition published in {@code year}; empty for a year with no edition in the catalog. */
        public static Optional<Edition> ofYear(int year) {
            return Arrays.stream(values()).filter(e -> e.year == year).findFirst();
        }
    }

    /** The levels of the two trees, each with the word the catalog file uses for it. */
    public enum Kind {
        /** 2010: one of the three CSMS categories (4.2, 4.3, 4.4). */
        CATEGORY(Edition.ED1_2010, "category"),
        /** 2010: a group of elements within a category (4.3.2, 4.3.3, 4.3.4). */
        ELEMENT_GROUP(Edition.ED1_2010, "element_group"),
        /** 2010: a CSMS element. */
        ELEMENT(Edition.ED1_2010, "element"),
        /** 2024: a security programme element, SPE 1..8. */
        SPE(Edition.ED2_2024, "SPE"),
        /** 2024: a group of requirements within an SPE. */
        REQUIREMENT_GROUP(Edition.ED2_2024, "requirement_group"),
        /** 2024: a requirement. */
        REQUIREMENT(Edition.ED2_2024, "requirement");

        private final Edition edition;
        private final String token;

        Kind(Edition edition, String token) {
            this.edition = edition;
            this.token = token;
        }

        public Edition edition() {
            return edition;
        }

        /** The word for this kind in {@code catalog/iec62443-2-1.csv}. */
        public String token() {
            return token;
        }

        /** The kind written as {@code token} in the catalog file; empty for an unknown word. */
        public static Optional<Kind> ofToken(String token) {
            return Arrays.stream(values()).filter(k -> k.token.equals(token)).findFirst();
        }

        /** True for the kinds that sit at the top of their tree and have no parent. */
        public boolean isTopLevel() {
            return this == CATEGORY || this == SPE;
        }

        /** The kinds a node of this kind may sit under. An element sits in a group or straight in a category. */
        public Set<Kind> allowedParents() {
            return switch (this) {
                case CATEGORY, SPE -> Set.of();
                case ELEMENT_GROUP -> Set.of(CATEGORY);
                case ELEMENT -> Set.of(CATEGORY, ELEMENT_GROUP);
                case REQUIREMENT_GROUP -> Set.of(SPE);
                case REQUIREMENT -> Set.of(REQUIREMENT_GROUP);
            };
        }
    }

    public ProgrammeElement {
        if (kind.edition() != edition) {
            throw new IllegalArgumentException(id + ": kind '" + kind.token() + "' belongs to the "
                    + kind.edition().year() + " edition, not " + edition.year());
        }
        if (id.isBlank() || !id.strip().equals(id)) {
            throw new IllegalArgumentException("programme element id must be non-blank and unpadded, got '" + id + "'");
        }
        if (kind.isTopLevel() == parent.isPresent()) {
            throw new IllegalArgumentException(
                    kind.isTopLevel()
                            ? id + " is a " + kind.token() + ", which has no parent, but names " + parent.orElse("")
                            : id + " is a " + kind.token() + ", which needs a parent");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException(id + " has no title");
        }
    }
}
