package io.zonewarden.app.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories only their owner may read: owner read and write for files (0600), owner read, write and
 * search for directories (0700). On a file system without POSIX permissions (Windows) the file is made as usual and
 * protected by the directory it is in.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    /** True when {@code path}'s file system keeps POSIX permissions. */
    public static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code file} with {@code text}, readable by its owner only from the start; fails when it exists. */
    public static void createFile(Path file, String text) throws IOException {
        var parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (posix(file)) Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        else Files.createFile(file);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Creates {@code directory} (and its parents) when missing and makes it the owner's only. */
    public static void createDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        restrict(directory);
    }

    /** Takes every permission of group and others away from a file (0600) or directory (0700); not symbolic links. */
    public static void restrict(Path path) throws IOException {
        if (!posix(path) || Files.isSymbolicLink(path)) return;
        var view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) return;
        var wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE;
        var current = view.readAttributes().permissions();
        if (!current.equals(wanted)) view.setPermissions(wanted);
    }
}
