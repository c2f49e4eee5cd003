package dev.nnet.runtime;

import dev.nnet.check.Plan;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.engine.Dropout;
import dev.nnet.engine.Layer;
import dev.nnet.engine.Optimizer;
import dev.nnet.engine.OptimizerState;
import dev.nnet.engine.Rng;
import dev.nnet.engine.Schedule;
import dev.nnet.engine.Sequential;
import dev.nnet.engine.Tensor;
import dev.nnet.modelfile.Header;
import dev.nnet.modelfile.ModelFileException;
import dev.nnet.modelfile.SafetensorsReader;
import dev.nnet.modelfile.SafetensorsWriter;
import dev.nnet.modelfile.TensorInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code checkpoint: {path: "run.ckpt", every: 2}}: after every few epochs (and after the last), the
 * whole state the rest of a training run depends on goes into one safetensors file: the weights,
 * the optimizer's tensors and counters, the schedule's counters, the shuffling and dropout
 * generators, the order of the rows, early stopping's best so far (and its best weights), the
 * history rows, and a fingerprint of the script and the data. The file is written beside its final
 * name, forced to the disk and renamed over it, so a process killed at any moment leaves the old
 * checkpoint or the new one, never a torn one. {@code nnet run --resume} loads it and continues to
 * the weights an uninterrupted run ends with, bit for bit.
 */
final class Checkpoints {
    static final String FORMAT = "nnet-checkpoint-1";
    /** For the kill test only: a pause between writing the temporary file and renaming it. */
    static final String PAUSE_PROPERTY = "nnet.checkpoint.pauseMillis";

    /** The objects of one training run whose state a checkpoint holds (schedule and stopper may be null). */
    record Parts(Sequential network, Optimizer optimizer, Schedule schedule, Rng shuffling, int[] order,
                 EarlyStopper stopper, HistoryFile history) {
    }

    /** Where a resumed run continues: after {@code epoch}, or nowhere when it had stopped early there. */
    record Resumed(int epoch, boolean stoppedEarly, double lastGoodLoss, double monitored) {
    }

    private final Plan.Checkpoint settings;
    private final Path file;
    private final String fingerprint;
    private final boolean resume;
    private final int epochs;
    private final PrintStream out;

    /**
     * {@code fingerprint} names the script and data; {@code resume} whether to continue from the file;
     * {@code out} gets the line that says where a resumed training continues (before any progress is drawn).
     */
    Checkpoints(Plan.Checkpoint settings, String fingerprint, boolean resume, int epochs, PrintStream out) {
        this.out = out;
        this.settings = settings;
        this.file = Path.of(settings.path());
        this.fingerprint = fingerprint;
        this.resume = resume;
        this.epochs = epochs;
        removeLeftovers();
    }

    private String shown() {
        return "`" + file.getFileName() + "`";
    }

