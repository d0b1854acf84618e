package io.zonewarden.capture.pcap;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.jspecify.annotations.Nullable;

/**
 * How a window of a capture file is mapped, and unmapped once the reader has moved past it.
 *
 * <p>A {@link java.nio.MappedByteBuffer} is unmapped only when the garbage collector finds it unreachable, and until
 * then every page read through it counts in the process's resident memory: reading a 1 GiB capture in 64 MiB windows
 * left most of the file resident, because the packet path allocates so little that collections are rare. From Java
 * 22 on, {@code FileChannel.map(mode, position, size, Arena)} maps a region into an arena whose {@code close()} unmaps
 * it at once (JEP 454). The module is compiled for Java 21, where that API is still a preview, so it is looked up at
 * run time: on 22 and later each window lives in an arena of its own and is unmapped as soon as the next one is
 * mapped; on 21 the reader falls back to a {@code MappedByteBuffer} left to the collector.
 *
 * <p>The arena is confined to the thread that maps it, which is the thread that reads the capture: a buffer of a
 * window that has been released, touched by mistake, throws {@link IllegalStateException} instead of reading memory
 * that is no longer mapped.
 */
final class WindowMapping {
    /** Handles to {@code Arena.ofConfined()}, {@code FileChannel.map(..., Arena)}, {@code asByteBuffer()}. */
    private static final @Nullable MethodHandle NEW_ARENA, MAP, AS_BYTE_BUFFER;

    static {
        MethodHandle newArena = null, map = null, asByteBuffer = null;
        if (Runtime.version().feature() >= 22) {
            try {
                var lookup = MethodHandles.publicLookup();
                Class<?> arena = Class.forName("java.lang.foreign.Arena");
                Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
                newArena = lookup.findStatic(arena, "ofConfined", MethodType.methodType(arena))
                        .asType(MethodType.methodType(AutoCloseable.class));
                map = lookup.findVirtual(
                                FileChannel.class,
                                "map",
                                MethodType.methodType(
                                        segment, FileChannel.MapMode.class, long.class, long.class, arena))
                        .asType(MethodType.methodType(
                                Object.class,
                                FileChannel.class,
                                FileChannel.MapMode.class,
                                long.class,
                                long.class,
                                AutoCloseable.class));
                asByteBuffer = lookup.findVirtual(segment, "asByteBuffer", MethodType.methodType(ByteBuffer.class))
                        .asType(MethodType.methodType(ByteBuffer.class, Object.class));
            } catch (ReflectiveOperationException e) {
                // a runtime without the final API: windows stay MappedByteBuffers, released by the collector
                newArena = null;
                map = null;
                asByteBuffer = null;
            }
        }
        NEW_ARENA = newArena;
        MAP = map;
        AS_BYTE_BUFFER = asByteBuffer;
    }

    /** True when windows are unmapped as soon as they are released (Java 22 and later). */
    static boolean unmapsOnRelease() {
        return NEW_ARENA != null;
    }

    private final boolean arenas;
    private @Nullable AutoCloseable current;

    /** A mapping that unmaps released windows when the runtime allows it, or leaves them to the collector. */
    WindowMapping(boolean unmapOnRelease) {
        this.arenas = unmapOnRelease && unmapsOnRelease();
    }

    /**
     * Maps {@code [position, position + size)} of {@code channel} read-only, then unmaps the window mapped before it,
     * whose buffer must not be used any more.
     */
    ByteBuffer map(FileChannel channel, long position, long size) throws IOException {
        var previous = current;
        ByteBuffer mapped;
        if (arenas) {
            var newArena = NEW_ARENA;
            var map = MAP;
            var asByteBuffer = AS_BYTE_BUFFER;
            if (newArena == null || map == null || asByteBuffer == null) {
                throw new IllegalStateException("arena mapping selected without its method handles");
            }
            AutoCloseable arena = invokeNewArena(newArena);
            try {
                mapped = invokeMap(map, asByteBuffer, channel, position, size, arena);
            } catch (IOException | RuntimeException e) {
                close(arena);
                throw e;
            }
            current = arena;
        } else {
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, position, size);
        }
        if (previous != null) {
            close(previous);
        }
        return mapped;
    }

    /** Unmaps the last window, if its mapping allows it. */
    void release() {
        var last = current;
        current = null;
        if (last != null) {
            close(last);
        }
    }

    private static AutoCloseable invokeNewArena(MethodHandle newArena) {
        try {
            return (AutoCloseable) newArena.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Arena.ofConfined() failed", e);
        }
    }

    private static ByteBuffer invokeMap(
            MethodHandle map,
            MethodHandle asByteBuffer,
            FileChannel channel,
            long position,
            long size,
            AutoCloseable arena)
            throws IOException {
        try {
            Object segment = (Object) map.invokeExact(channel, FileChannel.MapMode.READ_ONLY, position, size, arena);
            return (ByteBuffer) asByteBuffer.invokeExact(segment);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("mapping %d bytes at %d failed".formatted(size, position), e);
        }
    }

    private static void close(AutoCloseable arena) {
        try {
            arena.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Arena.close() declares no checked exception
            throw new IllegalStateException("closing a window's arena failed", e);
        }
    }
}
