package io.zonewarden.app.cli;

/** How a command prints its report: for people, or as JSON on stdout for programs. */
enum OutputFormat {
    TEXT,
    JSON
}
