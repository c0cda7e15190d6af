package org.lawreport.cli;

/** picocli's usage errors in Chinese. */
final class UsageMessages {

	private UsageMessages() {
	}

	static String translate(String message) {
		if (message == null) {
			return Texts.text("usage.invalid");
		}
		if (message.startsWith("Unknown option")) {
			return Texts.text("usage.unknownOption", message.replaceFirst("Unknown options?: ", ""));
		}
		if (message.startsWith("Missing required parameter")) {
			return Texts.text("usage.missingParameter", message.replaceFirst("Missing required parameters?: ", ""));
		}
		if (message.startsWith("Missing required option")) {
			return Texts.text("usage.missingOption", message.replaceFirst("Missing required options? ", ""));
		}
		if (message.startsWith("Invalid value for option")) {
			return Texts.text("usage.invalidValue", message.replaceFirst("Invalid value for option ", ""));
		}
		if (message.startsWith("Unmatched argument")) {
			return Texts.text("usage.unmatched", message.replaceFirst("Unmatched arguments? from index \\d+: ", ""));
		}
		return message;
	}
}
