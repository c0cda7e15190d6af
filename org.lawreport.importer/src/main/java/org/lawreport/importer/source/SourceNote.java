package org.lawreport.importer.source;

/**
 * Something a reader noticed about the original that the import report should mention (an encoding, content it
 * could not read as text).
 *
 * @param line    the line it concerns, 0 for the whole file
 * @param code    a stable code (IMP-…)
 * @param message what happened, in Chinese
 */
public record SourceNote(int line, String code, String message) {
}
