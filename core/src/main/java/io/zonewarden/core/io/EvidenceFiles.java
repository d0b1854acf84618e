package io.zonewarden.core.io;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.assessment.Evidence;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks the evidence files an assessment names: that each exists (relative to the model file's folder) and, where
 * a SHA-256 is recorded, that the file still has it, so an auditor knows the document was not changed after the
 * answer was given.
 */
public final class EvidenceFiles {

    private EvidenceFiles() {}

    public static List<Finding> verify(Plant plant, Path baseDir) {
        var findings = new ArrayList<Finding>();
        var assessment = plant.assessment();
        assessment
                .zones()
                .forEach((zone, answers) -> answers.forEach((id, answer) ->
                        answer.evidence().forEach(e -> check(e, baseDir, List.of(zone, id), findings))));
        assessment
                .components()
                .forEach((asset, component) -> component
                        .answers()
                        .forEach((id, answer) ->
                                answer.evidence().forEach(e -> check(e, baseDir, List.of(asset, id), findings))));
        assessment
                .programme()
                .forEach((element, rating) ->
                        rating.evidence().forEach(e -> check(e, baseDir, List.of(element), findings)));
        return findings;
    }

    private static void check(Evidence evidence, Path baseDir, List<String> subjects, List<Finding> findings) {
        if (evidence.file() == null) return;
        var file = baseDir.resolve(evidence.file()).normalize();
        try {
            if (evidence.sha256() == null) {
                if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
                return;
            }
            var actual = sha256(file);
            if (!actual.equals(evidence.sha256())) {
                findings.add(new Finding(
                        "ASSESS-EVIDENCE-CHANGED",
                        Severity.ERROR,
                        subjects,
                        "evidence " + evidence.file() + " has SHA-256 " + actual + ", not the recorded "
                                + evidence.sha256(),
                        "review the changed document and record its new digest, or restore the assessed version"));
            }
        } catch (NoSuchFileException e) {
            findings.add(new Finding(
                    "ASSESS-EVIDENCE-MISSING",
                    Severity.ERROR,
                    subjects,
                    "evidence file " + evidence.file() + " is not there (looked for " + file + ")",
                    "add the file next to the model, or correct its path"));
        } catch (IOException e) {
            findings.add(new Finding(
                    "ASSESS-EVIDENCE-MISSING",
                    Severity.ERROR,
                    subjects,
                    "evidence file " + evidence.file() + " cannot be read: " + e.getMessage(),
                    "check the file's permissions"));
        }
    }

    /** The SHA-256 of a file as 64 lower-case hex digits. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
