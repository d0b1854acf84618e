package io.zonewarden.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Turns the text of a model file into a YAML node tree within {@link InputLimits}: lines are measured before the
 * parser runs, and the parser's events are watched on their way to the composer for nesting depth, aliases of
 * scalars and the size aliases expand to. Every refusal is a {@link Problem} with file, line and column (when the
 * settings keep marks).
 */
final class YamlInput {

    private YamlInput() {}

    /**
     * The node tree of {@code text}, or {@code null} for a file with no document.
     *
     * @param marks keep positions (line and column) on nodes and in problems
     * @param codePointLimit the parser's own limit on the document's length
     */
    static @Nullable Node compose(String text, String file, boolean marks, int codePointLimit)
            throws ModelFileException {
        checkLines(text, file);
        var settings = LoadSettings.builder()
                .setLabel(file)
                .setUseMarks(marks)
                .setSchema(PlainTextFirstSchema.INSTANCE)
                .setCodePointLimit(codePointLimit)
                // The scanner reads the text in buffers of this size and, while it looks ahead within a token,
                // copies what it holds into a new window at every refill; a buffer as long as the longest line
                // allowed keeps that to a few copies per character instead of one per kilobyte of the token.
                .setBufferSize(InputLimits.MAX_LINE_LENGTH)
                .setMaxAliasesForCollections(50)
                .build();
        var parser = new Guarded(new ParserImpl(settings, new StreamReader(settings, text)), text.length());
        try {
            return new Composer(settings, parser).getSingleNode().orElse(null);
        } catch (Refused e) {
            throw new ModelFileException(List.of(problem(file, e.mark, e.getMessage())));
        } catch (MarkedYamlEngineException e) {
            throw new ModelFileException(problem(file, e.getProblemMark(), "not valid YAML: " + e.getProblem()), e);
        } catch (YamlEngineException e) {
            throw new ModelFileException(new Problem(file, 0, 0, "", "not valid YAML: " + e.getMessage()), e);
        }
    }

    /**
     * Refuses a text with a line longer than {@link InputLimits#MAX_LINE_LENGTH}, naming each such line (up to
     * {@link YamlReading#MAX_PROBLEMS}). Line breaks are those of YAML 1.2 section 5.4: LF, CR LF, or CR alone.
     */
    static void checkLines(CharSequence text, String file) throws ModelFileException {
        var problems = new ArrayList<Problem>();
        int line = 1;
        int start = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') continue;
            if (i - start > InputLimits.MAX_LINE_LENGTH && problems.size() < YamlReading.MAX_PROBLEMS) {
                problems.add(tooLong(file, line, i - start));
            }
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') i++;
            line++;
            start = i + 1;
        }
        if (!problems.isEmpty()) throw new ModelFileException(problems);
    }

    /** A line over the limit; {@code length} is -1 when reading stopped at the limit, before the line's end. */
    static Problem tooLong(String file, int line, long length) {
        var found = length < 0
                ? "line is longer than %,d characters".formatted(InputLimits.MAX_LINE_LENGTH)
                : "line is %,d characters long".formatted(length);
        return new Problem(
                file,
                line,
                InputLimits.MAX_LINE_LENGTH + 1,
                "",
                found
                        + "; expected at most %,d per line (write long text over several lines)"
                                .formatted(InputLimits.MAX_LINE_LENGTH));
    }

    private static Problem problem(String file, Optional<Mark> mark, String message) {
        return new Problem(
                file,
                mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0),
                "",
                message);
    }

    /** A limit of {@link InputLimits} passed, at {@code mark}. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Optional<Mark> mark;

        Refused(Optional<Mark> mark, String message) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }

    /**
     * The parser as the composer sees it, with every event it hands over counted. Depth is checked when a mapping or
     * list opens, before the composer recurses into it. The expanded size counts one per node plus the characters of
     * each scalar; an alias adds what its anchored node counted when it closed.
     */
    private static final class Guarded implements Parser {
        private final Parser parser;
        private final long expansionLimit;
        private final int textLength;
        private final Set<Anchor> scalarAnchors = new HashSet<>();
        private final Map<Anchor, Long> anchoredSizes = new HashMap<>();
        private final Set<Anchor> open = new HashSet<>();
        /** Per open collection: its anchor (or null) and the count when it opened. */
        private final @Nullable Anchor[] openAnchors = new Anchor[InputLimits.MAX_DEPTH + 1];

        private final long[] openedAt = new long[InputLimits.MAX_DEPTH + 1];
        private int depth;
        private long expanded;

        Guarded(Parser parser, int textLength) {
            this.parser = parser;
            this.textLength = textLength;
            this.expansionLimit = InputLimits.expansionLimit(textLength);
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            var event = parser.next();
            switch (event) {
                case ScalarEvent scalar -> {
                    expanded += 1 + scalar.getValue().length();
                    scalar.getAnchor().ifPresent(anchor -> {
                        anchoredSizes.remove(anchor);
                        scalarAnchors.add(anchor);
                    });
                }
                case CollectionStartEvent start -> opened(start);
                case AliasEvent alias -> aliased(alias);
                default -> {
                    if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
                        closed();
                    }
                }
            }
            return event;
        }

        private void opened(CollectionStartEvent start) {
            if (depth == InputLimits.MAX_DEPTH) {
                throw new Refused(
                        start.getStartMark(),
                        "nested deeper than %d levels of mappings and lists; a plant model is a few levels deep"
                                .formatted(InputLimits.MAX_DEPTH));
            }
            var anchor = start.getAnchor().orElse(null);
            if (anchor != null) {
                scalarAnchors.remove(anchor);
                anchoredSizes.remove(anchor);
                open.add(anchor);
            }
            openAnchors[depth] = anchor;
            openedAt[depth] = expanded;
            depth++;
            expanded++;
        }

        private void closed() {
            depth--;
            var anchor = openAnchors[depth];
            if (anchor != null) {
                open.remove(anchor);
                anchoredSizes.put(anchor, expanded - openedAt[depth]);
                openAnchors[depth] = null;
            }
        }

        private void aliased(AliasEvent alias) {
            var anchor = alias.getAlias();
            if (scalarAnchors.contains(anchor)) {
                throw new Refused(
                        alias.getStartMark(),
                        ("*%s is an alias of a scalar; expected the value written out (aliases may repeat only"
                                        + " mappings and lists)")
                                .formatted(anchor.getValue()));
            }
            if (open.contains(anchor)) {
                throw new Refused(
                        alias.getStartMark(),
                        "*%s refers to a node that contains it; expected an alias of a finished mapping or list"
                                .formatted(anchor.getValue()));
            }
            var size = anchoredSizes.get(anchor);
            if (size == null) return; // an undefined alias: the composer reports it with its position
            expanded += size;
            if (expanded > expansionLimit) {
                throw new Refused(
                        alias.getStartMark(),
                        ("*%s makes the aliases expand the model beyond %,d characters, %d times the file's %,d;"
                                        + " expected repeated parts written out, or fewer aliases")
                                .formatted(anchor.getValue(), expansionLimit, InputLimits.MAX_EXPANSION, textLength));
            }
        }
    }
}
