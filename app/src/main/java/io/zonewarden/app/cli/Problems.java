package io.zonewarden.app.cli;

import io.zonewarden.core.io.ModelFileException;
import java.io.PrintWriter;

/** Prints the problems of an unreadable input file, one per line, in the {@code file:line:column:} form. */
final class Problems {

    private Problems() {}

    static void print(PrintWriter err, ModelFileException e) {
        var problems = e.problems();
        err.println("zonewarden: cannot read the input (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):");
        for (var problem : problems) {
            err.println("  " + problem);
        }
        err.flush();
    }
}
