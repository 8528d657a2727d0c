package org.backproplab.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backproplab.experiments.cli.UserInputException;

/**
 * The {@code -Dspark.master} a sweep runs on, checked before Spark sees it: Spark's own answer to a typo is a stack
 * trace, and to an unreachable master a minute of retries. Two kinds are taken: {@code local[N]} (Spark inside this
 * JVM, nothing to install) and {@code spark://host:port} (a standalone cluster, several masters comma-separated).
 */
public record SparkMaster(String url, List<InetSocketAddress> standalone) {
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9]\\d{0,3})(,[1-9]\\d{0,2})?\\])?");
    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9a-fA-F:]+\\])"
            + ":(\\d{1,5})");
    private static final String EXPECTED = "expected local[N] (Spark in this JVM on N cores) or spark://HOST:PORT "
            + "(a standalone master, port 7077 by default)";

    public SparkMaster {
        standalone = List.copyOf(standalone);
    }

    public static SparkMaster parse(String raw) {
        String url = raw.strip();
        if (url.isEmpty()) {
            throw new UserInputException("-Dspark.master is empty; " + EXPECTED);
        }
        if (LOCAL.matcher(url).matches()) {
            return new SparkMaster(url, List.of());
        }
        if (url.startsWith("spark://")) {
            List<InetSocketAddress> masters = new ArrayList<>();
            for (String part : url.substring("spark://".length()).split(",", -1)) {
                Matcher m = HOST_PORT.matcher(part);
                int port = m.matches() ? Integer.parseInt(m.group(3)) : 0;
                if (port < 1 || port > 65535) {
                    throw new UserInputException(UserInputException.visible("-Dspark.master=" + url + ": '" + part
                            + "' is not HOST:PORT; " + EXPECTED));
                }
                masters.add(InetSocketAddress.createUnresolved(m.group(1).replaceAll("^\\[|\\]$", ""), port));
            }
            return new SparkMaster(url, masters);
        }
        String hint = url.matches("(?i)(yarn|k8s://.*|mesos://.*)") ? " (YARN and Kubernetes are not supported yet)"
                : url.matches("(?i)s?p?a?r?k?:?/*.*:\\d+") ? " (a standalone master's URL starts spark://)" : "";
        throw new UserInputException(UserInputException.visible("-Dspark.master=" + url + " is not a master URL"
                + hint + "; " + EXPECTED));
    }

    public boolean local() {
        return standalone.isEmpty();
    }

    /**
     * Fails with one line unless one of the standalone masters accepts a TCP connection within {@code timeoutMs}:
     * Spark itself would retry for a minute and then print a stack trace.
     */
    public void checkReachable(int timeoutMs) {
        if (local()) {
            return;
        }
        String why = "";
        for (InetSocketAddress master : standalone) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(master.getHostString(), master.getPort()), timeoutMs);
                return;
            } catch (IOException e) {
                why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (e instanceof java.net.UnknownHostException) {
                    why = "unknown host " + master.getHostString();
                }
            }
        }
        throw new UserInputException("-Dspark.master=" + url + ": no master answers there (" + why + "); expected a "
                + "running standalone master (README: Sweeps on a cluster), or -Dspark.master=local[2]");
    }
}
