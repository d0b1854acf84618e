package io.zonewarden.monitor.baseline;

import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.capture.ObservedFlow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Learns a baseline from the analysis of known-good captures. */
public final class LearnBaseline {

    private LearnBaseline() {}

    public static Baseline learn(CaptureAnalysis analysis) {
        double minutes = minutes(analysis);
        var assets = new ArrayList<Baseline.KnownAsset>();
        for (var asset : analysis.assets()) {
            assets.add(new Baseline.KnownAsset(asset.ip(), asset.mac(), asset.identity()));
        }
        var flows = new LinkedHashMap<String, Accumulated>();
        for (var flow : analysis.flows()) {
            flows.computeIfAbsent(key(flow), k -> new Accumulated(flow)).add(flow);
        }
        var known = new ArrayList<Baseline.KnownFlow>();
        flows.values().forEach(a -> known.add(a.known(minutes)));
        return new Baseline(
                Baseline.FORMAT, analysis.files().stream().map(Path::toString).toList(), minutes, assets, known);
    }

    static String key(ObservedFlow flow) {
        return FlowKey.of(flow.clientAddress(), flow.serverAddress(), flow.transport(), flow.serverPort());
    }

    /** The capture's length in minutes; at least one, so that a short capture does not inflate rates. */
    static double minutes(CaptureAnalysis analysis) {
        if (analysis.first() == null || analysis.last() == null) return 1;
        double m = Duration.between(analysis.first(), analysis.last()).toMillis() / 60_000.0;
        return Math.max(1, m);
    }

    static Set<String> functions(ObservedFlow flow) {
        var functions = new LinkedHashSet<String>();
        flow.functions().forEach(f -> functions.add(f.protocol() + ":" + f.name()));
        return functions;
    }

    /** The flows of one conversation across sessions. */
    static final class Accumulated {
        final ObservedFlow first;
        final Set<String> protocols = new LinkedHashSet<>();
        final Set<String> functions = new LinkedHashSet<>();
        final Map<String, Long> functionCounts = new LinkedHashMap<>();
        long packets;

        Accumulated(ObservedFlow first) {
            this.first = first;
        }

        void add(ObservedFlow flow) {
            protocols.add(flow.protocol());
            functions.addAll(functions(flow));
            packets += flow.packetsToServer() + flow.packetsToClient();
        }

        Baseline.KnownFlow known(double minutes) {
            return new Baseline.KnownFlow(
                    first.clientAddress(),
                    first.serverAddress(),
                    first.transport(),
                    first.serverPort(),
                    protocols,
                    functions,
                    packets / minutes);
        }
    }
}
