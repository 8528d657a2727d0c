package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("data.csv"), text);
    }

    private String error(String text) throws Exception {
        Path file = csv(text);
        return assertThrows(DataFileException.class, () -> new CsvFile(file).read()).getMessage()
                .substring(file.toString().length() + 2);
    }

    @Test
    void aHeaderedFileTakesTheLastColumnAndNumbersTheClasses() throws Exception {
        Dataset d = new CsvFile(csv("x1,x2, species \n1.5,2,3\n-1,4e-1,1\n0,7,3\n")).read();
        assertEquals(2, d.features());
        assertArrayEquals(new double[] {1.5, 2, -1, 0.4, 0, 7}, d.inputs());
        assertArrayEquals(new int[] {1, 0, 1}, d.labels()); // labels 1 and 3 become classes 0 and 1
    }

    @Test
    void withoutAHeaderTheLastColumnIsTheLabel() throws Exception {
        Dataset d = new CsvFile(csv("1,2,5\n3,4,9\n\n5,6,5\n")).read();
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, d.inputs());
        assertArrayEquals(new int[] {0, 1, 0}, d.labels());
        assertEquals(2, d.classes());
    }

    @Test
    void aColumnNamedLabelWinsWherever() throws Exception {
        Dataset d = new CsvFile(csv("label,a,b\n2,1,1\n0,2,2\n")).read();
        assertArrayEquals(new int[] {1, 0}, d.labels());
        assertArrayEquals(new double[] {1, 1, 2, 2}, d.inputs());
    }

    @Test
    void everyBadCellIsOneLineWithItsPlace() throws Exception {
        assertEquals("line 3, column 'b': 'abc' is not a finite number", error("a,b,label\n1,2,0\n1,abc,1\n"));
        assertEquals("line 2, column 'a': 'NaN' is not a finite number", error("a,b,label\nNaN,2,0\n1,2,1\n"));
        assertEquals("line 3, label column 'label': '1.5' is not a whole number; expected an integer class label",
                error("a,b,label\n1,2,0\n1,2,1.5\n"));
        assertEquals("line 3 has 2 cells; expected 3 like line 1", error("a,b,label\n1,2,0\n1,2\n"));
        assertEquals("every row has label 4; expected at least two classes in column 'label'",
                error("a,label\n1,4\n2,4\n"));
        assertEquals("is empty; expected rows of numeric features and a label", error(""));
        assertEquals("has a header but no rows", error("a,b,label\n"));
        assertEquals("line 1 has 1 column; expected at least one feature and a label", error("1\n2\n"));
        Path missing = dir.resolve("nope.csv");
        assertEquals(missing + ": no such file; expected a CSV file of numeric features and an integer label column",
                assertThrows(DataFileException.class, () -> new CsvFile(missing).read()).getMessage());
    }

    @Test
    void loadingStandardizesWithTheTrainingPartOnly() throws Exception {
        StringBuilder text = new StringBuilder("a,label\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(',').append(i % 2).append('\n');
        }
        Split s = new CsvFile(csv(text.toString())).load(0.25, 5);
        Standardizer fitted = Standardizer.fit(new CsvFile(dir.resolve("data.csv")).read().split(0.25, 5).train());
        double mean = 0;
        for (double v : s.train().inputs()) {
            mean += v / s.train().size();
        }
        assertEquals(0.0, mean, 1e-12);
        double raw = new CsvFile(dir.resolve("data.csv")).read().split(0.25, 5).test().input(0, 0);
        assertEquals((raw - fitted.mean()[0]) / fitted.sd()[0], s.test().input(0, 0), 1e-12);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstCell() throws Exception {
        // Without a header: the first row is data, not a header of "\uFEFF0" (all 100 rows used).
        Dataset plain = new CsvFile(csv("\uFEFF" + "0,1,0\n1,1,1\n".repeat(50))).read();
        assertEquals(100, plain.size());
        // With one: the label column is found by its name.
        Dataset headed = new CsvFile(csv("\uFEFFlabel,a\n5,1\n5,2\n7,3\n7,4\n")).read();
        assertArrayEquals(new int[] {0, 0, 1, 1}, headed.labels());
        assertArrayEquals(new double[] {1, 2, 3, 4}, headed.inputs());
    }

    @Test
    void windowsLineEndingsQuotesBlankLinesAndFloatLabelsReadAsThePlainFile() throws Exception {
        Dataset plain = new CsvFile(csv("a,b,label\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n")).read();
        Dataset dressed = new CsvFile(csv("\"a\",\"b\",label\r\n1,\" 2\",0.0\r\n   \r\n3,4,1e0\r\n5,6,0\r\n7,8,1\r\n\r\n\r\n"))
                .read();
        assertEquals(plain, dressed);
    }

    @Test
    void theLabelColumnIsChosenByNameBeforePosition() throws Exception {
        // "y" is a label name too, but "label" comes first; a 2-D set's y coordinate stays a feature.
        Dataset xy = new CsvFile(csv("x,y,label\n0.5,0.25,1\n1.5,0.75,-1\n2,3,1\n4,5,-1\n")).read();
        assertEquals(2, xy.features());
        assertArrayEquals(new double[] {0.5, 0.25, 1.5, 0.75, 2, 3, 4, 5}, xy.inputs());
        assertArrayEquals(new int[] {1, 0, 1, 0}, xy.labels()); // -1 and 1 become classes 0 and 1
        Dataset target = new CsvFile(csv("y,target\n1,3\n2,4\n3,3\n4,4\n")).read();
        assertArrayEquals(new double[] {1, 2, 3, 4}, target.inputs());
    }

    @Test
    void aConstantColumnIsOnlyCentred() throws Exception {
        Split s = new CsvFile(csv("a,same,label\n" + "1,5,0\n2,5,1\n3,5,0\n4,5,1\n".repeat(4))).load(0.25, 3);
        for (Dataset part : new Dataset[] {s.train(), s.test()}) {
            for (int i = 0; i < part.size(); i++) {
                assertEquals(0.0, part.input(i, 1), 0.0);
            }
        }
    }
}
