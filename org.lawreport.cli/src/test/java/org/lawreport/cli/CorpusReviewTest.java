package org.lawreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.cli.Main;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.CorpusGenerator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A generated corpus with planted defects: validation in parallel finds every one of them, at its file. */
class CorpusReviewTest {

	@TempDir
	Path dir;

	@Test
	void everyPlantedDefectIsFoundInItsFile() throws Exception {
		List<CorpusGenerator.Planted> planted = CorpusGenerator.generate(TestSupport.projectRoot().resolve("seeds"), dir, 150, 7);
		Set<CorpusGenerator.Defect> kinds = new HashSet<>();
		planted.forEach(p -> kinds.add(p.defect()));
		assertEquals(Set.of(CorpusGenerator.Defect.values()), kinds, "150 reports plant every kind of defect");

		StringWriter out = new StringWriter();
		int exit = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate", "--jobs", "2", "--format", "json",
				dir.toString());
		assertEquals(1, exit);
		Map<String, Set<String>> codes = new HashMap<>();
		for (JsonElement e : JsonParser.parseString(out.toString()).getAsJsonArray()) {
			JsonObject o = e.getAsJsonObject();
			codes.computeIfAbsent(o.get("file").getAsString(), k -> new HashSet<>()).add(o.get("code").getAsString());
		}
		assertEquals(150, codes.size(), "every report has findings (the seeds' own)");
		for (CorpusGenerator.Planted p : planted) {
			assertTrue(codes.getOrDefault(p.file().toString(), Set.of()).contains(p.code()),
					p.defect() + " planted in " + p.file() + " but not reported: " + codes.get(p.file().toString()));
		}
	}

	@Test
	void unchangedCopiesHaveTheirSeedsFindingsInInputOrder() throws Exception {
		CorpusGenerator.generate(TestSupport.projectRoot().resolve("seeds"), dir, 10, 11);
		StringWriter one = new StringWriter();
		Main.run(new PrintWriter(one), new PrintWriter(new StringWriter()), "validate", "--jobs", "1", dir.toString());
		StringWriter two = new StringWriter();
		Main.run(new PrintWriter(two), new PrintWriter(new StringWriter()), "validate", "--jobs", "2", dir.toString());
		assertEquals(one.toString(), two.toString(), "parallel validation prints the same findings in the same order");
	}
}
