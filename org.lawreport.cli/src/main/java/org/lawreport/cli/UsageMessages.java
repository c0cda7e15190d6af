package org.lawreport.cli;

/** picocli's usage errors in Chinese. */
final class UsageMessages {

	private UsageMessages() {
	}

	static String translate(String message) {
		if (message == null) {
			return "参数有误。";
		}
		if (message.startsWith("Unknown option")) {
			return "未知选项 " + message.replaceFirst("Unknown options?: ", "");
		}
		if (message.startsWith("Missing required parameter")) {
			return "缺少参数：" + message.replaceFirst("Missing required parameters?: ", "");
		}
		if (message.startsWith("Missing required option")) {
			return "缺少必需的选项：" + message.replaceFirst("Missing required options? ", "");
		}
		if (message.startsWith("Invalid value for option")) {
			return "选项的值无效：" + message.replaceFirst("Invalid value for option ", "");
		}
		if (message.startsWith("Unmatched argument")) {
			return "无法识别的参数：" + message.replaceFirst("Unmatched arguments? from index \\d+: ", "");
		}
		return message;
	}
}
