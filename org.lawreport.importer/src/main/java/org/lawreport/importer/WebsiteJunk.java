package org.lawreport.importer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Recognises the lines a government website puts around a report: the copyright and registration footer
 * (版权所有, ICP备案, 公网安备, 网站标识码), the "国务院部门网站 / 地方政府网站 …" link lists, navigation and
 * breadcrumbs, and the article's date, source, print and share lines. Traditional characters are read as their
 * simplified forms. A numbered heading or a sentence of prose is never junk.
 */
public final class WebsiteJunk {

	private static final List<String> FOOTER_WORDS = List.of("版权所有", "ICP备", "ICP证", "公网安备", "网站标识码",
			"网站地图", "主办单位", "承办单位", "技术支持", "运维单位", "Copyright", "COPYRIGHT", "©", "建议使用",
			"分辨率", "浏览器浏览", "联系我们", "政府网站找错", "无障碍浏览", "适老化");
	/** Labels that start a line of page furniture. */
	private static final Pattern LABELLED = Pattern.compile(
			"^(当前位置|您当前的位置|您现在的位置|当前的位置|位置[：:]|【?打印本页|【打印|【关闭|关闭窗口|【?字号|【?字体[：:]|分享到|扫一扫"
					+ "|返回顶部|上一篇|下一篇|相关链接|友情链接|相关文章|相关阅读|发布时间|发布日期|发文日期|来源[：:]|信息来源|文章来源|浏览次数"
					+ "|阅读次数|点击数|点击率|访问量|浏览量|责任编辑|编辑[：:]|作者[：:]|索引号|主题分类|发布机构|公开方式|有效性[：:]).*");
	/** Words that make up navigation bars: a line of nothing else is navigation. */
	private static final Set<String> NAVIGATION_WORDS = Set.of("首页", "网站首页", "打印", "关闭",
			"收藏", "分享", "搜索", "站内搜索", "登录", "注册", "English", "长者模式", "无障碍", "手机版", "移动版", "微信", "微博",
			"政务公开", "政务服务", "互动交流", "新闻中心", "新闻动态", "政策文件", "政策解读", "政府信息公开", "信息公开", "专题专栏",
			"办事服务", "在线访谈", "热点专题", "走进", "概况", "领导之窗", "机构设置", "通知公告", "工作动态", "法治政府建设", "大", "中", "小",
			"[大]", "[中]", "[小]", "【大】", "【中】", "【小】", "|", "｜", "·", "【打印】", "【关闭】", "【关闭窗口】", "【打印本页】", "打印本页",
			"关闭窗口", "返回顶部", "回到顶部");
	private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s\\u3000|｜·/]+");
	private static final Pattern BREADCRUMB = Pattern.compile(".*(>|＞|»|›|→).*");
	private static final Pattern SENTENCE_MARKS = Pattern.compile(".*[。；;！？!?，,、].*");
	private static final Pattern NUMBERED = Pattern.compile("^\\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、]).*");

	private WebsiteJunk() {
	}

	/** Why the line is website junk, or empty when it may be part of the report. */
	public static Optional<String> reason(String line) {
		String s = line.strip();
		if (s.isEmpty() || s.length() > 120 || NUMBERED.matcher(s).matches()) {
			return Optional.empty();
		}
		String simple = containsHan(s) ? ZhConverterUtil.toSimple(s) : s;
		for (String word : FOOTER_WORDS) {
			if (simple.contains(word) && !simple.contains("。")) {
				return Optional.of(ImporterTexts.text("junk.footer", word));
			}
		}
		if (s.length() <= 40 && !SENTENCE_MARKS.matcher(simple).matches()) {
			if (simple.endsWith("网站") || simple.endsWith("门户网站") || simple.endsWith("网站群")) {
				return Optional.of(ImporterTexts.text("junk.linkList"));
			}
			if (LABELLED.matcher(simple).matches()) {
				return Optional.of(ImporterTexts.text("junk.articleInfoOrNavigation"));
			}
			if (allNavigationWords(simple)) {
				return Optional.of(ImporterTexts.text("junk.navigation"));
			}
		}
		if (s.length() <= 60 && !simple.contains("。") && BREADCRUMB.matcher(simple).matches()
				&& (simple.contains("首页") || simple.contains("当前"))) {
			return Optional.of(ImporterTexts.text("junk.location"));
		}
		if (s.length() <= 80 && !simple.contains("。") && (LABELLED.matcher(simple).matches() || simple.contains("浏览次数")
				|| simple.contains("【字号") || simple.contains("字号：[大]"))) {
			return Optional.of(ImporterTexts.text("junk.articleInfo"));
		}
		return Optional.empty();
	}

	private static boolean allNavigationWords(String s) {
		String[] tokens = TOKEN_SEPARATORS.split(s.strip());
		if (tokens.length == 0) {
			return false;
		}
		for (String token : tokens) {
			if (!token.isEmpty() && !NAVIGATION_WORDS.contains(token)) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsHan(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '\u4e00' && c <= '\u9fff') {
				return true;
			}
		}
		return false;
	}
}
