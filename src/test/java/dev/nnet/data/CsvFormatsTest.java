package dev.nnet.data;

import static dev.nnet.data.Fixtures.spec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files written by spreadsheets, pandas and editors all load. */
class CsvFormatsTest {

    @Test
    void quotedCellsKeepCommasNewlinesAndEscapedQuotes() {
        LoadedDataset data = Datasets.load(spec("quoted.csv"));
        assertEquals(List.of("name, with comma", "x2"), data.schema().featureNames());
        assertEquals("class \"label\"", data.schema().targetName());
        assertEquals(List.of("multi\nline", "say \"hi\""), data.all().classNames());
        assertArrayEquals(new float[] {1.5f, 2.5f, 3.5f, 4.5f}, data.all().x());
        assertArrayEquals(new int[] {0, 1}, data.all().labels());
    }

    @Test
    void crlfLineEndingsAndAMissingFinalNewlineLoad() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.file("crlf.csv"));
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("\r\n"), "fixture lost its CRLFs");
        LoadedDataset data = Datasets.load(spec("crlf.csv"));
        assertArrayEquals(new float[] {1f, 2f, 3f, 4f, 5f, 6f}, data.all().x());
        // a line break inside quotes belongs to the value, as written
        assertEquals(List.of("a", "b\r\nc"), data.all().classNames());
        assertArrayEquals(new int[] {0, 1, 0}, data.all().labels());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        assertEquals((byte) 0xEF, Files.readAllBytes(Fixtures.file("bom.csv"))[0], "fixture lost its BOM");
        DataSchema schema = Datasets.peek(spec("bom.csv", "label", List.of("x1"), null));
        assertEquals(List.of("x1"), schema.featureNames());
    }

    @Test
    void blankLinesAreSkippedAnywhere() {
        LoadedDataset data = Datasets.load(spec("blank_lines.csv"));
        assertEquals(2, data.all().count());
        assertArrayEquals(new float[] {1f, 2f}, data.all().x());
    }

    @Test
    void cellPositionsCoverTheTextAQuotedCellAndItsQuotes() {
        CsvTable table = CsvReader.read("a, \"b,c\" ,d\n\"x\ny\",2,3".getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals(new CsvCell("b,c", 1, 4, 5, 1, 9), table.header().cell(1));
        assertEquals(new CsvCell("d", 1, 11, 1, 1, 12), table.header().cell(2));
        // a cell over two lines is underlined to the end of its first line
        assertEquals(new CsvCell("x\ny", 2, 1, 2, 3, 3), table.rows().get(0).cell(0));
        assertEquals(3, table.rows().get(0).cell(1).line());
    }
}
