package io.zonewarden.core.organisation;

/**
 * A piece of evidence the organisation gives for one IEC 62443-2-1:2024 element, for the programme assessment.
 *
 * @param element the element id, e.g. {@code ORG 1.3}
 * @param source what the evidence comes from: a document id, {@code roles} or {@code awareness}
 * @param summary one line saying what it shows
 */
public record ProgrammeEvidence(String element, String source, String summary) {}
