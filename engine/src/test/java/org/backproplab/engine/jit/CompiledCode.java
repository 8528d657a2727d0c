package org.backproplab.engine.jit;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JIT's compiled code as the JVM itself lists it: the diagnostic command {@code Compiler.codelist} (what
 * {@code jcmd PID Compiler.codelist} prints), one line per compiled method with its compile id, tier, state and
 * address. Two lists are equal exactly when, in between, no compilation was installed and no compiled method was
 * invalidated or freed. That is a record of events, where {@code CompilationMXBean.getTotalCompilationTime()} is a
 * clock in whole milliseconds that a short compilation can leave unchanged.
 *
 * <p>The list is kept as the text the JVM returned and split into lines only to explain a difference, after the
 * steps: taking a snapshot runs as little Java code (which the JIT might compile in turn) as possible.
 */
public record CompiledCode(String list) {
    private static final String MBEAN = "com.sun.management:type=DiagnosticCommand";

    public static CompiledCode now() {
        try {
            Object list = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(MBEAN),
                    "compilerCodelist", new Object[] {null}, new String[] {String[].class.getName()});
            return new CompiledCode((String) list);
        } catch (JMException e) {
            throw new IllegalStateException("this JVM's " + MBEAN + " did not run compilerCodelist: a HotSpot JVM"
                    + " was expected", e);
        }
    }

    /** What changed since {@code before}: "installed 2: VectorGemm.sumRows at tier 4, ...; gone 1: ...". */
    public String changesSince(CompiledCode before) {
        Set<String> now = new LinkedHashSet<>(list.lines().toList());
        Set<String> then = new LinkedHashSet<>(before.list.lines().toList());
        List<String> installed = methodsOnlyIn(now, then);
        List<String> gone = methodsOnlyIn(then, now);
        return "installed " + installed.size() + firstFew(installed) + "; gone " + gone.size() + firstFew(gone);
    }

    private static List<String> methodsOnlyIn(Set<String> lines, Set<String> others) {
        List<String> methods = new ArrayList<>();
        for (String line : lines) {
            if (!others.contains(line)) {
                methods.add(method(line));
            }
        }
        return methods;
    }

    /**
     * A line of the list, "1083 4 0 org.backproplab.benchmarks.EngineStep.step()D [0x...]" (compile id, tier,
     * state: 0 in use, 1 not used, 2 not entrant; method), as "EngineStep.step at tier 4".
     */
    private static String method(String line) {
        String[] fields = line.split(" ", 5);
        if (fields.length < 4) {
            return line;
        }
        String[] names = fields[3].split("\\(", 2)[0].split("\\.");
        String name = names.length < 2 ? names[0] : names[names.length - 2] + "." + names[names.length - 1];
        return name + " at tier " + fields[1] + ("2".equals(fields[2]) ? ", not entrant" : "");
    }

    private static String firstFew(List<String> methods) {
        if (methods.isEmpty()) {
            return "";
        }
        List<String> few = methods.subList(0, Math.min(4, methods.size()));
        return ": " + String.join(", ", few) + (methods.size() > few.size() ? ", ..." : "");
    }
}
