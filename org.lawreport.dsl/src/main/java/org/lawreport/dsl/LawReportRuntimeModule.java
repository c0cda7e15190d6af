package org.lawreport.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.lawreport.dsl.conversion.LawReportValueConverters;
import org.lawreport.dsl.formatting2.LawReportFormatter;
import org.lawreport.dsl.linking.ChineseLinkingMessages;
import org.lawreport.dsl.scoping.LawReportResourceDescriptionStrategy;
import org.lawreport.dsl.validation.ChineseSyntaxErrorMessages;

/** Binds the language's own services; everything not named here is Xtext's default. */
public class LawReportRuntimeModule extends AbstractLawReportRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return LawReportValueConverters.class;
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
	public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
		return org.lawreport.dsl.suppression.SuppressingResourceValidator.class;
	}

	@Override
	public Class<? extends org.eclipse.emf.ecore.util.Diagnostician> bindDiagnostician() {
		return org.lawreport.dsl.validation.LabelFreeDiagnostician.class;
	}

	public Class<? extends org.eclipse.xtext.validation.IDiagnosticConverter> bindIDiagnosticConverter() {
		return org.lawreport.dsl.validation.LazyUriDiagnosticConverter.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return LawReportFormatter.class;
	}
}
