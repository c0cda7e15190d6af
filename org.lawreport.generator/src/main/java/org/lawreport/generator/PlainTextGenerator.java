package org.lawreport.generator;

import org.lawreport.core.document.OfficialDocument.Block;
import org.lawreport.core.document.OfficialDocument.Closing;
import org.lawreport.core.document.OfficialDocument.Header;
import org.lawreport.core.document.OfficialDocument;

/**
 * The plain-text rendering: 版头 lines, the title, the recipient, the body with its generated numbers and every
 * paragraph indented by two ideographic spaces, then signature, date and the 版记 lines.
 */
public final class PlainTextGenerator {

	private static final String INDENT = "\u3000\u3000";

	private PlainTextGenerator() {
	}

	public static String render(OfficialDocument document) {
		StringBuilder out = new StringBuilder();
		Header h = document.header();
		line(out, h.issuerMark());
		if (h.documentNumber() != null || h.signer() != null) {
			blankLine(out);
			line(out, h.documentNumber());
			if (h.signer() != null) {
				line(out, h.signerLabel() + h.signer());
			}
		}
		if (h.title() != null) {
			blankLine(out);
			line(out, h.title());
		}
		if (h.recipient() != null) {
			blankLine(out);
			line(out, h.recipient() + "：");
		}
		if (out.length() > 0) {
			blankLine(out);
		}
		for (Block block : document.body()) {
			out.append(INDENT).append(block.text()).append('\n');
		}
		Closing c = document.closing();
		if (c.attachmentNote() != null) {
			blankLine(out);
			line(out, INDENT + "附件：" + c.attachmentNote());
		}
		if (c.signature() != null || c.date() != null) {
			blankLine(out);
			line(out, c.signature());
			line(out, c.date());
		}
		if (c.note() != null) {
			line(out, INDENT + "（" + c.note() + "）");
		}
		if (c.copyTo() != null || c.printer() != null) {
			blankLine(out);
			if (c.copyTo() != null) {
				line(out, "抄送：" + c.copyTo() + "。");
			}
			if (c.printer() != null || c.printDate() != null) {
				line(out, nullToEmpty(c.printer()) + INDENT + nullToEmpty(c.printDate()) + (c.printDate() == null ? "" : "印发"));
			}
		}
		return out.toString();
	}

	private static void line(StringBuilder out, String text) {
		if (text != null) {
			out.append(text).append('\n');
		}
	}

	private static void blankLine(StringBuilder out) {
		if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
			out.append('\n');
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
