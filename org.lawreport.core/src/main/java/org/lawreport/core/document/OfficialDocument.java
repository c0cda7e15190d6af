package org.lawreport.core.document;

import java.util.List;

import org.lawreport.core.text.InvisibleCharacters;

/**
 * A report laid out as an official document (GB/T 9704-2012): the 版头 elements, the body with its generated
 * heading and run-in numbers, and the closing elements. Every generator (text, DOCX, PDF, HTML) renders this one
 * structure, so the numbers and the wording never differ between formats. Characters that print nothing
 * ({@link InvisibleCharacters}) never reach a renderer.
 */
public record OfficialDocument(Header header, List<Block> body, Closing closing) {

	public OfficialDocument {
		body = List.copyOf(body);
	}

	/**
	 * The elements above the body, each {@code null} when the report does not have it. {@code issuer} (发文机关)
	 * is not printed in the 版头; it is the document's author (PDF metadata, HTML).
	 */
	public record Header(String issuer, String issuerMark, String documentNumber, String signerLabel, String signer,
			String title, String recipient) {
		public Header {
			issuer = InvisibleCharacters.strip(issuer);
			issuerMark = InvisibleCharacters.strip(issuerMark);
			documentNumber = InvisibleCharacters.strip(documentNumber);
			signerLabel = InvisibleCharacters.strip(signerLabel);
			signer = InvisibleCharacters.strip(signer);
			title = InvisibleCharacters.strip(title);
			recipient = InvisibleCharacters.strip(recipient);
		}
	}

	/** The elements after the body, each {@code null} when the report does not have it. */
	public record Closing(String attachmentNote, String signature, String date, String seal, String note,
			String copyTo, String printer, String printDate) {
		public Closing {
			attachmentNote = InvisibleCharacters.strip(attachmentNote);
			signature = InvisibleCharacters.strip(signature);
			date = InvisibleCharacters.strip(date);
			seal = InvisibleCharacters.strip(seal);
			note = InvisibleCharacters.strip(note);
			copyTo = InvisibleCharacters.strip(copyTo);
			printer = InvisibleCharacters.strip(printer);
			printDate = InvisibleCharacters.strip(printDate);
		}
	}

	/** A piece of the body: a heading or a paragraph. */
	public sealed interface Block permits Heading, Paragraph {
		/** The printed text, numbers included. */
		String text();
	}

	/**
	 * A numbered heading, level 1 (一、) to 4 (（1）). When the author wrote 接排, {@code runOn} holds the first
	 * paragraph, printed on the same line after the title.
	 */
	public record Heading(int level, String number, List<Run> title, List<Run> runOn) implements Block {
		public Heading {
			title = List.copyOf(title);
			runOn = List.copyOf(runOn);
		}

		@Override
		public String text() {
			return number + Run.join(title) + Run.join(runOn);
		}
	}

	/** A body paragraph, its run-in numbers (一是…) already in place. */
	public record Paragraph(List<Run> runs) implements Block {
		public Paragraph {
			runs = List.copyOf(runs);
		}

		@Override
		public String text() {
			return Run.join(runs);
		}
	}

	/** A stretch of text with one role: prose, a typed figure as written, or a generated run-in number. */
	public record Run(String text, Kind kind) {
		/** Invisible characters (zero-width spaces, U+FEFF …) are left out: no renderer draws them, no font has them. */
		public Run {
			text = InvisibleCharacters.strip(text);
		}

		public enum Kind {
			TEXT, FIGURE, RUN_IN_NUMBER
		}

		public static String join(List<Run> runs) {
			StringBuilder out = new StringBuilder();
			for (Run run : runs) {
				out.append(run.text());
			}
			return out.toString();
		}
	}
}
