package io.zonewarden.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails as soon as a line grows past {@link InputLimits#MAX_LINE_LENGTH}, so that a CSV import
 * never holds a line of megabytes: the parser behind it sees only the characters up to the limit. Lines end at LF,
 * CR LF or CR alone, as commons-csv counts them (RFC 4180 section 2 allows CR LF; spreadsheets write the others).
 */
final class LineLimit extends FilterReader {

    /** The line that passed the limit, counted from 1. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        final int line;

        TooLong(int line) {
            super("line " + line + " is longer than " + InputLimits.MAX_LINE_LENGTH + " characters");
            this.line = line;
        }
    }

    private int line = 1;
    private int run;
    private boolean afterCr;

    LineLimit(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) count((char) c);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) count(buffer[i]);
        return n;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would count the same characters twice
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark not supported");
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped characters must be counted too: read them
        var buffer = new char[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) break;
            skipped += read;
        }
        return skipped;
    }

    private void count(char c) throws TooLong {
        if (c == '\n') {
            if (!afterCr) line++;
            run = 0;
            afterCr = false;
        } else if (c == '\r') {
            line++;
            run = 0;
            afterCr = true;
        } else {
            afterCr = false;
            if (++run > InputLimits.MAX_LINE_LENGTH) throw new TooLong(line);
        }
    }
}
