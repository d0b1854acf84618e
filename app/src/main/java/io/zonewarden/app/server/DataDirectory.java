package io.zonewarden.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The data directory: the embedded database, its password, the audit key, captures and upload spool. It is kept
 * private to the account that runs the server (0700, its files 0600), since the database holds password hashes and
 * plant models and the captures hold plant traffic. What an earlier run left half-written (an upload it was killed
 * in) is removed at start: nothing refers to it.
 */
@Component
public class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

    /** Where uploads are spooled while they arrive (Spring's multipart location). */
    public static final String SPOOL = "tmp";

    /** Where captures are kept, each named by its SHA-256. */
    public static final String CAPTURES = "captures";

    private static final String AUDIT_KEY = io.zonewarden.app.server.audit.AuditKey.DEFAULT_FILE;

    private final Path directory;

    DataDirectory(@Value("${zonewarden.data-directory}") Path directory) {
        this.directory = directory;
        try {
            prepare(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The database creates its files once it is opened, after this bean was made; they are restricted once the
     * server is up.
     */
    @EventListener(ApplicationReadyEvent.class)
    void started() throws IOException {
        restrictFiles(directory);
    }

    /** Creates the directory and its subdirectories private, restricts the files in it and removes leftovers. */
    public static void prepare(Path directory) throws IOException {
        PrivateFiles.createDirectory(directory);
        PrivateFiles.createDirectory(directory.resolve(CAPTURES));
        PrivateFiles.createDirectory(directory.resolve(SPOOL));
        restrictFiles(directory);
        int removed = removeLeftovers(directory);
        if (removed > 0) LOG.info("removed {} unfinished upload file(s) an earlier run left in {}", removed, directory);
    }

    /**
     * Restricts the server's own files directly in the directory (the database files {@code zonewarden.*}, its
     * password, the audit key) to their owner. Other files are left alone: the directory may be one the operator
     * shares with other things.
     */
    public static void restrictFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "{zonewarden.*," + AUDIT_KEY + "}")) {
            for (var file : files) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) PrivateFiles.restrict(file);
            }
        }
    }

    /**
     * Removes the partial captures ({@code captures/upload-*.part}) and spooled uploads ({@code tmp/*}) a killed run
     * left behind; the server is the only writer of both, and it has not started to take uploads yet.
     */
    static int removeLeftovers(Path directory) throws IOException {
        int removed = 0;
        var captures = directory.resolve(CAPTURES);
        if (Files.isDirectory(captures)) {
            try (DirectoryStream<Path> parts = Files.newDirectoryStream(captures, "upload-*.part")) {
                for (var part : parts) if (Files.deleteIfExists(part)) removed++;
            }
        }
        var spool = directory.resolve(SPOOL);
        if (Files.isDirectory(spool)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(spool)) {
                for (var file : files) {
                    if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.deleteIfExists(file)) removed++;
                }
            }
        }
        return removed;
    }
}
