package org.lawreport.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.services.LawReportGrammarAccess;
import org.lawreport.testing.TestSupport;

/** The fuzzers' dictionary keeps up with the grammar: a keyword added to the language is a keyword they try. */
class DictionaryTest {

	private static final Pattern ENTRY = Pattern.compile("^\\w+=\"((?:[^\"\\\\]|\\\\.)*)\"$", Pattern.MULTILINE);

	@Test
	void everyKeywordOfTheGrammarIsInTheDictionary() throws IOException {
		Set<String> entries = new TreeSet<>();
		try (InputStream in = DictionaryTest.class.getResourceAsStream("lawreport.dict")) {
			Matcher m = ENTRY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			while (m.find()) {
				entries.add(unescape(m.group(1)));
			}
		}
		Set<String> missing = new TreeSet<>(
				GrammarUtil.getAllKeywords(TestSupport.INJECTOR.getInstance(LawReportGrammarAccess.class).getGrammar()));
		missing.removeAll(entries);
		assertEquals(Set.of(), missing, "keywords of the grammar missing from lawreport.dict");
	}

	/** libFuzzer's escapes: \\, \" and \xNN (here the bytes of UTF-8). */
	private static String unescape(String entry) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < entry.length(); i++) {
			char c = entry.charAt(i);
			if (c == '\\' && entry.charAt(i + 1) == 'x') {
				bytes.write(Integer.parseInt(entry.substring(i + 2, i + 4), 16));
				i += 3;
			} else if (c == '\\') {
				bytes.write(entry.charAt(++i));
			} else {
				bytes.write(c);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
