package org.backproplab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckerboardTest {
    @Test
    void everyPointIsLabelledByTheParityOfItsSquare() {
        Checkerboard board = Checkerboard.standard(3);
        Dataset d = board.generate();
        assertArrayEquals(new int[] {300, 300}, d.classCounts());
        double[] x = d.inputs();
        for (int i = 0; i < d.size(); i++) {
            double px = x[2 * i];
            double py = x[2 * i + 1];
            int square = (int) Math.floor((px + 1) * 2) + (int) Math.floor((py + 1) * 2);
            assertEquals(square % 2, d.labels()[i], "point " + i);
            assertEquals(true, Math.abs(px) <= 1 && Math.abs(py) <= 1, "on the board");
        }
        assertEquals(0, board.label(-0.9, -0.9));
        assertEquals(1, board.label(-0.4, -0.9));
        assertEquals(0, board.label(0.9, 0.9));
        assertEquals(1, board.label(1.0, -1.0), "the board's far edge is its last square");
    }

    @Test
    void aBoardNeedsTwoSquaresASide() {
        assertEquals("checkerboard: cells must be >= 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> new Checkerboard(1, 10, 1)).getMessage());
    }
}