    /** A run killed while writing leaves its temporary file; nothing reads it, so it goes. */
    private void removeLeftovers() {
        Path folder = file.getParent();
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "." + file.getFileName() + ".*.tmp")) {
            for (Path temp : temps) Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
            // only tidying: a leftover that cannot be removed does no harm
        }
    }

    /**
     * With {@code --resume}, puts the checkpoint's state into the parts and says where the run
     * continues; null without {@code --resume}, or when there is no checkpoint yet (said on {@code out}).
     */
    Resumed resume(Parts parts) {
        if (!resume) return null;
        if (!Files.exists(file)) {
            out.println("no checkpoint " + shown() + " yet: training starts from epoch 1");
            return null;
        }
        SafetensorsReader.Contents contents;
        try {
            contents = SafetensorsReader.read(file);
        } catch (ModelFileException e) {
            throw damaged("it is damaged or not a checkpoint (" + e.getMessage() + ")");
        }
        Map<String, String> meta = contents.header().metadata();
        if (!FORMAT.equals(meta.get("format"))) {
            throw damaged("it is not an NNet checkpoint (its metadata has no \"format\": \"" + FORMAT + "\")");
        }
        if (!fingerprint.equals(meta.get("fingerprint"))) {
            throw new RunError(DiagnosticCode.E0652, "the checkpoint " + shown() + " was made by another version of "
                    + "this script or of its data, so it cannot be continued here",
                    "run without --resume to train from the start (it replaces the checkpoint), or put the script and "
                            + "data back as they were");
        }
        try {
            Resumed resumed = load(parts, contents, meta);
            out.println("resumed after epoch " + resumed.epoch() + " of " + epochs + " from the checkpoint " + shown());
            return resumed;
        } catch (IllegalArgumentException | NullPointerException | ArrayIndexOutOfBoundsException e) {
            throw damaged("its contents do not fit this training run (" + e.getMessage() + ")");
        }
    }

    private Resumed load(Parts parts, SafetensorsReader.Contents contents, Map<String, String> meta) {
        List<Tensor> weights = WeightSnapshot.tensors(parts.network());
        for (int i = 0; i < weights.size(); i++) copy(floats(contents, "weights." + i), weights.get(i));
        List<Layer> layers = parts.network().layers();
        for (int k = 0; k < layers.size(); k++) {
            if (layers.get(k) instanceof Dropout d) d.rng().restore(longs(text(meta, "dropout." + k)));
        }
        Map<String, Tensor> optimizerTensors = new LinkedHashMap<>();
        for (TensorInfo t : contents.header().tensors()) {
            if (t.name().startsWith("optimizer.")) {
                int[] shape = Arrays.stream(t.shape()).mapToInt(Math::toIntExact).toArray();
                optimizerTensors.put(t.name().substring("optimizer.".length()), Tensor.wrap(contents.floats(t), shape));
            }
        }
        parts.optimizer().loadState(parts.network().parameters(),
                new OptimizerState(optimizerTensors, numbers(meta, "optimizer.")));
        if (parts.schedule() != null) parts.schedule().loadState(numbers(meta, "schedule."));
        parts.shuffling().restore(longs(text(meta, "shuffle")));
        int[] order = Arrays.stream(text(meta, "order").split(",")).mapToInt(Integer::parseInt).toArray();
        if (order.length != parts.order().length) throw new IllegalArgumentException("the row order has "
                + order.length + " rows, not " + parts.order().length);
        System.arraycopy(order, 0, parts.order(), 0, order.length);
        if (parts.stopper() != null) {
            List<float[]> best = null;
            if (contents.header().tensor("best.0").isPresent()) {
                best = new ArrayList<>();
                for (int i = 0; i < weights.size(); i++) best.add(floats(contents, "best." + i));
            }
            parts.stopper().resume(number(meta, "stopper.best"), (int) number(meta, "stopper.best_epoch"),
                    (int) number(meta, "stopper.epochs_without"), best);
        }
        if (parts.history() != null) parts.history().resume(text(meta, "history"));
        int epoch = (int) number(meta, "epoch");
        if (epoch < 1 || epoch > epochs) throw new IllegalArgumentException("epoch " + epoch + " is not one of 1.."
                + epochs);
        return new Resumed(epoch, Boolean.parseBoolean(text(meta, "stopped_early")), number(meta, "last_good_loss"),
                number(meta, "monitored"));
    }

    /** Saves after the epochs the settings ask for, after the last and when early stopping ends the run. */
    void afterEpoch(Parts parts, int epoch, boolean stopping, double lastGoodLoss, double monitored) {
        if (epoch % settings.every() != 0 && epoch != epochs && !stopping) return;
        Map<String, String> meta = new LinkedHashMap<>();
        List<SafetensorsWriter.Tensor> tensors = new ArrayList<>();
        meta.put("format", FORMAT);
        meta.put("fingerprint", fingerprint);
        meta.put("epoch", Integer.toString(epoch));
        meta.put("stopped_early", Boolean.toString(stopping));
        meta.put("last_good_loss", Double.toString(lastGoodLoss));
        meta.put("monitored", Double.toString(monitored));
        List<Tensor> weights = WeightSnapshot.tensors(parts.network());
        for (int i = 0; i < weights.size(); i++) tensors.add(tensor("weights." + i, weights.get(i)));
        List<Layer> layers = parts.network().layers();
        for (int k = 0; k < layers.size(); k++) {
            if (layers.get(k) instanceof Dropout d) meta.put("dropout." + k, text(d.rng().state()));
        }
        OptimizerState state = parts.optimizer().saveState(parts.network().parameters());
        state.tensors().forEach((name, t) -> tensors.add(tensor("optimizer." + name, t)));
        state.numbers().forEach((name, v) -> meta.put("optimizer." + name, Double.toString(v)));
        if (parts.schedule() != null) {
            parts.schedule().saveState().forEach((name, v) -> meta.put("schedule." + name, Double.toString(v)));
        }
        meta.put("shuffle", text(parts.shuffling().state()));
        meta.put("order", String.join(",", Arrays.stream(parts.order()).mapToObj(Integer::toString).toList()));
        if (parts.stopper() != null) {
            EarlyStopper s = parts.stopper();
            meta.put("stopper.best", Double.toString(s.best()));
            meta.put("stopper.best_epoch", Integer.toString(s.bestEpoch()));
            meta.put("stopper.epochs_without", Integer.toString(s.epochsWithout()));
            if (s.bestWeights() != null) {
                List<float[]> best = s.bestWeights().values();
                for (int i = 0; i < best.size(); i++) {
                    tensors.add(new SafetensorsWriter.Tensor("best." + i, shape(weights.get(i)), best.get(i)));
                }
            }
        }
        if (parts.history() != null) meta.put("history", parts.history().text());
        long pause = Long.getLong(PAUSE_PROPERTY, 0);
        try {
            SafetensorsWriter.write(file, meta, tensors, temp -> {
                if (pause > 0) sleep(pause);
            });
        } catch (ModelFileException e) {
            throw new RunError(DiagnosticCode.E0650, "cannot write the checkpoint " + shown() + " after epoch " + epoch
                    + ": " + reason(e), "check that its folder can be written and has room; the last "
                            + "checkpoint written, if any, is intact");
        }
    }

    /** The system's reason, without the temporary file's name, which differs from run to run. */
    private static String reason(ModelFileException e) {
        if (e.getCause() == null) return e.getMessage();
        if (e.getCause() instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return "the system refused to create a file in its folder";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RunError damaged(String why) {
        return new RunError(DiagnosticCode.E0651, "the checkpoint " + shown() + " cannot be used: " + why,
                "run without --resume to train from the start; it writes a new checkpoint");
    }

    private static SafetensorsWriter.Tensor tensor(String name, Tensor t) {
        return new SafetensorsWriter.Tensor(name, shape(t), t.floats().clone());
    }

    private static long[] shape(Tensor t) {
        return Arrays.stream(t.shape()).asLongStream().toArray();
    }

    private static float[] floats(SafetensorsReader.Contents contents, String name) {
        TensorInfo t = contents.header().tensor(name)
                .orElseThrow(() -> new IllegalArgumentException("it has no tensor " + name));
        return contents.floats(t);
    }

    private static void copy(float[] values, Tensor into) {
        if (values.length != into.size()) throw new IllegalArgumentException("a tensor has " + values.length
                + " values, not " + into.size());
        System.arraycopy(values, 0, into.floats(), 0, values.length);
    }

    private static String text(Map<String, String> meta, String key) {
        String v = meta.get(key);
        if (v == null) throw new IllegalArgumentException("its metadata has no \"" + key + "\"");
        return v;
    }

    private static double number(Map<String, String> meta, String key) {
        return Double.parseDouble(text(meta, key));
    }

    private static Map<String, Double> numbers(Map<String, String> meta, String prefix) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        meta.forEach((k, v) -> {
            if (k.startsWith(prefix)) numbers.put(k.substring(prefix.length()), Double.parseDouble(v));
        });
        return numbers;
    }

    private static String text(long[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Long::toString).toList());
    }

    private static long[] longs(String text) {
        return Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
