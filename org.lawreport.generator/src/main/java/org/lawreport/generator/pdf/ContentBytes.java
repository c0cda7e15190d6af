package org.lawreport.generator.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A PDF content stream (or any PDF text) being written: ASCII operators and operands appended to a growable
 * byte array, numbers written with at most three decimals and no exponent, as PDF wants them.
 */
final class ContentBytes {

	private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

	private byte[] bytes;
	private int length;

	ContentBytes(int capacity) {
		bytes = new byte[Math.max(16, capacity)];
	}

	/** Empties the buffer for the next stream, keeping its capacity. */
	void reset() {
		length = 0;
	}

	byte[] array() {
		return bytes;
	}

	int length() {
		return length;
	}

	private void ensure(int more) {
		if (length + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
		}
	}

	/** Appends ASCII text as it is (operators, names, separators). */
	ContentBytes ascii(String text) {
		int n = text.length();
		ensure(n);
		for (int i = 0; i < n; i++) {
			bytes[length++] = (byte) text.charAt(i);
		}
		return this;
	}

	ContentBytes ascii(char c) {
		ensure(1);
		bytes[length++] = (byte) c;
		return this;
	}

	/** A number rounded to 1/1000, e.g. 1, -0.5, 12.345, followed by a space. */
	ContentBytes number(double value) {
		long thousandths = Math.round(value * 1000);
		ensure(24);
		if (thousandths < 0) {
			bytes[length++] = '-';
			thousandths = -thousandths;
		}
		integer(thousandths / 1000);
		int fraction = (int) (thousandths % 1000);
		if (fraction != 0) {
			bytes[length++] = '.';
			int digits = 3;
			while (fraction % 10 == 0) {
				fraction /= 10;
				digits--;
			}
			for (int d = digits - 1; d >= 0; d--) {
				bytes[length + d] = (byte) ('0' + fraction % 10);
				fraction /= 10;
			}
			length += digits;
		}
		bytes[length++] = ' ';
		return this;
	}

	private void integer(long value) {
		if (value == 0) {
			bytes[length++] = '0';
			return;
		}
		int start = length;
		while (value > 0) {
			bytes[length++] = (byte) ('0' + value % 10);
			value /= 10;
		}
		for (int i = start, j = length - 1; i < j; i++, j--) {
			byte t = bytes[i];
			bytes[i] = bytes[j];
			bytes[j] = t;
		}
	}

	/** Four hexadecimal digits: a two-byte code of an Identity-H font. */
	ContentBytes hex16(int code) {
		ensure(4);
		bytes[length++] = HEX[(code >>> 12) & 0xF];
		bytes[length++] = HEX[(code >>> 8) & 0xF];
		bytes[length++] = HEX[(code >>> 4) & 0xF];
		bytes[length++] = HEX[code & 0xF];
		return this;
	}
}
