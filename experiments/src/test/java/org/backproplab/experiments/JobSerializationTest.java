package org.backproplab.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiments.cli.Settings;
import org.backproplab.experiments.execution.Job;
import org.backproplab.experiments.grid.RunSpec;
import org.backproplab.experiments.study.Experiment;
import org.backproplab.experiments.study.Sweep;
import org.backproplab.experiments.training.Probe;
import org.junit.jupiter.api.Test;

/**
 * A run travels whole: every run of every experiment's quick grid, with every probe its study declares, comes back
 * from Java serialization (what a cluster runner sends its executors) equal to what was sent, so an executor
 * trains exactly the run the driver resolved.
 */
class JobSerializationTest {
    @Test
    void everyRunOfEveryExperimentSurvivesTheTripToAnExecutor() throws Exception {
        int runs = 0;
        for (Experiment e : Experiments.all()) {
            Experiment.Configured configured = e.configure(new Settings(e.quickSettings()));
            List<Probe> probes = e instanceof Sweep s ? s.probes() : List.of();
            for (RunSpec spec : configured.runs()) {
                Job job = new Job(spec, probes);
                Job back = (Job) roundTrip(job);
                assertEquals(job.spec(), back.spec(), e.name());
                assertEquals(names(job.probes()), names(back.probes()), e.name());
                runs++;
            }
        }
        assertFalse(runs == 0, "no experiment declared a run");
    }

    private static List<String> names(List<Probe> probes) {
        List<String> n = new ArrayList<>();
        probes.forEach(p -> n.add(p.name() + " " + p.which().getClass().isSynthetic()));
        return n;
    }

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
