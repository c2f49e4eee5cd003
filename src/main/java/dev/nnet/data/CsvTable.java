package dev.nnet.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed CSV file: the header row and the data rows, each cell with its position.
 *
 * @param file the file, for error reports; null for a built-in table
 */
record CsvTable(CsvRow header, List<CsvRow> rows, Path file) {
    CsvTable {
        rows = List.copyOf(rows);
    }

    List<String> columnNames() {
        List<String> names = new ArrayList<>(header.size());
        for (CsvCell cell : header.cells()) names.add(cell.text());
        return names;
    }
}
