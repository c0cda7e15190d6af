package org.lawreport.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.LawReportStandaloneSetup;
import org.lawreport.dsl.lawReport.Report;

import com.google.inject.Injector;

/** Parses and validates report text the way the command line and the editor do, for tests. */
public final class TestSupport {

	public static final Injector INJECTOR = new LawReportStandaloneSetup().createInjectorAndDoEMFRegistration();

	/** The header every test report starts with: the standard template and complete metadata. */
	public static final String HEADER = """
			报告 依据 法治政府建设年度报告
			标题 "某市某局2024年法治政府建设年度报告"
			报告年度 2024
			层级 部门
			发文机关 "某市某局"
			署名 "某市某局"
			成文日期 "2025年1月20日"
			""";

	/** Four complete mandatory parts, each with one paragraph. */
	public static final String ALL_PARTS = """
			部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
				段 "全年办理事项{12件}。"
			部分 不足原因 "2024年度推进法治政府建设存在的不足和原因"
				段 "基层力量不足。"
			部分 第一责任人 "2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
				段 "主要负责人专题研究法治工作。"
			部分 下年安排 "2025年度推进法治政府建设的主要安排"
				段 "继续深化改革。"
			""";

	/** A city profile: departments by 3月1日, no note for headings without a year, one more required part. */
	public static final String CITY_PROFILE = """
			模板 样例市审查口径 继承 法治政府建设年度报告
			截止 部门 次年 3月1日 条款 "样例市依法治市办关于报送年度法治政府建设报告的通知"
			严重性 "LR-HEADING-NO-YEAR" 关闭
			严重性 "LR-PUNCT-HALFWIDTH" 错误
			部分 重大决策 必备
				标题 "【年度】年度重大行政决策情况"
				条款 "样例市重大行政决策程序规定第三十条"
			""";

	private TestSupport() {
	}

	/** The project's top folder (where seeds/ lives). */
	public static Path projectRoot() {
		String root = System.getProperty("lawreport.projectRoot");
		return (root == null ? Path.of("..") : Path.of(root)).toAbsolutePath().normalize();
	}

	public static XtextResource load(String text) {
		return load(text, "test.lawreport");
	}

	public static XtextResource load(String text, String name) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		return load(set, text, name);
	}

	public static XtextResource load(XtextResourceSet set, String text, String name) {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	public static Report report(String text) {
		return (Report) load(text).getContents().get(0);
	}

	public static List<Issue> validate(XtextResource resource) {
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public static List<Issue> validate(String text) {
		return validate(load(text));
	}

	/** The codes of the findings on a text, in source order. */
	public static List<String> codes(String text) {
		return validate(text).stream().map(Issue::getCode).collect(Collectors.toList());
	}

	public static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).collect(Collectors.toList());
	}
}
