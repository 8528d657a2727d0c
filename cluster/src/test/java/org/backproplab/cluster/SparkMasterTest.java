package org.backproplab.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.backproplab.experiments.cli.UserInputException;
import org.junit.jupiter.api.Test;

/** -Dspark.master: what is taken, and one line for what is not or does not answer. */
class SparkMasterTest {
    @Test
    void localAndStandaloneMastersAreTaken() {
        for (String url : new String[] {"local", "local[2]", "local[*]", "local[4,2]"}) {
            assertTrue(SparkMaster.parse(url).local(), url);
        }
        SparkMaster two = SparkMaster.parse("spark://a.example:7077,10.0.0.2:7078");
        assertEquals(2, two.standalone().size());
        assertEquals(7078, two.standalone().get(1).getPort());
    }

    @Test
    void typosAreOneLineThatNamesTheValueAndWhatWasExpected() {
        for (String url : new String[] {"", "locl[2]", "local[0]", "local[two]", "spark:/127.0.0.1:7077",
                "sprak://127.0.0.1:7077", "spark://127.0.0.1", "spark://127.0.0.1:99999", "spark://:7077", "yarn",
                "spark://host:7077,"}) {
            UserInputException e = assertThrows(UserInputException.class, () -> SparkMaster.parse(url), url);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().contains("expected local[N]"), e.getMessage());
            if (!url.isEmpty()) {
                assertTrue(e.getMessage().contains(url), e.getMessage());
            }
        }
    }

    @Test
    void aMasterThatDoesNotAnswerIsOneLine() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "spark://127.0.0.1:" + port;
        UserInputException e = assertThrows(UserInputException.class,
                () -> SparkMaster.parse(url).checkReachable(2000));
        assertTrue(e.getMessage().startsWith("-Dspark.master=" + url + ": no master answers there"), e.getMessage());
        UserInputException unknown = assertThrows(UserInputException.class,
                () -> SparkMaster.parse("spark://no-such-host.invalid:7077").checkReachable(2000));
        assertTrue(unknown.getMessage().contains("unknown host no-such-host.invalid"), unknown.getMessage());
        try (ServerSocket listening = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            SparkMaster.parse("spark://127.0.0.1:" + listening.getLocalPort()).checkReachable(2000);
        }
    }
}
