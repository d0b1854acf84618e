package io.zonewarden.app.cli;

import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.monitor.traffic.Attack;
import io.zonewarden.monitor.traffic.TrafficGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden generate-traffic MODEL.yaml -o OUT.pcap}: a capture of a plant's traffic, for tests and demos. */
@Command(
        name = "generate-traffic",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a pcap of the traffic a plant model's allow rules describe (one conversation per rule), plus"
                    + " chosen attacks, to try the conduit policy and the alerts: zonewarden analyze OUT.pcap --model"
                    + " MODEL.yaml.",
            "Exit status: 0 written, 2 unreadable model or usage."
        })
final class GenerateTrafficCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "the plant model file")
    Path model;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT.pcap",
            description = "the capture to write")
    Path output;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            defaultValue = "10",
            description = "request/response exchanges per conversation (default: 10)")
    int rounds = 10;

    @Option(
            names = "--attack",
            split = ",",
            paramLabel = "ATTACK",
            description = "attacks to add: plc-stop, program-download, modbus-write, undeclared-conduit, unknown-host")
    List<String> attacks = List.of();

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        var chosen = EnumSet.noneOf(Attack.class);
        for (var label : attacks) {
            var attack = Attack.ofLabel(label);
            if (attack.isEmpty()) {
                err.println("zonewarden: unknown attack '" + label + "'; known: " + String.join(", ", Attack.labels()));
                return ZoneWarden.BAD_INPUT;
            }
            chosen.add(attack.get());
        }
        if (rounds < 1) {
            err.println("zonewarden: --rounds must be at least 1, got " + rounds);
            return ZoneWarden.BAD_INPUT;
        }
        io.zonewarden.core.model.Plant plant;
        try {
            plant = PlantYamlReader.read(model);
        } catch (ModelFileException e) {
            Problems.print(err, e);
            return ZoneWarden.BAD_INPUT;
        }
        var target = output.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        var temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        TrafficGenerator.Summary summary;
        try {
            try (var out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                // a fixed start keeps generated captures identical from run to run: 2026-01-01T00:00:00Z
                summary = TrafficGenerator.write(plant, out, rounds, chosen, 1_767_225_600_000_000L);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        err.printf("wrote %s: %d frames in %d conversations%n", output, summary.frames(), summary.conversations());
        summary.skipped().forEach(s -> err.println("  skipped " + s));
        return ZoneWarden.OK;
    }
}
