package dev.nnet.data;

/**
 * One cell's text and where it was, so that an error can point at it.
 *
 * @param text the value: quotes removed, {@code ""} unescaped, unquoted cells trimmed
 * @param line the line the cell starts on
 * @param column where the cell's text (or its opening quote) starts
 * @param length characters to underline; a quoted cell spanning lines is underlined to the end of
 *     its first line, and an empty cell gets 1
 * @param endLine the line just after the cell ends on
 * @param endColumn the column just after the cell, where a missing next cell would have started
 */
record CsvCell(String text, int line, int column, int length, int endLine, int endColumn) {}
