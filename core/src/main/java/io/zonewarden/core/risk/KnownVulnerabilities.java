package io.zonewarden.core.risk;

import io.zonewarden.core.vulnerability.MatchVulnerabilities.Confidence;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.DecisionState;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Match;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Status;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The known vulnerabilities of each zone and conduit (IEC 62443-3-2 ZCR 5.2) as the risk assessment uses them, and
 * the vendor fixes they call for as countermeasure candidates (ZCR 5.7: the owner chooses them, the model does not
 * gain them by itself).
 *
 * @param zones per zone, the matches of its assets
 * @param conduits per conduit, the matches of its boundary devices ({@code devices})
 * @param updates per affected asset (exact matches), the vendor's fix as a candidate countermeasure
 */
public record KnownVulnerabilities(List<Listed> zones, List<Listed> conduits, List<Update> updates) {

    /** The CVSS base score from which an affected asset raises a scenario's likelihood: "high" in CVSS v3. */
    public static final double RAISING_CVSS = 7.0;

    public KnownVulnerabilities {
        zones = List.copyOf(zones);
        conduits = List.copyOf(conduits);
        updates = List.copyOf(updates);
    }

    /** The matches of one zone's assets or one conduit's devices, each with its part in the risk. */
    public record Listed(String subject, List<Entry> entries) {
        public Listed {
            entries = List.copyOf(entries);
        }
    }

    public record Entry(Match match, Role role) {}

    /** A vendor fix to consider as a countermeasure: not in the model until the owner adds it. */
    public record Update(
            String id,
            String asset,
            @Nullable String zone,
            List<String> advisories,
            List<String> cves,
            @Nullable Double cvss,
            String remediation) {
        public Update {
            advisories = List.copyOf(advisories);
            cves = List.copyOf(cves);
        }
    }

    /** What a match does to the risk. */
    public enum Role {
        /** Affected, exact, CVSS at least {@link #RAISING_CVSS}, not accepted (or accepted and expired). */
        RAISES("raises"),
        /** Affected, exact, below the threshold or without a score: listed, not raising. */
        BELOW_THRESHOLD("below-threshold"),
        /** Affected by a family match, or the version unknown: to check, not raising. */
        TO_CHECK("to-check"),
        /** The owner accepted the risk and the acceptance has not expired. */
        ACCEPTED("accepted"),
        NOT_AFFECTED("not-affected"),
        FIXED("fixed");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The part a match plays. */
        public static Role of(Match m) {
            if (m.status() == Status.KNOWN_NOT_AFFECTED) return NOT_AFFECTED;
            if (m.status() == Status.FIXED) return FIXED;
            if (m.decision() != null && m.decision().state() == DecisionState.ACCEPTED) return ACCEPTED;
            if (m.status() == Status.UNKNOWN_VERSION || m.confidence() == Confidence.FAMILY) return TO_CHECK;
            return m.cvss() != null && m.cvss() >= RAISING_CVSS ? RAISES : BELOW_THRESHOLD;
        }
    }
}
