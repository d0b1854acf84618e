package io.zonewarden.core.model;

import org.jspecify.annotations.Nullable;

/** What a plant model is about: one system under consideration at one site (IEC 62443-3-2 ZCR 1.1). */
public record PlantInfo(
        String id,
        String name,
        @Nullable String site,
        @Nullable String description) {

    public PlantInfo {
        Ids.require(id, "plant");
    }
}
