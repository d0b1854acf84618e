package io.zonewarden.core.io;

import io.zonewarden.core.vulnerability.Advisory;
import io.zonewarden.core.vulnerability.CsafReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advisories of a folder: CISA's CSAF folder, a vendor's CSAF provider directory, or any folder of CSAF 2.0
 * files, read offline (a newer set is a new folder, never a network call). Each {@code X.json} with a
 * {@code X.json.sha512} beside it must match that hash; a file that does not, or that is not a CSAF 2.0 advisory, is
 * skipped with its name and the reason, and the rest still load. Read advisories are kept in an index keyed by each
 * file's SHA-512, so reading the same folder again parses only what changed.
 */
public final class AdvisoryFolder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Advisory>> INDEX = new TypeReference<>() {};

    /** A file left out, and why. */
    public record Skipped(String file, String reason) {}

    /**
     * What a folder gave.
     *
     * @param parsed how many advisories were parsed now rather than taken from the index
     */
    public record Loaded(List<Advisory> advisories, List<Skipped> skipped, int parsed) {
        public Loaded {
            advisories = List.copyOf(advisories);
            skipped = List.copyOf(skipped);
        }
    }

    private record Read(
            String file,
            String sha512,
            @Nullable Advisory advisory,
            @Nullable Skipped skipped) {}

    private AdvisoryFolder() {}

    /**
     * Reads every {@code .json} file under {@code folder}, in name order.
     *
     * @param index a file to keep read advisories in between runs; null for none
     */
    public static Loaded load(Path folder, @Nullable Path index) throws IOException {
        if (!Files.isDirectory(folder)) throw new IOException(folder + ": no such folder of advisories");
        var known = readIndex(index);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        var reads =
                files.parallelStream().map(file -> read(folder, file, known)).toList();
        var advisories = new ArrayList<Advisory>();
        var skipped = new ArrayList<Skipped>();
        var fresh = new HashMap<String, Advisory>();
        int parsed = 0;
        for (var read : reads) {
            if (read.advisory() != null) {
                advisories.add(read.advisory());
                if (!known.containsKey(read.sha512())) parsed++;
                fresh.put(read.sha512(), read.advisory());
            } else if (read.skipped() != null) {
                skipped.add(read.skipped());
            }
        }
        if (index != null && (parsed > 0 || fresh.size() != known.size())) writeIndex(index, fresh);
        return new Loaded(advisories, skipped, parsed);
    }

    private static Read read(Path folder, Path file, Map<String, Advisory> known) {
        var name = folder.relativize(file).toString().replace('\\', '/');
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Read(name, "", null, new Skipped(name, "cannot be read: " + e.getMessage()));
        }
        var sha512 = sha512(bytes);
        var expected = file.resolveSibling(file.getFileName() + ".sha512");
        if (Files.isRegularFile(expected)) {
            String line;
            try {
                line = Files.readString(expected, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                return new Read(name, sha512, null, new Skipped(name, "its .sha512 cannot be read: " + e.getMessage()));
            }
            var hash = line.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (!hash.equals(sha512)) {
                return new Read(
                        name,
                        sha512,
                        null,
                        new Skipped(
                                name,
                                "its SHA-512 is not the one in " + expected.getFileName()
                                        + " (changed or damaged since it was published)"));
            }
        }
        var cached = known.get(sha512);
        if (cached != null) return new Read(name, sha512, cached, null);
        if (isFeed(bytes))
            return new Read(
                    name, sha512, null, new Skipped(name, "a ROLIE feed or provider metadata, not an advisory"));
        try {
            return new Read(name, sha512, CsafReader.read(bytes, name), null);
        } catch (CsafReader.NotAnAdvisory e) {
            return new Read(name, sha512, null, new Skipped(name, "not a CSAF 2.0 advisory: " + e.getMessage()));
        }
    }

    /** The feeds and metadata of a CSAF provider directory sit beside the advisories and are JSON too. */
    private static boolean isFeed(byte[] bytes) {
        var head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8);
        return head.contains("\"feed\"") || head.contains("\"canonical_url\"") && head.contains("\"metadata_version\"");
    }

    private static Map<String, Advisory> readIndex(@Nullable Path index) {
        if (index == null || !Files.isRegularFile(index)) return Map.of();
        try {
            return JSON.readValue(index.toFile(), INDEX);
        } catch (JacksonException e) {
            // a damaged or older index is only a cache: read the folder again
            return Map.of();
        }
    }

    private static void writeIndex(Path index, Map<String, Advisory> advisories) throws IOException {
        var parent = index.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        var temporary = Files.createTempFile(parent, "advisories-", ".part");
        try {
            JSON.writeValue(temporary.toFile(), advisories);
            Files.move(
                    temporary,
                    index,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-512", e);
        }
    }
}
