/**
 * What the plant model file's {@code risk} and {@code countermeasures} sections record (IEC 62443-3-2 ZCR 2 and ZCR
 * 5): the risk matrix with its tolerable line and its mapping to SL-T, the process hazards of the plant's hazard
 * study with their safeguards, threat scenarios, and the countermeasures a roadmap chooses from. The computations on
 * them live in {@code io.zonewarden.core.risk} and {@code io.zonewarden.core.roadmap}.
 */
@NullMarked
package io.zonewarden.core.model.risk;

import org.jspecify.annotations.NullMarked;
