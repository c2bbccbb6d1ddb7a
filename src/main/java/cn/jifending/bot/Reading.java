package cn.jifending.bot;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What {@link ChatInput} read in a message: nothing of the kind asked for, a value, or a
 * {@link InputProblem} the handler answers with. {@code start}/{@code end} locate what was read in
 * the text searched (0/0 when nothing was found), so the handler can take it out of the rest.
 */
public final class Reading<T> {

    private static final Reading<?> NONE = new Reading<>(null, null, 0, 0);

    private final T value;
    private final InputProblem problem;
    private final int start;
    private final int end;

    private Reading(T value, InputProblem problem, int start, int end) {
        this.value = value;
        this.problem = problem;
        this.start = start;
        this.end = end;
    }

    @SuppressWarnings("unchecked")
    public static <T> Reading<T> none() {
        return (Reading<T>) NONE;
    }

    public static <T> Reading<T> of(T value, int start, int end) {
        return new Reading<>(value, null, start, end);
    }

    public static <T> Reading<T> problem(InputProblem problem, int start, int end) {
        return new Reading<>(null, problem, start, end);
    }

    /** Whether something of the kind was written (a value or a problem). */
    public boolean found() {
        return value != null || problem != null;
    }

    public boolean ok() {
        return value != null;
    }

    public boolean failed() {
        return problem != null;
    }

    public T value() {
        if (value == null) {
            throw new NoSuchElementException(problem == null ? "nothing read" : problem.toString());
        }
        return value;
    }

    public Optional<T> asOptional() {
        return Optional.ofNullable(value);
    }

    public Optional<InputProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The value; or, when a problem was read, empty after answering it through {@code reply}
     * (e.g. {@code ctx::reply}) with the problem's template and model; empty when nothing was read.
     */
    public Optional<T> orAnswer(BiConsumer<String, Map<String, ?>> reply) {
        if (problem != null) {
            reply.accept(problem.template(), problem.model());
        }
        return Optional.ofNullable(value);
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** {@code text} without what was read, trimmed. */
    public String rest(String text) {
        if (!found()) {
            return text.strip();
        }
        return (text.substring(0, start) + " " + text.substring(end)).strip();
    }

    /** The same reading with the value mapped, or the problem kept. */
    public <U> Reading<U> map(Function<T, U> f) {
        if (value != null) {
            return new Reading<>(f.apply(value), null, start, end);
        }
        return problem != null ? new Reading<>(null, problem, start, end) : none();
    }

    /** A value breaking {@code check}'s rule becomes that problem. */
    public Reading<T> check(Function<T, Optional<InputProblem>> check) {
        if (value == null) {
            return this;
        }
        return check.apply(value).<Reading<T>>map(p -> new Reading<>(null, p, start, end)).orElse(this);
    }

    @Override
    public String toString() {
        return value != null ? "Reading[" + value + "]" : problem != null ? "Reading[" + problem + "]" : "Reading[none]";
    }
}
