package org.lawreport.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that needs programs or files from the system, installed by {@code scripts/install-test-tools.sh}:
 * LibreOffice, Chromium, poppler, qpdf, Ghostscript, Neovim, the SARIF Multitool, the CJK fonts. {@code ./run-tests}
 * runs them; {@code ./run-tests --quick} leaves them out (tag {@value #TAG}).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag(UsesExternalPrograms.TAG)
public @interface UsesExternalPrograms {
	String TAG = "external";
}
