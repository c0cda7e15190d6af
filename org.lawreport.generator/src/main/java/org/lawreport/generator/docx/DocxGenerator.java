package org.lawreport.generator.docx;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.generator.DocumentRenderer;

/**
 * The official-format DOCX (GB/T 9704-2012 《党政机关公文格式》) that officers open in WPS or Word.
 *
 * <ul>
 * <li>A4, margins 37/35/28/26 mm, a line grid of 22 lines ({@code w:docGrid w:type="lines"}) with 28
 * characters per line (3号 body runs with −0.25 pt character spacing), justified, first-line indents of two
 * characters in twips;</li>
 * <li>body 3号仿宋 (仿宋_GB2312), title 2号 方正小标宋简体 centred, headings 一、黑体 / （一）楷体_GB2312 / 1. 仿宋 /
 * （1）仿宋; a 接排 heading and its first paragraph in one paragraph;</li>
 * <li>the 版头 when the report has one: red 发文机关标志 35 mm below the type area's top, 发文字号 and 签发人, the red
 * separator; 主送机关, 附件说明, 署名 and 成文日期 (with or without seal), 附注;</li>
 * <li>page numbers "— 1 —" in 4号宋体, odd pages right, even pages left (even-and-odd footers);</li>
 * <li>the 版记 in a last section without page numbers, its last rule on the bottom of the type area, on an even
 * page when the body's page count is computable (see {@link PagePlan});</li>
 * <li>explicit fonts on every run, no theme fonts, no named styles; title, author and language zh-CN in the
 * document properties.</li>
 * </ul>
 */
public final class DocxGenerator implements DocumentRenderer {

	public DocxGenerator() {
	}

	@Override
	public void render(OfficialDocument document, OutputStream out) throws IOException {
		try (XWPFDocument docx = new DocxWriter(document).write()) {
			docx.write(out);
		}
	}

	@Override
	public String extension() {
		return "docx";
	}
}
