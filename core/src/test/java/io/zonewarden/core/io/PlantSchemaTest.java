package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.Criticality;
import io.zonewarden.core.model.ZoneKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema of the plant model file agrees with the reader and accepts what the writer writes. */
class PlantSchemaTest {

    private static final Path EXAMPLE = Path.of("../examples/chemical-plant.yaml");
    private static final JsonNode SCHEMA_JSON = schemaJson();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_JSON.toString(), InputFormat.JSON);

    private static JsonNode schemaJson() {
        try (var in = PlantSchemaTest.class.getResourceAsStream("/schema/plant.schema.json")) {
            assertThat(in).as("schema resource").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void givenTheExamplePlant_whenCheckedAgainstTheSchema_thenItConforms() throws IOException {
        var errors = SCHEMA.validate(Files.readString(EXAMPLE), InputFormat.YAML);
        assertThat(errors).isEmpty();
    }

    @Test
    void givenWhatTheWriterWrites_whenCheckedAgainstTheSchema_thenItConforms() throws Exception {
        var written = PlantYamlWriter.write(PlantYamlReader.read(EXAMPLE));
        assertThat(SCHEMA.validate(written, InputFormat.YAML)).isEmpty();
    }

    @Test
    void givenAnUnknownKeyAndAnUnknownType_whenChecked_thenTheSchemaRefusesBoth() {
        var yaml = """
                plant: {id: p}
                assets:
                  - {id: a, type: plcc, vendr: x}
                """;
        var errors = SCHEMA.validate(yaml, InputFormat.YAML);
        assertThat(errors)
                .extracting(e -> e.getInstanceLocation().toString())
                .anySatisfy(l -> assertThat(l).contains("assets").contains("type"));
        assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("vendr"));
    }

    @Test
    void givenTheReader_whenItsKeysAreComparedWithTheSchema_thenTheyAreTheSame() {
        assertThat(properties(SCHEMA_JSON)).isEqualTo(PlantYamlReader.ROOT_KEYS);
        assertThat(properties(SCHEMA_JSON.path("properties").path("plant"))).isEqualTo(PlantYamlReader.PLANT_KEYS);
        var defs = SCHEMA_JSON.path("$defs");
        assertThat(properties(defs.path("asset"))).isEqualTo(PlantYamlReader.ASSET_KEYS);
        assertThat(properties(defs.path("changeWindow"))).isEqualTo(ChangeWindowYaml.WINDOW_KEYS);
        assertThat(properties(defs.path("zone"))).isEqualTo(PlantYamlReader.ZONE_KEYS);
        assertThat(properties(defs.path("conduit"))).isEqualTo(PlantYamlReader.CONDUIT_KEYS);
        assertThat(properties(defs.path("vulnerabilityDecision"))).isEqualTo(PlantYamlReader.DECISION_KEYS);
        assertThat(properties(defs.path("allowRule"))).isEqualTo(PlantYamlReader.ALLOW_KEYS);
        assertThat(properties(defs.path("assessment"))).isEqualTo(AssessmentYaml.SECTION_KEYS);
        assertThat(properties(defs.path("answer").path("anyOf").path(1))).isEqualTo(AssessmentYaml.ANSWER_KEYS);
        assertThat(properties(defs.path("evidence"))).isEqualTo(AssessmentYaml.EVIDENCE_KEYS);
        assertThat(properties(defs.path("assessment")
                        .path("properties")
                        .path("components")
                        .path("additionalProperties")))
                .isEqualTo(AssessmentYaml.COMPONENT_KEYS);
        assertThat(properties(defs.path("assessment")
                        .path("properties")
                        .path("programme")
                        .path("additionalProperties")
                        .path("anyOf")
                        .path(1)))
                .isEqualTo(AssessmentYaml.RATING_KEYS);
    }

    @Test
    void givenTheOrganisationReader_whenItsKeysAreComparedWithTheSchema_thenTheyAreTheSame() {
        var defs = SCHEMA_JSON.path("$defs");
        assertThat(properties(defs.path("organisation"))).isEqualTo(OrganisationYaml.ORGANISATION_KEYS);
        assertThat(properties(defs.path("person"))).isEqualTo(OrganisationYaml.PERSON_KEYS);
        assertThat(properties(defs.path("role"))).isEqualTo(OrganisationYaml.ROLE_KEYS);
        assertThat(properties(defs.path("raciRow"))).isEqualTo(OrganisationYaml.RACI_KEYS);
        assertThat(properties(defs.path("document"))).isEqualTo(OrganisationYaml.DOCUMENT_KEYS);
        assertThat(properties(defs.path("audience"))).isEqualTo(OrganisationYaml.AUDIENCE_KEYS);
        assertThat(properties(defs.path("acknowledgement"))).isEqualTo(OrganisationYaml.ACKNOWLEDGEMENT_KEYS);
        assertThat(properties(defs.path("awareness"))).isEqualTo(OrganisationYaml.AWARENESS_KEYS);
        assertThat(properties(defs.path("awarenessModule"))).isEqualTo(OrganisationYaml.MODULE_KEYS);
        assertThat(properties(defs.path("campaign"))).isEqualTo(OrganisationYaml.CAMPAIGN_KEYS);
        assertThat(properties(defs.path("completion"))).isEqualTo(OrganisationYaml.COMPLETION_KEYS);
        assertThat(strings(defs.path("person")
                        .path("properties")
                        .path("discipline")
                        .path("enum")))
                .containsExactlyElementsOf(io.zonewarden.core.model.organisation.Discipline.labels());
        assertThat(strings(defs.path("document").path("properties").path("kind").path("enum")))
                .containsExactlyElementsOf(io.zonewarden.core.model.organisation.DocumentKind.labels());
    }

    @Test
    void givenTheRiskReader_whenItsKeysAreComparedWithTheSchema_thenTheyAreTheSame() {
        var defs = SCHEMA_JSON.path("$defs");
        assertThat(properties(defs.path("risk"))).isEqualTo(RiskYaml.RISK_KEYS);
        assertThat(properties(defs.path("riskMatrix"))).isEqualTo(RiskYaml.MATRIX_KEYS);
        assertThat(properties(defs.path("hazard"))).isEqualTo(RiskYaml.HAZARD_KEYS);
        assertThat(properties(defs.path("safeguard"))).isEqualTo(RiskYaml.SAFEGUARD_KEYS);
        assertThat(properties(defs.path("scenario"))).isEqualTo(RiskYaml.SCENARIO_KEYS);
        assertThat(properties(defs.path("sisAssessment"))).isEqualTo(RiskYaml.SIS_ASSESSMENT_KEYS);
        assertThat(properties(defs.path("countermeasure"))).isEqualTo(RiskYaml.COUNTERMEASURE_KEYS);
        assertThat(properties(defs.path("zoneRequirements"))).isEqualTo(RiskYaml.SATISFIES_KEYS);
        assertThat(properties(defs.path("reduction"))).isEqualTo(RiskYaml.REDUCES_KEYS);
        assertThat(properties(defs.path("resolution").path("oneOf").path(1))).isEqualTo(RiskYaml.RESOLVES_KEYS);
        assertThat(new java.util.ArrayList<>(properties(defs.path("consequences"))))
                .containsExactlyElementsOf(io.zonewarden.core.model.risk.ConsequenceCategory.labels());
        assertThat(strings(
                        defs.path("safeguard").path("properties").path("kind").path("enum")))
                .containsExactlyElementsOf(io.zonewarden.core.model.risk.SafeguardKind.labels());
    }

    @Test
    void givenTheModelEnums_whenComparedWithTheSchema_thenTheLabelsAreTheSame() {
        var defs = SCHEMA_JSON.path("$defs");
        assertThat(strings(defs.path("asset").path("properties").path("type").path("enum")))
                .containsExactlyElementsOf(AssetType.labels());
        assertThat(strings(defs.path("zone").path("properties").path("kind").path("enum")))
                .containsExactlyElementsOf(ZoneKind.labels());
        assertThat(strings(defs.path("asset")
                        .path("properties")
                        .path("criticality")
                        .path("enum")))
                .containsExactlyElementsOf(Criticality.labels());
        assertThat(strings(defs.path("answerStatus").path("enum")))
                .containsExactlyElementsOf(io.zonewarden.core.model.assessment.AnswerStatus.labels());
    }

    private static Set<String> properties(JsonNode objectSchema) {
        return new java.util.LinkedHashSet<>(objectSchema.path("properties").propertyNames());
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }
}
