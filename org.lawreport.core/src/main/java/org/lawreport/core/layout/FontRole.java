package org.lawreport.core.layout;

import org.lawreport.core.text.CoreTexts;

/**
 * The typefaces of an official document (GB/T 9704-2012). Each role names the customary font; the generators
 * resolve a role to a real font file.
 */
public enum FontRole {
	/** 正文: 3号仿宋, also headings of levels 3 and 4, the closing elements and the 版记. */
	BODY("仿宋_GB2312"),
	/** 标题 and 发文机关标志: 小标宋. */
	TITLE("方正小标宋简体"),
	/** Level-1 headings (一、): 黑体. */
	HEITI("黑体"),
	/** Level-2 headings (（一）) and the signer's name: 楷体. */
	KAITI("楷体_GB2312"),
	/** Page numbers: 4号半角宋体. */
	PAGE_NUMBER("宋体");

	private final String customaryFont;

	FontRole(String customaryFont) {
		this.customaryFont = customaryFont;
	}

	/** The role as users name it, e.g. "正文字体". */
	public String label() {
		return CoreTexts.text("fontRole." + name());
	}

	/** The font offices use for this role, e.g. "仿宋_GB2312". */
	public String customaryFont() {
		return customaryFont;
	}
}
