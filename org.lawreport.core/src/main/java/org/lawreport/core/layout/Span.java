package org.lawreport.core.layout;

import java.util.Objects;

/** A stretch of text in one font role. */
public record Span(String text, FontRole role) {

	public Span {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(role, "role");
	}
}
