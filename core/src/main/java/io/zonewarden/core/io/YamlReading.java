package io.zonewarden.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of a composed YAML node tree and records every problem with its file, line, column and
 * field path, so one pass reports all that is wrong in a file. Methods return {@code null} for a value they could
 * not read; the problem is already recorded.
 */
final class YamlReading {

    /** Past this many problems the rest are noise: stop collecting. */
    static final int MAX_PROBLEMS = 100;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    YamlReading(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    void problem(@Nullable Node node, String field, String message) {
        if (problems.size() >= MAX_PROBLEMS) return;
        int line = 0;
        int column = 0;
        if (node != null && node.getStartMark().isPresent()) {
            line = node.getStartMark().get().getLine() + 1;
            column = node.getStartMark().get().getColumn() + 1;
        }
        problems.add(new Problem(file, line, column, field, message));
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** The entries of a mapping, by key, after checking for unknown and duplicate keys. */
    record Fields(MappingNode node, String path, Map<String, NodeTuple> entries) {

        @Nullable
        Node get(String key) {
            var tuple = entries.get(key);
            if (tuple == null || isNull(tuple.getValueNode())) return null;
            return tuple.getValueNode();
        }

        boolean has(String key) {
            return get(key) != null;
        }

        String path(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    @Nullable
    Fields mapping(Node node, String path, String what, Set<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, path, "expected " + what + " (a mapping of keys to values), found " + describe(node));
            return null;
        }
        var entries = new LinkedHashMap<String, NodeTuple>();
        for (var tuple : mapping.getValue()) {
            var keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problem(keyNode, path, "expected a plain key, found " + describe(keyNode));
                continue;
            }
            var key = scalarKey.getValue();
            if (!known.contains(key)) {
                problem(
                        keyNode,
                        path,
                        "unknown key '" + key + "' in " + what + DidYouMean.hint(key, known) + "; known keys: "
                                + String.join(", ", known));
                continue;
            }
            var previous = entries.putIfAbsent(key, tuple);
            if (previous != null) {
                problem(
                        keyNode,
                        path,
                        "duplicate key '" + key + "' (first given on line " + line(previous.getKeyNode()) + ")");
            }
        }
        return new Fields(mapping, path, entries);
    }

    @Nullable
    List<Node> sequence(Node node, String path, String what) {
        if (node instanceof SequenceNode sequence) return sequence.getValue();
        problem(node, path, "expected a list of " + what + ", found " + describe(node));
        return null;
    }

    /** A list of scalars; a single scalar is read as a list of one. */
    @Nullable
    List<ScalarNode> scalars(Node node, String path, String what) {
        if (node instanceof ScalarNode scalar) return List.of(scalar);
        var items = sequence(node, path, what);
        if (items == null) return null;
        var result = new ArrayList<ScalarNode>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ScalarNode scalar && !isNull(scalar)) {
                result.add(scalar);
            } else {
                problem(items.get(i), path + "[" + i + "]", "expected " + what + ", found " + describe(items.get(i)));
            }
        }
        return result;
    }

    /** Any scalar as its text: {@code firmware: 3.20} stays "3.20", as written. */
    @Nullable
    String string(Node node, String path) {
        if (node instanceof ScalarNode scalar && !isNull(scalar)) return scalar.getValue();
        problem(node, path, "expected a text value, found " + describe(node));
        return null;
    }

    @Nullable
    String string(Fields fields, String key) {
        var node = fields.get(key);
        if (node == null) return null;
        if (node instanceof ScalarNode scalar) return scalar.getValue(); // the path is built only for a problem
        return string(node, fields.path(key));
    }

    /** A required value: records "missing" against the mapping when absent. */
    @Nullable
    Node required(Fields fields, String key, String what) {
        var node = fields.get(key);
        if (node == null) {
            problem(fields.node(), fields.path(key), "missing '" + key + "': " + what);
        }
        return node;
    }

    boolean bool(Fields fields, String key) {
        var node = fields.get(key);
        if (node == null) return false;
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        problem(node, fields.path(key), "expected true or false, found " + describe(node));
        return false;
    }

    @Nullable
    Integer integer(Fields fields, String key, int min, int max) {
        var node = fields.get(key);
        if (node == null) return null;
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                int value = Integer.parseInt(scalar.getValue().replace("_", ""));
                if (value >= min && value <= max) return value;
            } catch (NumberFormatException e) {
                // out of int range: reported below like any other out-of-range number
            }
            problem(
                    node,
                    fields.path(key),
                    "expected a whole number " + min + ".." + max + ", found " + describe(node));
            return null;
        }
        problem(node, fields.path(key), "expected a whole number " + min + ".." + max + ", found " + describe(node));
        return null;
    }

    /**
     * A value spelt as one of a fixed set of labels (an asset type, a zone kind); an unknown one is a problem that
     * suggests the closest label and lists them all.
     */
    <T> @Nullable T label(Fields f, String key, String what, Function<String, Optional<T>> parse, List<String> labels) {
        var node = f.get(key);
        if (node == null) return null;
        var text = string(f, key);
        if (text == null) return null;
        var value = parse.apply(text);
        if (value.isEmpty()) {
            problem(
                    node,
                    f.path(key),
                    "unknown " + what + " '" + text + "'" + DidYouMean.hint(text, labels) + "; known: "
                            + String.join(", ", labels));
            return null;
        }
        return value.get();
    }

    /** A short description of what a node holds, for "expected X, found Y" messages. */
    static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof ScalarNode scalar) {
            if (isNull(scalar)) return "nothing";
            var value = scalar.getValue();
            if (value.length() > 40) value = value.substring(0, 37) + "...";
            var tag = scalar.getTag();
            String kind = tag.equals(Tag.BOOL)
                    ? "boolean"
                    : tag.equals(Tag.INT) ? "number" : tag.equals(Tag.FLOAT) ? "number" : "text";
            return kind + " '" + value + "'";
        }
        return "an unsupported YAML node";
    }
}
