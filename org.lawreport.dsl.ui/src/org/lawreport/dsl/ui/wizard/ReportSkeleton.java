package org.lawreport.dsl.ui.wizard;

import java.time.LocalDate;

/**
 * The text of a new report: the standard template's metadata and its five parts, for the year just ended
 * (a report written in {@code today}'s year reports on the year before; part 四 plans this year).
 */
public final class ReportSkeleton {

	private ReportSkeleton() {
	}

	public static String text(String organ, LocalDate today) {
		int year = today.getYear() - 1;
		int next = today.getYear();
		String o = organ == null || organ.isBlank() ? "某某单位" : organ.strip();
		return """
				报告 依据 法治政府建设年度报告

				标题 "%1$s关于%2$d年度法治政府建设情况的报告"
				报告年度 %2$d
				层级 部门
				发文机关 "%1$s"
				发文字号 "某发〔%3$d〕1号"
				签发人 "某某"
				主送机关 "某某人民政府"
				署名 "%1$s"
				成文日期 "%3$d年%4$d月%5$d日"

				段 "现将%2$d年度法治政府建设情况报告如下。"

				部分 举措成效 "%2$d年度推进法治政府建设的主要举措和成效"
					段 "全年办理行政复议案件{复议案件=0件}。"

				部分 不足原因 "%2$d年度推进法治政府建设存在的不足和原因"
					段 "……"

				部分 第一责任人 "%2$d年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
					段 "……"

				部分 下年安排 "%3$d年度推进法治政府建设的主要安排"
					段 "……"
				""".formatted(o, year, next, today.getMonthValue(), today.getDayOfMonth());
	}
}
