package io.zonewarden.core.model.organisation;

import java.time.LocalDate;

/** A person's statement that they read and understood one version of a document. */
public record Acknowledgement(String person, String version, LocalDate date) {}
