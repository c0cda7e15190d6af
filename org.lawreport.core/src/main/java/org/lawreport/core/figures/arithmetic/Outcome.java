package org.lawreport.core.figures.arithmetic;

import java.math.BigDecimal;
import java.util.Objects;

/** The result of evaluating a rule expression: a value, or a division by zero somewhere inside it. */
public sealed interface Outcome permits Outcome.Value, Outcome.DivisionByZero {

    /** A computed value in base units. */
    record Value(BigDecimal value) implements Outcome {
        /** Checks that the value is present. */
        public Value {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The expression divides by zero; the rule cannot be checked. */
    record DivisionByZero() implements Outcome {
    }

    /** Wraps a value. */
    static Outcome of(BigDecimal value) {
        return new Value(value);
    }
}
