package org.claimtrack.domain;

import java.util.Objects;
import java.util.function.Function;

/** Either a value or a {@link Problem}: expected failures travel as values, not exceptions. */
public sealed interface Result<T> {

  record Ok<T>(T value) implements Result<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  record Failed<T>(Problem problem) implements Result<T> {
    public Failed {
      Objects.requireNonNull(problem, "problem");
    }
  }

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> failed(Problem problem) {
    return new Failed<>(problem);
  }

  static <T> Result<T> failed(String input, Problem.Code code, String message) {
    return new Failed<>(new Problem(input, code, message));
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  default <U> Result<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(f.apply(ok.value()));
    }
    return new Failed<>(((Failed<T>) this).problem());
  }

  default <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
    if (this instanceof Ok<T> ok) {
      return f.apply(ok.value());
    }
    return new Failed<>(((Failed<T>) this).problem());
  }
}
