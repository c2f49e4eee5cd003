package dev.nnet.data;

import java.util.List;

/** One record of the file; {@code line} is where it starts (a quoted cell may carry it further). */
record CsvRow(int line, List<CsvCell> cells) {
    CsvRow {
        cells = List.copyOf(cells);
    }

    int size() {
        return cells.size();
    }

    CsvCell cell(int index) {
        return cells.get(index);
    }

    CsvCell last() {
        return cells.get(cells.size() - 1);
    }
}
