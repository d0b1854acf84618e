package io.zonewarden.core.io;

import java.util.List;

/**
 * A model file (plant YAML, asset CSV) that cannot be read: every problem found, each with file, line and column.
 * Nothing of the file was taken when this is thrown.
 */
public class ModelFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ModelFileException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ModelFileException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problems = List.of(problem);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) return "unreadable model file";
        var first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
