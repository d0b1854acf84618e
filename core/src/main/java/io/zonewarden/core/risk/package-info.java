/**
 * The IEC 62443-3-2 risk assessment on a plant model: high-level risk per zone through the process hazards it can
 * affect (ZCR 2), inherent and residual risk of threat scenarios against the tolerable line (ZCR 5.5 to 5.10), and
 * SL-T derived per zone and FR from the risk matrix and the threat capability, with the trace of what set it
 * (ZCR 5.6). Use case: {@link io.zonewarden.core.risk.AssessRisk}.
 */
@NullMarked
package io.zonewarden.core.risk;

import org.jspecify.annotations.NullMarked;
