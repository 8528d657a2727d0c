package org.backproplab.engine.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule that keeps VectorGemm's vectors in registers (its class comment): every method of it that holds a
 * vector is too big for C2 to inline, so it is compiled on its own. Checked on the class file's bytecode sizes.
 */
class VectorGemmTest {
    /** C2's FreqInlineSize (JDK 17, x86-64): hot methods with more bytecode than this are not inlined. */
    private static final int FREQ_INLINE_SIZE = 325;

    @Test
    void everyMethodHoldingVectorsIsTooBigToInline() throws IOException {
        Map<String, Integer> sizes = codeSizes();
        int checked = 0;
        for (Map.Entry<String, Integer> method : sizes.entrySet()) {
            if (method.getKey().startsWith("block") || method.getKey().equals("sumRows")) {
                assertTrue(method.getValue() > FREQ_INLINE_SIZE,
                        method.getKey() + " has " + method.getValue() + " bytes of bytecode: C2 may inline it");
                checked++;
            }
        }
        assertEquals(5, checked, "block8x3, block4x3, block8x1, block4x1, sumRows: " + sizes.keySet());
    }

    /** Method name to the length of its Code attribute, read from VectorGemm.class (JVMS 4). */
    private static Map<String, Integer> codeSizes() throws IOException {
        try (InputStream in = VectorGemm.class.getResourceAsStream("VectorGemm.class")) {
            DataInputStream data = new DataInputStream(in);
            data.skipBytes(8); // magic, minor, major
            int count = data.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = data.readUTF();
                    case 7, 8, 16, 19, 20 -> data.skipBytes(2);
                    case 15 -> data.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
                    case 5, 6 -> {
                        data.skipBytes(8);
                        i++; // longs and doubles take two entries
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            data.skipBytes(6); // access, this, super
            data.skipBytes(2 * data.readUnsignedShort()); // interfaces
            skipMembers(data); // fields
            Map<String, Integer> sizes = new HashMap<>();
            int methods = data.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                data.skipBytes(2);
                String name = utf8[data.readUnsignedShort()];
                data.skipBytes(2);
                int attributes = data.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[data.readUnsignedShort()];
                    int length = data.readInt();
                    if (attribute.equals("Code")) {
                        data.skipBytes(4); // max_stack, max_locals
                        int codeLength = data.readInt();
                        sizes.put(name, codeLength);
                        data.skipBytes(length - 8);
                    } else {
                        data.skipBytes(length);
                    }
                }
            }
            return sizes;
        }
    }

    private static void skipMembers(DataInputStream data) throws IOException {
        int members = data.readUnsignedShort();
        for (int m = 0; m < members; m++) {
            data.skipBytes(6);
            int attributes = data.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                data.skipBytes(2);
                data.skipBytes(data.readInt());
            }
        }
    }
}
