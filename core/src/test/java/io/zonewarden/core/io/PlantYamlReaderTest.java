package io.zonewarden.core.io;

import static io.zonewarden.core.model.PlantFixture.aCompliantPlant;
import static io.zonewarden.core.model.PlantFixture.sl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.Conduit;
import io.zonewarden.core.model.Criticality;
import io.zonewarden.core.model.IpNetwork;
import io.zonewarden.core.model.MacAddress;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PlantInfo;
import io.zonewarden.core.model.PurdueLevel;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlantYamlReaderTest {

    static final Path EXAMPLE = Path.of("..", "examples", "chemical-plant.yaml");

    static final String FILE = "unit-3.yaml";

    /** A small valid plant; each bad input below changes one line of it. Line numbers are counted from 1. */
    static final String VALID = """
            plant: {id: unit-3, name: Unit 3}
            assets:
              - {id: plc-1, type: plc, ip: [10.20.1.11]}
              - {id: hmi-1, type: hmi, ip: [10.20.2.21]}
            zones:
              - id: bpcs
                kind: control
                slTarget: "{2 2 2 1 3 1 3}"
                assets: [plc-1, hmi-1]
                networks: [10.20.1.0/24, 10.20.2.0/24]
                allow:
                  - {from: hmi-1, to: plc-1, protocol: s7comm, port: 102}
              - {id: dmz, kind: dmz, slTarget: "2", assets: []}
            conduits:
              - {id: dmz-bpcs, zones: [dmz, bpcs], slTarget: "2"}
            """;

    /** {@link #VALID} with {@code old}, which must occur exactly once, replaced. */
    static String validWith(String old, String replacement) {
        assertThat(VALID.split(java.util.regex.Pattern.quote(old), -1))
                .as("'%s' occurs once in the valid plant", old)
                .hasSize(2);
        return VALID.replace(old, replacement);
    }

    /** Reads and expects a refusal: the reader throws and hands back no plant. */
    static List<Problem> problemsReading(String yaml) {
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal).as("refusal of%n%s", yaml).isNotNull();
        assertThat(refusal.problems()).isNotEmpty();
        return refusal.problems();
    }

    @Test
    void givenValidPlant_whenRead_thenEveryPartAsWritten() throws ModelFileException {
        var plant = PlantYamlReader.read(VALID, FILE);

        assertThat(plant.info()).isEqualTo(new PlantInfo("unit-3", "Unit 3", null, null));
        assertThat(plant.assets()).extracting(Asset::id).containsExactly("plc-1", "hmi-1");
        assertThat(plant.asset("plc-1").orElseThrow().name()).isEqualTo("plc-1");
        var bpcs = plant.zone("bpcs").orElseThrow();
        assertThat(bpcs.kind()).isEqualTo(ZoneKind.CONTROL);
        assertThat(bpcs.slTarget()).isEqualTo(sl(2, 2, 2, 1, 3, 1, 3));
        assertThat(bpcs.assets()).containsExactly("plc-1", "hmi-1");
        assertThat(bpcs.networks()).containsExactly(IpNetwork.parse("10.20.1.0/24"), IpNetwork.parse("10.20.2.0/24"));
        assertThat(bpcs.allow()).containsExactly(new AllowRule("hmi-1", "plc-1", "s7comm", 102, List.of()));
        assertThat(plant.zone("dmz").orElseThrow().slTarget()).isEqualTo(sl(2));
        assertThat(plant.conduit("dmz-bpcs").orElseThrow().zones()).containsExactly("dmz", "bpcs");
    }

    @Test
    void givenSlTargetWrittenAsABareNumber_whenRead_thenFlatVector() throws ModelFileException {
        var plant = PlantYamlReader.read(validWith("slTarget: \"2\", assets: []", "slTarget: 3, assets: []"), FILE);

        assertThat(plant.zone("dmz").orElseThrow().slTarget()).isEqualTo(sl(3));
    }

    @Test
    void givenPurdueLevelsAndFlags_whenRead_thenTyped() throws ModelFileException {
        var yaml = validWith(
                "  - {id: plc-1, type: plc, ip: [10.20.1.11]}",
                "  - {id: plc-1, type: plc, ip: [10.20.1.11, 'fd00:20::11'], mac: 00-1B-1B-10-11-01, purdue: 1,"
                        + " safety: true, wireless: false, temporary: true, external: false, criticality: high,"
                        + " slCapability: '{2,2,2,1,2,1,2}', firmware: 3.20, vendor: Siemens}\n"
                        + "  - {id: broker, type: server, purdue: 3.5}");
        var plant = PlantYamlReader.read(yaml.replace("[plc-1, hmi-1]", "[plc-1, hmi-1, broker]"), FILE);

        var plc = plant.asset("plc-1").orElseThrow();
        assertThat(plc.ip()).extracting(Object::toString).containsExactly("10.20.1.11", "fd00:20::11");
        assertThat(plc.mac()).isEqualTo(MacAddress.parse("00:1b:1b:10:11:01"));
        assertThat(plc.purdue()).isEqualTo(PurdueLevel.L1);
        assertThat(plc.safety()).isTrue();
        assertThat(plc.wireless()).isFalse();
        assertThat(plc.temporary()).isTrue();
        assertThat(plc.external()).isFalse();
        assertThat(plc.criticality()).isEqualTo(Criticality.HIGH);
        assertThat(plc.slCapability()).isEqualTo(sl(2, 2, 2, 1, 2, 1, 2));
        assertThat(plc.firmware()).as("kept as written, not as the number 3.2").isEqualTo("3.20");
        assertThat(plc.vendor()).isEqualTo("Siemens");
        assertThat(plant.asset("broker").orElseThrow().purdue()).isEqualTo(PurdueLevel.L3_5);
    }

    @Nested
    class RoundTrip {

        @Test
        void givenExamplePlant_whenWrittenAndReadBack_thenEqualPlant() throws ModelFileException {
            var plant = PlantYamlReader.read(EXAMPLE);

            var again = PlantYamlReader.read(PlantYamlWriter.write(plant), "written.yaml");

            assertThat(again).isEqualTo(plant);
            assertThat(again.assets()).containsExactlyElementsOf(plant.assets());
            assertThat(again.zones()).containsExactlyElementsOf(plant.zones());
            assertThat(again.conduits()).containsExactlyElementsOf(plant.conduits());
        }

        @Test
        void givenWrittenText_whenReadAndWrittenAgain_thenSameText() throws ModelFileException {
            var text = PlantYamlWriter.write(PlantYamlReader.read(EXAMPLE));

            assertThat(PlantYamlWriter.write(PlantYamlReader.read(text, "written.yaml")))
                    .isEqualTo(text);
        }

        @Test
        void givenEveryFieldAndEveryPurdueLevel_whenWrittenToAFileAndReadBack_thenEqualPlant(@TempDir Path dir)
                throws IOException, ModelFileException {
            var plant = everyField();
            var file = dir.resolve("plant.yaml");

            PlantYamlWriter.write(plant, file);

            assertThat(PlantYamlReader.read(file)).isEqualTo(plant);
            try (var left = Files.list(dir)) {
                assertThat(left).as("no temporary file left beside it").containsExactly(file);
            }
        }

        @Test
        void givenCompliantFixturePlant_whenWrittenAndReadBack_thenEqualPlant() throws ModelFileException {
            var plant = aCompliantPlant().build();

            assertThat(PlantYamlReader.read(PlantYamlWriter.write(plant), "written.yaml"))
                    .isEqualTo(plant);
        }

        @Test
        void givenWrittenPlant_whenLookedAt_thenOneAssetPerLine() throws ModelFileException {
            var plant = PlantYamlReader.read(EXAMPLE);

            var lines = PlantYamlWriter.write(plant).lines().toList();

            for (var asset : plant.assets()) {
                assertThat(lines)
                        .as("one line for %s", asset.id())
                        .filteredOn(l -> l.contains("id: " + asset.id() + ","))
                        .singleElement()
                        .asString()
                        .startsWith("  - {id: ")
                        .contains("type: " + asset.type().label())
                        .endsWith("}");
            }
        }

        private static Plant everyField() {
            var assets = Stream.of(PurdueLevel.values())
                    .map(level -> Asset.builder("dev-" + level.label().replace('.', '-'), AssetType.PLC)
                            .purdue(level)
                            .build())
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            assets.add(Asset.builder("plc-101", AssetType.SAFETY_PLC)
                    .name("Reactor safety PLC: unit 3, \"north\"")
                    .vendor("Siemens")
                    .model("S7-1516F")
                    .firmware("2.10")
                    .ip("10.20.1.50", "fd00:20::50")
                    .mac(MacAddress.parse("00:1b:1b:10:11:50"))
                    .purdue(PurdueLevel.L1)
                    .safety(true)
                    .wireless(true)
                    .temporary(true)
                    .external(true)
                    .criticality(Criticality.CRITICAL)
                    .slCapability(sl(2, 2, 2, 1, 2, 1, 2))
                    .description("# not a comment\nsecond line")
                    .build());
            assets.add(Asset.builder("007", AssetType.OTHER)
                    .name("yes")
                    .firmware("1.0")
                    .build());
            var ids = assets.stream().map(Asset::id).toList();
            var zones = List.of(
                    new Zone(
                            "bpcs",
                            "Unit 3 BPCS",
                            ZoneKind.CONTROL,
                            sl(2, 2, 2, 1, 3, 1, 3),
                            ids,
                            List.of(IpNetwork.parse("10.20.1.0/24"), IpNetwork.parse("fd00:20::/48")),
                            List.of(
                                    new AllowRule("dev-2", "plc-101", "s7comm", 102, List.of("read-var", "write-var")),
                                    new AllowRule("dev-1", "bpcs", "modbus", null, List.of())),
                            "the basic process control system"),
                    new Zone("dmz", "dmz", ZoneKind.DMZ, null, List.of(), List.of(), List.of(), null));
            var conduits = List.of(new Conduit(
                    "dmz-bpcs",
                    "DMZ to BPCS",
                    List.of("dmz", "bpcs"),
                    sl(3),
                    List.of(new AllowRule("dev-3", "dmz", "opcua", 4840, List.of("read"))),
                    "through fw-ot"));
            return new Plant(new PlantInfo("unit-3", "Unit 3", "Site: north", "a plant"), assets, zones, conduits);
        }
    }

    /** One bad input and the one problem it must cause, with its exact place. */
    record BadInput(String what, String yaml, int line, int column, String field, List<String> says) {
        @Override
        public String toString() {
            return what;
        }
    }

    static BadInput bad(String what, String yaml, int line, int column, String field, String... says) {
        return new BadInput(what, yaml, line, column, field, List.of(says));
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                bad("YAML syntax error", """
                        plant:
                          id: unit-3
                          name: Unit: 3
                        """, 3, 13, "", "not valid YAML", "mapping values are not allowed"),
                bad(
                        "root is a list",
                        """
                        - plc-1
                        - hmi-1
                        """,
                        1,
                        1,
                        "",
                        "expected a plant model (a mapping of keys to values), found a list"),
                bad(
                        "root is text",
                        "just some text\n",
                        1,
                        1,
                        "",
                        "expected a plant model",
                        "found text 'just some text'"),
                bad(
                        "unknown key in a zone",
                        validWith("    slTarget: \"{2 2 2 1 3 1 3}\"", "    slTraget: \"{2 2 2 1 3 1 3}\""),
                        8,
                        5,
                        "zones[0]",
                        "unknown key 'slTraget' in a zone (did you mean 'slTarget'?)",
                        "known keys: id, name, kind, slTarget, assets, networks, allow, description"),
                bad(
                        "unknown key at the root",
                        "plant: {id: unit-3, name: Unit 3}\nasets: []\n",
                        2,
                        1,
                        "",
                        "unknown key 'asets' in a plant model (did you mean 'assets'?)"),
                bad(
                        "list where a mapping belongs",
                        validWith("plant: {id: unit-3, name: Unit 3}", "plant: [unit-3, Unit 3]"),
                        1,
                        8,
                        "plant",
                        "expected the plant section (a mapping of keys to values), found a list"),
                bad(
                        "text where a boolean belongs",
                        validWith("ip: [10.20.1.11]}", "ip: [10.20.1.11], safety: yes}"),
                        3,
                        54,
                        "assets[0].safety",
                        "expected true or false, found text 'yes'"),
                bad(
                        "text where a port belongs",
                        validWith("port: 102}", "port: abc}"),
                        12,
                        58,
                        "zones[0].allow[0].port",
                        "expected a whole number 0..65535, found text 'abc'"),
                bad(
                        "port out of range",
                        validWith("port: 102}", "port: 70000}"),
                        12,
                        58,
                        "zones[0].allow[0].port",
                        "expected a whole number 0..65535, found number '70000'"),
                bad(
                        "duplicate key",
                        validWith("    kind: control\n", "    kind: control\n    kind: safety\n"),
                        8,
                        5,
                        "zones[0]",
                        "duplicate key 'kind' (first given on line 7)"),
                bad(
                        "duplicate asset id",
                        validWith(
                                "  - {id: hmi-1, type: hmi, ip: [10.20.2.21]}\n",
                                "  - {id: hmi-1, type: hmi, ip: [10.20.2.21]}\n  - {id: plc-1, type: hmi}\n"),
                        5,
                        10,
                        "assets[2].id",
                        "duplicate asset id 'plc-1' (first defined on line 3)"),
                bad(
                        "duplicate zone id",
                        validWith("assets: []}\n", "assets: []}\n  - {id: bpcs, kind: safety}\n"),
                        14,
                        10,
                        "zones[2].id",
                        "duplicate zone id 'bpcs' (first defined on line 6)"),
                bad(
                        "duplicate conduit id",
                        VALID + "  - {id: dmz-bpcs, zones: [bpcs, dmz]}\n",
                        16,
                        10,
                        "conduits[1].id",
                        "duplicate conduit id 'dmz-bpcs' (first defined on line 15)"),
                bad(
                        "asset without a type",
                        validWith(
                                "  - {id: hmi-1, type: hmi, ip: [10.20.2.21]}\n",
                                "  - {id: hmi-1, type: hmi, ip: [10.20.2.21]}\n  - {id: hmi-2, ip: [10.20.2.22]}\n"),
                        5,
                        5,
                        "assets[2].type",
                        "missing 'type'",
                        "plc, safety-plc, hmi"),
                bad(
                        "zone without a kind",
                        validWith("assets: []}\n", "assets: []}\n  - {id: ops, slTarget: \"2\"}\n"),
                        14,
                        5,
                        "zones[2].kind",
                        "missing 'kind'",
                        "enterprise, dmz, control, safety, wireless, remote, temporary, field"),
                bad(
                        "conduit without zones",
                        validWith("zones: [dmz, bpcs], ", ""),
                        15,
                        5,
                        "conduits[0].zones",
                        "missing 'zones'",
                        "the two zones it joins"),
                bad(
                        "plant section missing",
                        validWith("plant: {id: unit-3, name: Unit 3}\n", ""),
                        1,
                        1,
                        "plant",
                        "missing 'plant'"),
                bad(
                        "unknown asset type",
                        validWith("type: plc,", "type: plcc,"),
                        3,
                        23,
                        "assets[0].type",
                        "unknown asset type 'plcc' (did you mean 'plc'?)",
                        "known: " + String.join(", ", AssetType.labels())),
                bad(
                        "unknown zone kind",
                        validWith("kind: control", "kind: controll"),
                        7,
                        11,
                        "zones[0].kind",
                        "unknown zone kind 'controll' (did you mean 'control'?)",
                        "known: " + String.join(", ", ZoneKind.labels())),
                bad(
                        "bad IP address",
                        validWith("10.20.1.11]", "10.20.1.256]"),
                        3,
                        33,
                        "assets[0].ip",
                        "expected an IPv4 or IPv6 address such as 10.20.1.11, found '10.20.1.256'"),
                bad(
                        "same IP address twice on one asset",
                        validWith("10.20.1.11]", "10.20.1.11, 10.20.1.11]"),
                        3,
                        45,
                        "assets[0].ip",
                        "address 10.20.1.11 is listed twice"),
                bad(
                        "CIDR with host bits",
                        validWith("10.20.1.0/24,", "10.20.1.5/24,"),
                        10,
                        16,
                        "zones[0].networks",
                        "host bits set in 10.20.1.5/24 (did you mean 10.20.1.0/24?)"),
                bad(
                        "bad MAC address",
                        validWith("ip: [10.20.1.11]}", "ip: [10.20.1.11], mac: \"00:1b:1b:10:11\"}"),
                        3,
                        51,
                        "assets[0].mac",
                        "expected a MAC address such as 00:1b:1b:aa:bb:cc, got '00:1b:1b:10:11'"),
                bad(
                        "SL vector of six levels",
                        validWith("\"{2 2 2 1 3 1 3}\"", "\"{2 2 2 1 3 1}\""),
                        8,
                        15,
                        "zones[0].slTarget",
                        "7 levels",
                        "got 6"),
                bad(
                        "SL level 5",
                        validWith("ip: [10.20.1.11]}", "ip: [10.20.1.11], slCapability: \"{2 2 2 1 5 1 3}\"}"),
                        3,
                        60,
                        "assets[0].slCapability",
                        "0..4",
                        "'5'"),
                bad(
                        "Purdue level 6",
                        validWith("ip: [10.20.1.11]}", "ip: [10.20.1.11], purdue: 6}"),
                        3,
                        54,
                        "assets[0].purdue",
                        "unknown Purdue level '6'",
                        "known: 0, 1, 2, 3, 3.5, 4, 5"),
                bad(
                        "zone listing an unknown asset",
                        validWith("assets: [plc-1, hmi-1]", "assets: [plc-1, hmi-2]"),
                        9,
                        21,
                        "zones.bpcs.assets",
                        "unknown asset 'hmi-2'"),
                bad(
                        "conduit naming an unknown zone",
                        validWith("zones: [dmz, bpcs]", "zones: [dmz, bpc]"),
                        15,
                        33,
                        "conduits.dmz-bpcs.zones",
                        "unknown zone 'bpc' (did you mean 'bpcs'?)"),
                bad(
                        "conduit naming an unknown boundary device",
                        validWith("zones: [dmz, bpcs], slTarget", "zones: [dmz, bpcs], devices: [fw-1], slTarget"),
                        15,
                        50,
                        "conduits.dmz-bpcs.devices",
                        "unknown asset 'fw-1'"),
                bad(
                        "allow rule naming an unknown end",
                        validWith("{from: hmi-1, to: plc-1", "{from: hmi-2, to: plc-1"),
                        12,
                        9,
                        "zones.bpcs.allow[0]",
                        "unknown asset or zone 'hmi-2'"),
                bad(
                        "id of both an asset and a zone",
                        validWith("assets: []}\n", "assets: []}\n  - {id: hmi-1, kind: control}\n"),
                        14,
                        10,
                        "zones",
                        "id 'hmi-1' names both a zone and an asset (line 4)"),
                bad(
                        "zone listing an asset twice",
                        validWith("assets: [plc-1, hmi-1]", "assets: [plc-1, hmi-1, plc-1]"),
                        9,
                        28,
                        "zones[0].assets",
                        "'plc-1' is listed twice"),
                bad(
                        "conduit joining a zone to itself",
                        validWith("zones: [dmz, bpcs]", "zones: [dmz, dmz]"),
                        15,
                        33,
                        "conduits[0].zones",
                        "'dmz' is listed twice"),
                bad(
                        "conduit joining three zones",
                        validWith("zones: [dmz, bpcs]", "zones: [dmz, bpcs, bpcs-2]"),
                        15,
                        27,
                        "conduits[0].zones",
                        "a conduit joins exactly two zones, found 3: [dmz, bpcs, bpcs-2]"),
                bad(
                        "conduit joining one zone",
                        validWith("zones: [dmz, bpcs]", "zones: dmz"),
                        15,
                        27,
                        "conduits[0].zones",
                        "a conduit joins exactly two zones, found 1"),
                bad(
                        "id with a space",
                        validWith(
                                "  - {id: hmi-1, type: hmi, ip: [10.20.2.21]}\n",
                                "  - {id: hmi-1, type: hmi, ip: [10.20.2.21]}\n  - {id: hmi 2, type: hmi}\n"),
                        5,
                        10,
                        "assets[2].id",
                        "asset id 'hmi 2' is not an id of letters, digits"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void givenBadInput_whenRead_thenRefusedWithFileLineColumnAndWhatWasExpected(BadInput input) {
        var problems = problemsReading(input.yaml());

        assertThat(problems)
                .extracting(Problem::file, Problem::line, Problem::column, Problem::field)
                .containsExactly(tuple(FILE, input.line(), input.column(), input.field()));
        assertThat(problems.get(0).message()).contains(input.says());
        assertThat(problems.get(0).toString()).startsWith(FILE + ":" + input.line() + ":" + input.column() + ": ");
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("emptyFiles")
    void givenEmptyFile_whenRead_thenRefusedAsEmpty(String yaml) {
        var problems = problemsReading(yaml);

        assertThat(problems)
                .extracting(Problem::file, Problem::line, Problem::column)
                .containsExactly(tuple(FILE, 0, 0));
        assertThat(problems.get(0).message()).contains("the file is empty");
        assertThat(problems.get(0))
                .hasToString(FILE + ": the file is empty; expected a plant model with plant, assets, zones");
    }

    static Stream<String> emptyFiles() {
        return Stream.of("", "\n\n", "# a plant model, some day\n");
    }

    @Test
    void givenSeveralProblems_whenRead_thenAllReportedInOneRefusalInFileOrder() {
        var yaml = """
                plant: {id: unit-3, name: Unit 3}
                assets:
                  - {id: plc-1, type: plcc, ip: [10.20.1.256], mac: "00:1b:1b:10:11", purdue: 6, slCapability: "{2 2 2 1 3 1}"}
                zones:
                  - {id: bpcs, kind: controll, slTarget: "{2 2 2 1 3 1 5}", networks: [10.20.1.5/24]}
                  - {id: dmz, kind: dmz}
                conduits:
                  - {id: dmz-bpcs, zones: [dmz, bpcs, ops]}
                """;

        var problems = problemsReading(yaml);

        assertThat(problems)
                .extracting(Problem::line, Problem::column, Problem::field)
                .containsExactly(
                        tuple(3, 23, "assets[0].type"),
                        tuple(3, 34, "assets[0].ip"),
                        tuple(3, 53, "assets[0].mac"),
                        tuple(3, 79, "assets[0].purdue"),
                        tuple(3, 96, "assets[0].slCapability"),
                        tuple(5, 22, "zones[0].kind"),
                        tuple(5, 42, "zones[0].slTarget"),
                        tuple(5, 72, "zones[0].networks"),
                        tuple(8, 27, "conduits[0].zones"));
        var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(refusal).hasMessageStartingWith(FILE + ":3:23: ").hasMessageEndingWith("(and 8 more)");
    }

    @Test
    void givenBrokenAllowRuleBeforeOneWithAnUnknownEnd_whenRead_thenEachProblemAtItsOwnRule() {
        var yaml = validWith(
                "      - {from: hmi-1, to: plc-1, protocol: s7comm, port: 102}\n",
                "      - {from: hmi-1, protocol: s7comm}\n      - {from: hmi-9, to: plc-1, protocol: s7comm}\n");

        var problems = problemsReading(yaml);

        assertThat(problems)
                .extracting(Problem::line, Problem::column, Problem::field)
                .containsExactly(tuple(12, 9, "zones[0].allow[0].to"), tuple(13, 9, "zones.bpcs.allow[1]"));
        assertThat(problems.get(1).message()).contains("unknown asset or zone 'hmi-9' (did you mean 'hmi-1'?)");
    }

    @Test
    void givenOneBadAssetAmongGoodOnes_whenRead_thenNoPlantAtAll() {
        // a reader that skipped the bad asset would hand back a plant without hmi-1: nothing half-loaded
        var yaml = validWith("  - {id: hmi-1, type: hmi,", "  - {id: hmi-1, type: hmi, criticality: extreme,");

        var problems = problemsReading(yaml);

        assertThat(problems)
                .extracting(Problem::line, Problem::column, Problem::field)
                .containsExactly(tuple(4, 41, "assets[1].criticality"));
        assertThat(problems.get(0).message()).contains("unknown criticality 'extreme'", "low, medium, high, critical");
    }

    @Test
    void givenAliasBomb_whenRead_thenRefusedNotExpanded() {
        var yaml = new StringBuilder("plant: {id: unit-3, name: Unit 3}\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 60; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1))));
            yaml.append("]\n");
        }

        var problems = problemsReading(yaml.toString());

        // refused by the expansion it would cause, on line 6 (a4: 10^4 copies of a0), before the composer's count
        // of aliases (50) is reached
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("aliases expand the model beyond");
        });
    }

    @Nested
    class OnDisk {

        @Test
        void givenFileThatIsNotUtf8_whenRead_thenRefusedNamingTheEncoding(@TempDir Path dir) throws IOException {
            var file = dir.resolve("latin1.yaml");
            var text = VALID.replace("{id: plc-1, type: plc,", "{id: plc-1, type: plc, vendor: Soci\u00e9t\u00e9,");
            Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));

            var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(file));

            assertThat(refusal).isNotNull();
            assertThat(refusal.problems())
                    .extracting(Problem::file, Problem::line, Problem::column)
                    .containsExactly(tuple(file.toString(), 0, 0));
            assertThat(refusal.problems().get(0).message()).contains("not UTF-8");
        }

        @Test
        void givenSameTextInUtf8_whenRead_thenAccepted(@TempDir Path dir) throws IOException, ModelFileException {
            var file = dir.resolve("utf8.yaml");
            var text = VALID.replace("{id: plc-1, type: plc,", "{id: plc-1, type: plc, vendor: Soci\u00e9t\u00e9,");
            Files.writeString(file, text, StandardCharsets.UTF_8);

            assertThat(PlantYamlReader.read(file).asset("plc-1").orElseThrow().vendor())
                    .isEqualTo("Soci\u00e9t\u00e9");
        }

        @Test
        void givenMissingFile_whenRead_thenRefusedAsNoSuchFile(@TempDir Path dir) {
            var file = dir.resolve("no-such-plant.yaml");

            var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(file));

            assertThat(refusal).isNotNull();
            assertThat(refusal.problems())
                    .extracting(Problem::file, Problem::line, Problem::column, Problem::message)
                    .containsExactly(tuple(file.toString(), 0, 0, "no such file"));
        }

        @Test
        void givenBadFileOnDisk_whenRead_thenProblemsNameThePath(@TempDir Path dir) throws IOException {
            var file = dir.resolve("plant.yaml");
            Files.writeString(file, validWith("type: plc,", "type: plcc,"));

            var refusal = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(file));

            assertThat(refusal).isNotNull();
            assertThat(refusal.problems())
                    .extracting(Problem::toString)
                    .singleElement()
                    .asString()
                    .startsWith(file + ":3:23: assets[0].type: ");
        }
    }
}
