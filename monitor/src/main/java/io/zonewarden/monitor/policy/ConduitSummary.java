package io.zonewarden.monitor.policy;

/** What crossed one conduit: flows and packets, and how many flows its allow rules accepted. */
public record ConduitSummary(String conduit, long flows, long packets, long allowedFlows, long violatingFlows) {}
