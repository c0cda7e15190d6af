package org.lawreport.core.figures;

import java.util.Objects;
import java.util.Optional;

/** The result of {@link QuantityParser#parse}: either a {@link Quantity} or the {@link QuantityProblem}. */
public final class QuantityParse {

    private final Quantity quantity;
    private final QuantityProblem problem;

    private QuantityParse(Quantity quantity, QuantityProblem problem) {
        this.quantity = quantity;
        this.problem = problem;
    }

    /** A successful parse. */
    public static QuantityParse of(Quantity quantity) {
        return new QuantityParse(Objects.requireNonNull(quantity, "quantity"), null);
    }

    /** A failed parse. */
    public static QuantityParse failed(QuantityProblem problem) {
        return new QuantityParse(null, Objects.requireNonNull(problem, "problem"));
    }

    /** Whether the literal was read. */
    public boolean isValid() {
        return quantity != null;
    }

    /** The literal read, if it could be read. */
    public Optional<Quantity> quantity() {
        return Optional.ofNullable(quantity);
    }

    /** The problem, if the literal could not be read. */
    public Optional<QuantityProblem> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        return isValid() ? "QuantityParse[" + quantity + "]" : "QuantityParse[" + problem + "]";
    }
}
