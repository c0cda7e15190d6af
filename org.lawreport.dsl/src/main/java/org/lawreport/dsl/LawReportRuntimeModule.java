package org.lawreport.dsl;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.IResourceValidator;
import org.lawreport.dsl.conversion.LawReportValueConverters;
import org.lawreport.dsl.formatting2.LawReportFormatter;
import org.lawreport.dsl.linking.ChineseLinkingMessages;
import org.lawreport.dsl.linking.LawReportElementAtOffset;
import org.lawreport.dsl.scoping.LawReportResourceDescriptionStrategy;
import org.lawreport.dsl.suppression.SuppressingResourceValidator;
import org.lawreport.dsl.parsing.NestingGuardedParser;
import org.lawreport.dsl.validation.ChineseSyntaxErrorMessages;
import org.lawreport.dsl.validation.LabelFreeDiagnostician;
import org.lawreport.dsl.validation.LazyUriDiagnosticConverter;

/** Binds the language's own services; everything not named here is Xtext's default. */
public class LawReportRuntimeModule extends AbstractLawReportRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return LawReportValueConverters.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
		return NestingGuardedParser.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ChineseSyntaxErrorMessages.class;
	}

	public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
		return ChineseLinkingMessages.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return LawReportResourceDescriptionStrategy.class;
	}

	/** Validation with the report's waivers (// 豁免 代码：理由) applied, for every client alike. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return SuppressingResourceValidator.class;
	}

	@Override
	public Class<? extends Diagnostician> bindDiagnostician() {
		return LabelFreeDiagnostician.class;
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return LazyUriDiagnosticConverter.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return LawReportFormatter.class;
	}

	/** What named element stands at an offset, with no failure where broken text holds none. */
	public Class<? extends EObjectAtOffsetHelper> bindEObjectAtOffsetHelper() {
		return LawReportElementAtOffset.class;
	}
}
