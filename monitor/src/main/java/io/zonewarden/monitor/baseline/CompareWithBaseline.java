package io.zonewarden.monitor.baseline;

import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.core.zoning.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The deviations of a capture from a baseline: new assets, new conversations, new protocols or functions on a known
 * conversation, changed device identities (a different firmware revision is a change the plant should know of) and
 * rate spikes.
 */
public final class CompareWithBaseline {

    /** A conversation this many times busier than it was while learning is a spike... */
    static final double SPIKE_FACTOR = 5;
    /** ...provided it now carries at least this many packets per minute, so that idle links stay quiet. */
    static final double SPIKE_FLOOR = 60;

    private CompareWithBaseline() {}

    public static List<Deviation> compare(Baseline baseline, CaptureAnalysis analysis) {
        var evidence = analysis.files().stream().map(Path::toString).toList();
        var deviations = new ArrayList<Deviation>();
        var knownAssets = new HashMap<String, Baseline.KnownAsset>();
        baseline.assets().forEach(a -> knownAssets.put(a.key(), a));
        for (var asset : analysis.assets()) {
            var key = asset.ip() != null ? asset.ip() : String.valueOf(asset.mac());
            var known = knownAssets.get(key);
            if (known == null) {
                deviations.add(new Deviation(
                        "NEW-ASSET",
                        Severity.WARNING,
                        key,
                        "new device " + key + (asset.vendor() == null ? "" : " (" + asset.vendor() + ")")
                                + (asset.protocols().isEmpty()
                                        ? ""
                                        : " speaking "
                                                + String.join(
                                                        ", ",
                                                        asset.protocols().stream()
                                                                .sorted()
                                                                .toList())),
                        evidence));
                continue;
            }
            asset.identity().forEach((field, value) -> {
                var before = known.identity().get(field);
                if (before != null && !Objects.equals(before, value)) {
                    deviations.add(new Deviation(
                            "IDENTITY-CHANGE",
                            Severity.WARNING,
                            key,
                            key + " now reports " + field + " " + value + " (learned: " + before + ")",
                            evidence));
                }
            });
        }
        var knownFlows = new HashMap<String, Baseline.KnownFlow>();
        baseline.flows().forEach(f -> knownFlows.put(f.key(), f));
        double minutes = LearnBaseline.minutes(analysis);
        var current = new LinkedHashMap<String, LearnBaseline.Accumulated>();
        for (var flow : analysis.flows()) {
            current.computeIfAbsent(LearnBaseline.key(flow), k -> new LearnBaseline.Accumulated(flow))
                    .add(flow);
        }
        current.forEach((key, now) -> {
            var known = knownFlows.get(key);
            if (known == null) {
                deviations.add(new Deviation(
                        "NEW-FLOW",
                        Severity.WARNING,
                        key,
                        "new conversation " + key + " (" + String.join(", ", now.protocols) + ")",
                        evidence));
                return;
            }
            for (var protocol : now.protocols) {
                if (!known.protocols().contains(protocol)) {
                    deviations.add(new Deviation(
                            "NEW-PROTOCOL",
                            Severity.WARNING,
                            key,
                            protocol + " on " + key + ", which carried " + String.join(", ", known.protocols()),
                            evidence));
                }
            }
            for (var function : now.functions) {
                if (!known.functions().contains(function)) {
                    deviations.add(new Deviation(
                            "NEW-FUNCTION",
                            Severity.WARNING,
                            key,
                            "function " + function + " on " + key + " was not used while learning",
                            evidence));
                }
            }
            double rate = now.packets / minutes;
            if (rate >= SPIKE_FLOOR && rate > SPIKE_FACTOR * known.packetsPerMinute()) {
                deviations.add(new Deviation(
                        "RATE-SPIKE",
                        Severity.INFO,
                        key,
                        String.format(
                                java.util.Locale.ROOT,
                                "%s carries %.0f packets per minute, %.1f times the" + " learned %.1f",
                                key,
                                rate,
                                rate / Math.max(known.packetsPerMinute(), 1e-9),
                                known.packetsPerMinute()),
                        evidence));
            }
        });
        return deviations;
    }
}
