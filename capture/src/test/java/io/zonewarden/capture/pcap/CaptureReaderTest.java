package io.zonewarden.capture.pcap;

import static io.zonewarden.capture.TestFrames.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonewarden.capture.CaptureException;
import io.zonewarden.capture.CaptureFormatException;
import io.zonewarden.capture.TestFrames;
import io.zonewarden.capture.TestFrames.Record;
import io.zonewarden.capture.pcap.CaptureReader.Access;
import io.zonewarden.capture.wire.Violation;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CaptureReaderTest {
    @TempDir
    Path dir;

    /** What a reader delivered: frames as "linktype ts hex", and malformed records. */
    static class Collected implements PacketConsumer {
        final List<String> frames = new ArrayList<>();
        final List<Violation> malformed = new ArrayList<>();

        @Override
        public void packet(int linkType, long ts, byte[] buf, int offset, int captured, int original) {
            var bytes = java.util.Arrays.copyOfRange(buf, offset, offset + captured);
            frames.add(linkType + " " + ts + " " + HexFormat.of().formatHex(bytes));
        }

        @Override
        public void malformed(Violation violation) {
            malformed.add(violation);
        }
    }

    /** Reads {@code file} both ways, positioned reads and mapped windows, which must deliver the same. */
    private Collected read(byte[] file) throws CaptureException {
        var path = write(dir, "capture", file);
        var collected = new Collected();
        new CaptureReader(Access.READ).read(path, collected);
        var mapped = new Collected();
        new CaptureReader(Access.MAP).read(path, mapped);
        assertThat(mapped.frames).as("frames read from mapped windows").isEqualTo(collected.frames);
        assertThat(mapped.malformed).as("malformed records in mapped windows").isEqualTo(collected.malformed);
        return collected;
    }

    /** {@code count} records of {@code length} zero bytes, record i at i nanoseconds. */
    private static List<Record> zeroRecords(int count, int length) {
        var records = new ArrayList<Record>();
        for (int i = 0; i < count; i++) {
            records.add(new Record(i, new byte[length]));
        }
        return records;
    }

    private static final List<Record> RECORDS = List.of(
            new Record(1_700_000_000_123_456_000L, HexFormat.of().parseHex("0102030405")),
            new Record(1_700_000_001_000_001_000L, HexFormat.of().parseHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf10")));

    @ParameterizedTest(name = "little-endian {0}, nanoseconds {1}")
    @CsvSource({"false,false", "true,false", "false,true", "true,true"})
    void givenEachPcapMagic_whenRead_thenSameFramesAndTimestamps(boolean little, boolean nano) throws Exception {
        var collected = read(TestFrames.pcap(little, nano, 1, RECORDS));
        assertThat(collected.frames)
                .containsExactly(
                        "1 1700000000123456000 0102030405", "1 1700000001000001000 a0a1a2a3a4a5a6a7a8a9aaabacadaeaf10");
        assertThat(collected.malformed).isEmpty();
    }

    @ParameterizedTest(name = "{1}, window of {0} bytes")
    @CsvSource({"1073741824,READ", "300000,READ", "70000,READ", "1073741824,MAP", "300000,MAP", "70000,MAP"})
    void givenRecordsAcrossChunkEndsAndOneLongerThanAChunk_whenRead_thenEveryFrameIsWhole(long window, Access access)
            throws Exception {
        // pcap records are read from chunks of the file: some straddle a chunk's end or a window's,
        // one is longer than a whole chunk; each must arrive whole, in order, with its own timestamp
        var random = new java.util.Random(62443);
        var records = new ArrayList<Record>();
        var expected = new ArrayList<String>();
        for (int i = 0; i < 3000; i++) {
            int length = i == 1500 ? CaptureReader.CHUNK + 1000 : 60 + random.nextInt(1400);
            if (length + 16 > window) length = (int) window - 16;
            var data = new byte[length];
            random.nextBytes(data);
            long ts = 1_700_000_000_000_000_000L + i * 1000L;
            records.add(new Record(ts, data));
            expected.add("1 " + ts + " " + HexFormat.of().formatHex(data));
        }
        var collected = new Collected();
        new CaptureReader(window, access)
                .read(write(dir, "chunks", TestFrames.pcap(true, true, 1, records)), collected);
        assertThat(collected.malformed).isEmpty();
        assertThat(collected.frames).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(collected.frames.get(i)).as("frame %d", i + 1).isEqualTo(expected.get(i));
        }
    }

    @Test
    void givenPcapngWithTwoSectionsOfEachByteOrderAndSeveralInterfaces_whenRead_thenLinkTypesAndResolutionsApply()
            throws Exception {
        var file = new TestFrames.Pcapng()
                .section(true)
                .nameResolution()
                .iface(1, -1) // default resolution: microseconds
                .iface(101, 9) // nanoseconds
                .enhanced(0, 1_700_000_000_000_001L, HexFormat.of().parseHex("aa"))
                .enhanced(1, 1_700_000_000_000_000_007L, HexFormat.of().parseHex("bbbb"))
                .simple(HexFormat.of().parseHex("cccccc"))
                .block(0x0BAD, new byte[8]) // an unknown block is skipped
                .section(false) // a new section forgets the interfaces of the one before
                .iface(113, 0x80 | 20) // 2^-20 seconds
                .enhanced(0, (1_700_000_000L << 20) | (1 << 19), HexFormat.of().parseHex("dd"))
                .bytes();
        var collected = read(file);
        assertThat(collected.frames)
                .containsExactly(
                        "1 1700000000000001000 aa",
                        "101 1700000000000000007 bbbb",
                        "1 0 cccccc",
                        "113 1700000000500000000 dd");
        assertThat(collected.malformed).isEmpty();
    }

    @Test
    void givenPcapngPacketOnUndeclaredInterface_whenRead_thenCountedAsMalformed() throws Exception {
        var file = new TestFrames.Pcapng()
                .section(false)
                .iface(1, 6)
                .enhanced(3, 0, new byte[] {1})
                .enhanced(0, 0, new byte[] {2})
                .bytes();
        var collected = read(file);
        assertThat(collected.frames).containsExactly("1 0 02");
        assertThat(collected.malformed).containsExactly(Violation.UNKNOWN_INTERFACE);
    }

    @Test
    void givenTextFile_whenRead_thenFormatExceptionNamesFileAndMagic() {
        var file = write(
                dir, "notes.pcap", "hello, this is not a capture".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> new CaptureReader().read(file, new Collected()))
                .isInstanceOf(CaptureFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("0x68656c6c")
                .satisfies(e -> assertThat(((CaptureFormatException) e).magic()).isEqualTo(0x68656c6cL));
    }

    @Test
    void givenDirectory_whenRead_thenExceptionSaysItIsADirectory() {
        assertThatThrownBy(() -> new CaptureReader().read(dir, new Collected()))
                .isInstanceOf(io.zonewarden.capture.CaptureException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("is a directory");
    }

    @Test
    void givenAMissingFile_whenRead_thenExceptionSaysThereIsNoSuchFile() {
        var missing = dir.resolve("no-such-capture.pcap");
        assertThatThrownBy(() -> new CaptureReader().read(missing, new Collected()))
                .isInstanceOf(io.zonewarden.capture.CaptureException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void givenEmptyFile_whenRead_thenFormatException() {
        var file = write(dir, "empty.pcap", new byte[0]);
        assertThatThrownBy(() -> new CaptureReader().read(file, new Collected()))
                .isInstanceOf(CaptureFormatException.class)
                .hasMessageContaining("0 bytes");
    }

    @Test
    void givenPcapCutInTheMiddleOfARecord_whenRead_thenEarlierFramesAndOneMalformedRecord() throws Exception {
        byte[] whole = TestFrames.pcap(true, false, 1, RECORDS);
        var collected = read(java.util.Arrays.copyOf(whole, whole.length - 3));
        assertThat(collected.frames).hasSize(1);
        assertThat(collected.malformed).containsExactly(Violation.RECORD_BEYOND_FILE);
    }

    @Test
    void givenSecondRecordLengthFarBeyondTheFile_whenRead_thenFirstFrameAndBadBlockAndNoException() throws Exception {
        byte[] file = TestFrames.pcap(false, false, 1, RECORDS);
        ByteBuffer.wrap(file).putInt(24 + 16 + 5 + 8, 0x7FFFFFF0); // second record's captured length
        var collected = read(file);
        assertThat(collected.frames).containsExactly("1 1700000000123456000 0102030405");
        assertThat(collected.malformed).containsExactly(Violation.BAD_BLOCK);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Access.class)
    void givenFirstRecordLengthFarBeyondTheFile_whenRead_thenFormatExceptionNamingTheOffset(Access access) {
        byte[] bytes = TestFrames.pcap(false, false, 1, RECORDS);
        ByteBuffer.wrap(bytes).putInt(24 + 8, 0x7FFFFFF0); // first record's captured length
        var file = write(dir, "first-record.pcap", bytes);
        assertThatThrownBy(() -> new CaptureReader(access).read(file, new Collected()))
                .isInstanceOf(CaptureFormatException.class)
                .hasMessage(file + ": not a readable capture: no record could be read; the record at byte offset 24"
                        + " claims 2147483632 captured bytes (expected 0..16777216)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bad block length,     4, 0000000b, the block at byte offset 0 has length 11 (expected a multiple of 4, 12..16777216)",
        "bad byte-order magic, 8, 01020304, the section header block at byte offset 0 has byte-order magic 0x01020304",
        "length beyond file,   4, 00010000, the block at byte offset 0 is 65536 bytes long and would end beyond the file's end at"
    })
    void givenPcapngWhoseFirstBlockIsUnreadable_whenRead_thenFormatExceptionNamingFileAndOffset(
            String damage, int at, String value, String says) {
        // given: a capture with a good frame after its section header block, whose header is damaged
        byte[] bytes = new TestFrames.Pcapng()
                .section(false)
                .iface(1, 6)
                .enhanced(0, 1, HexFormat.of().parseHex("aa"))
                .bytes();
        ByteBuffer.wrap(bytes).put(at, HexFormat.of().parseHex(value)); // big-endian: length at 4, byte order at 8
        var file = write(dir, "first-block.pcapng", bytes);
        // when, then
        assertThatThrownBy(() -> new CaptureReader().read(file, new Collected()))
                .as(damage)
                .isInstanceOf(CaptureFormatException.class)
                .hasMessageStartingWith(file + ": not a readable capture: no block could be read; ")
                .hasMessageContaining(says);
    }

    @Test
    void givenPcapngWithAGoodFrameAndADamagedTail_whenRead_thenTheFrameAndOneMalformedBlock() throws Exception {
        byte[] good = new TestFrames.Pcapng()
                .section(false)
                .iface(1, 6)
                .enhanced(0, 1, HexFormat.of().parseHex("aa"))
                .bytes();
        var file = java.util.Arrays.copyOf(good, good.length + 12);
        ByteBuffer.wrap(file, good.length, 12).putInt(6).putInt(7).putInt(0); // a block length of 7
        var collected = read(file);
        assertThat(collected.frames).containsExactly("1 1000 aa");
        assertThat(collected.malformed).containsExactly(Violation.BAD_BLOCK);
    }

    @Test
    void givenMicrosecondFieldOfAMillion_whenRead_thenBadTimestampCountedAndFrameKept() throws Exception {
        byte[] file = TestFrames.pcap(false, false, 1, RECORDS);
        ByteBuffer.wrap(file).putInt(24 + 4, 2_000_000);
        var collected = read(file);
        assertThat(collected.frames).hasSize(2);
        assertThat(collected.malformed).containsExactly(Violation.BAD_TIMESTAMP);
    }

    @Test
    void givenHeaderOnlyPcap_whenRead_thenNoFrames() throws Exception {
        var collected = read(TestFrames.pcap(true, false, 1, List.of()));
        assertThat(collected.frames).isEmpty();
        assertThat(collected.malformed).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Access.class)
    void givenSmallWindows_whenRead_thenRecordsCrossingWindowsAreReadWhole(Access access) throws Exception {
        var records = new ArrayList<Record>();
        for (int i = 0; i < 200; i++) {
            var data = new byte[1 + (i * 37) % 300];
            java.util.Arrays.fill(data, (byte) i);
            records.add(new Record(i * 1_000_000_000L, data));
        }
        var file = write(dir, "many.pcap", TestFrames.pcap(true, true, 1, records));
        var whole = new Collected();
        new CaptureReader().read(file, whole);
        var windowed = new Collected();
        new CaptureReader(512, access).read(file, windowed);
        assertThat(windowed.frames).hasSize(200).isEqualTo(whole.frames);
        assertThat(windowed.malformed).isEmpty();
    }

    @Test
    void givenSmallWindowsLeftToTheCollector_whenRead_thenSameFramesAsUnmappedWindows() throws Exception {
        // the path Java 21 takes, where a window cannot be unmapped before the collector finds its buffer
        var records = new ArrayList<Record>();
        for (int i = 0; i < 200; i++) {
            var data = new byte[1 + (i * 53) % 400];
            java.util.Arrays.fill(data, (byte) i);
            records.add(new Record(i * 1_000_000_000L, data));
        }
        var file = write(dir, "many.pcap", TestFrames.pcap(false, false, 1, records));
        var unmapped = new Collected();
        new CaptureReader(512, Access.MAP, true).read(file, unmapped);
        var collected = new Collected();
        new CaptureReader(512, Access.MAP, false).read(file, collected);
        assertThat(collected.frames).hasSize(200).isEqualTo(unmapped.frames);
        assertThat(collected.malformed).isEmpty();
    }

    @Test
    void givenPcapngRecordsLongerThanTheFirstFrameBuffer_whenRead_thenDeliveredWhole() throws Exception {
        var large = new byte[200_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 7);
        }
        var file = new TestFrames.Pcapng()
                .section(true)
                .iface(1, -1)
                .enhanced(0, 1, HexFormat.of().parseHex("aa"))
                .enhanced(0, 2, large)
                .simple(large)
                .enhanced(0, 3, HexFormat.of().parseHex("bbcc"))
                .bytes();
        var collected = read(file);
        var hex = HexFormat.of().formatHex(large);
        assertThat(collected.frames).containsExactly("1 1000 aa", "1 2000 " + hex, "1 0 " + hex, "1 3000 bbcc");
        assertThat(collected.malformed).isEmpty();
    }

    @Test
    void givenReadOnJava22OrLater_whenAWindowIsLeft_thenItIsUnmappedAtOnce() throws Exception {
        assumeTrue(WindowMapping.unmapsOnRelease(), "Java 21 leaves mapped windows to the garbage collector");
        var file = write(dir, "two-windows", new byte[8192]);
        var mapping = new WindowMapping(true);
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var first = mapping.map(channel, 0, 4096);
            assertThat(first.get(0)).isZero();
            var second = mapping.map(channel, 4096, 4096);
            // the first window's memory is gone: its buffer refuses to read instead of reading unmapped pages
            assertThatThrownBy(() -> first.get(0)).isInstanceOf(IllegalStateException.class);
            assertThat(second.get(0)).isZero();
            mapping.release();
            assertThatThrownBy(() -> second.get(0)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void givenAFileCutShorterWhileItIsRead_whenRead_thenTheFramesBeforeTheCutAndOneMalformedRecord() throws Exception {
        // a capture rotated or truncated by its writer while it is analysed: positioned reads see the end of the
        // file where it now is (a mapped page beyond it would fault the process instead)
        var file = write(dir, "shrinking.pcap", TestFrames.pcap(true, false, 1, zeroRecords(2000, 1000)));
        var collected = new Collected() {
            @Override
            public void packet(int linkType, long ts, byte[] buf, int offset, int captured, int original) {
                if (frames.isEmpty()) {
                    try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
                        raf.setLength(1 << 20);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                super.packet(linkType, ts, buf, offset, captured, original);
            }
        };
        new CaptureReader(Access.READ).read(file, collected);
        // records of 16 + 1000 bytes after the 24-byte file header: 1032 end before 1 MiB, the 1033rd crosses it
        assertThat(collected.frames).hasSize(1032);
        assertThat(collected.malformed).containsExactly(Violation.RECORD_BEYOND_FILE);
    }

    @Test
    void givenTwentyMegabyteCapture_whenRead_thenProgressIsReportedAlongTheWayAndAtTheEnd() throws Exception {
        var file = write(dir, "big.pcap", TestFrames.pcap(true, false, 1, zeroRecords(14_000, 1500)));
        var positions = new ArrayList<Long>();
        var collected = new Collected() {
            @Override
            public void progress(long position, long size) {
                positions.add(position);
            }
        };
        new CaptureReader().read(file, collected);
        long size = java.nio.file.Files.size(file);
        assertThat(collected.frames).hasSize(14_000);
        assertThat(positions).hasSizeGreaterThanOrEqualTo(2).isSorted().last().isEqualTo(size);
        assertThat(positions.getFirst()).isLessThan(size);
    }
}
