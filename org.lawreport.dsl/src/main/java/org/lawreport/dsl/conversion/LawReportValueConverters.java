package org.lawreport.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/** Value conversion for the prose terminals: the delimiters are not part of the text. */
@Singleton
public class LawReportValueConverters extends DefaultTerminalConverters {

	private static final IValueConverter<String> PROSE = new IValueConverter<>() {
		@Override
		public String toValue(String string, INode node) throws ValueConverterException {
			return TextEscapes.unescape(string);
		}

		@Override
		public String toString(String value) throws ValueConverterException {
			return '"' + TextEscapes.escape(value) + '"';
		}
	};

	/** Used for the middle pieces of prose, where the delimiters are braces rather than quotes. */
	private static IValueConverter<String> delimited(char open, char close) {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return TextEscapes.unescape(string);
			}

			@Override
			public String toString(String value) {
				return open + TextEscapes.escape(value) + close;
			}
		};
	}

	@ValueConverter(rule = "TEXT_FULL")
	public IValueConverter<String> textFull() {
		return PROSE;
	}

	@ValueConverter(rule = "PlainText")
	public IValueConverter<String> plainText() {
		return PROSE;
	}

	@ValueConverter(rule = "TEXT_START")
	public IValueConverter<String> textStart() {
		return delimited('"', '{');
	}

	@ValueConverter(rule = "TEXT_MIDDLE")
	public IValueConverter<String> textMiddle() {
		return delimited('}', '{');
	}

	@ValueConverter(rule = "TEXT_END")
	public IValueConverter<String> textEnd() {
		return delimited('}', '"');
	}

	@ValueConverter(rule = "QUANTITY")
	public IValueConverter<String> quantity() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return string;
			}

			@Override
			public String toString(String value) {
				return value;
			}
		};
	}
}
