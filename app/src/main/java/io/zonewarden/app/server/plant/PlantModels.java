package io.zonewarden.app.server.plant;

import io.zonewarden.app.server.store.PlantStore;
import io.zonewarden.core.assessment.AssessPlant;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.zoning.PlantValidator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Parsed models by plant and version. Parsing a 10,000-asset model takes a few hundred milliseconds; pages read the
 * same version many times between edits, so each version is parsed once. A version never changes once written, so
 * an entry is never stale: a newer version is simply another key. Keeps the most recently used few plants.
 */
@Component
public class PlantModels {

    private static final int CAPACITY = 8;

    private record Key(long plant, long version) {}

    private final PlantStore store;
    private final Map<Key, PlantInsight> insights = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PlantInsight> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<Key, Plant> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Plant> eldest) {
            return size() > CAPACITY;
        }
    };

    public PlantModels(PlantStore store) {
        this.store = store;
    }

    /** The model of a plant at the version of its row. */
    public Plant model(PlantStore.PlantRow row) {
        var key = new Key(row.id(), row.version());
        synchronized (cache) {
            var cached = cache.get(key);
            if (cached != null) return cached;
        }
        var yaml = store.model(row.id());
        Plant plant;
        try {
            plant = PlantYamlReader.read(yaml, "plant " + row.slug());
        } catch (ModelFileException e) {
            // the server only stores models its own reader accepted; a failure here means the database was
            // edited by hand or by an incompatible version
            throw new IllegalStateException(
                    "the stored model of plant '" + row.slug() + "' version " + row.version() + " is not readable: "
                            + e.getMessage(),
                    e);
        }
        put(row.id(), row.version(), plant);
        return plant;
    }

    /** The findings and the zero measurement of a plant at the version of its row. */
    public PlantInsight insight(PlantStore.PlantRow row) {
        var key = new Key(row.id(), row.version());
        synchronized (insights) {
            var cached = insights.get(key);
            if (cached != null) return cached;
        }
        var plant = model(row);
        var insight = PlantInsight.of(
                PlantValidator.standard().validate(plant),
                AssessPlant.standard().assess(plant));
        synchronized (insights) {
            insights.put(key, insight);
        }
        return insight;
    }

    /** Remembers a model just written, so the next read needs no parse. */
    void put(long plantId, long version, Plant plant) {
        synchronized (cache) {
            cache.put(new Key(plantId, version), plant);
        }
    }
}
