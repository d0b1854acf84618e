package io.zonewarden.core.risk;

import java.util.List;

/**
 * One level more likelihood for a threat scenario because a target zone holds an asset with a known, exploitable
 * vulnerability and no vendor fix applied (IEC 62443-3-2 ZCR 5.2 feeds the likelihood of ZCR 5.4). Capped at the
 * matrix's highest level, so {@code to} may equal {@code from}.
 *
 * @param from the scenario's unmitigated likelihood in the model
 * @param residualFrom the scenario's likelihood with its existing countermeasures in the model
 * @param zone the target zone that holds the asset
 * @param asset the asset whose vulnerability raises the likelihood: the one with the highest CVSS score
 * @param cvss the advisory's highest CVSS base score
 * @param others how many more (asset, advisory) pairs in the target zones would have raised it too
 * @param expiredAcceptance whether the owner had accepted the risk and the acceptance has expired
 */
public record LikelihoodRaise(
        int from,
        int to,
        int residualFrom,
        int residualTo,
        String zone,
        String asset,
        String advisory,
        List<String> cves,
        double cvss,
        int others,
        boolean expiredAcceptance) {

    public LikelihoodRaise {
        cves = List.copyOf(cves);
    }

    /** The trace line, for people. */
    public String describe() {
        return "likelihood " + from + " -> " + to + (to == from ? " (already the matrix's highest)" : "")
                + ", with existing countermeasures " + residualFrom + " -> " + residualTo + ": " + asset + " in zone "
                + zone + " is affected by " + advisory + (cves.isEmpty() ? "" : " (" + String.join(", ", cves) + ")")
                + ", CVSS " + cvss + ", no vendor fix applied"
                + (expiredAcceptance ? "; the owner's acceptance has expired" : "")
                + (others == 0 ? "" : "; " + others + " more known vulnerabilities in the target zones")
                + " (ZCR 5.2)";
    }
}
