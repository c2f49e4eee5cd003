package dev.nnet.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A development tool (not a test): the CPU time of each node's forward and backward in one training
 * step of a workload, measured by replaying them one by one after a warm-up. Usage:
 * NodeProfile W1 [iterations]
 */
public final class NodeProfile {
    private NodeProfile() {
    }

    public static void main(String[] args) throws Exception {
        String id = args.length > 0 ? args[0] : "W1";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        WorkloadBench.Spec spec = WorkloadBench.SPECS.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        BenchData.Split d = BenchData.load(id);
        Sequential model = WorkloadBench.model(spec, 0);
        int batch = spec.batch() == 0 ? d.trainRows() : spec.batch();
        int outputs = spec.loss() == Loss.MSE ? 1 : d.classes();
        Graph g = new Graph(Precision.FLOAT32);
        Tensor x = Tensor.zeros(Precision.FLOAT32, batch, d.features());
        Tensor y = Tensor.zeros(Precision.FLOAT32, batch, outputs);
        System.arraycopy(d.xTrain(), 0, x.floats(), 0, x.size());
        for (int r = 0; r < batch; r++) y.set(r * outputs + (outputs == 1 ? 0 : d.yTrain()[r]), outputs == 1 ? d.yTrain()[r] : 1);
        Node loss = spec.loss().build(g, model, g.constant(x), g.constant(y));
        Optimizer opt = spec.adam() ? new Adam(spec.rate(), 0.9, 0.999, 1e-8, 0) : new Sgd(spec.rate(), 0, false, 0);
        List<Parameter> params = model.parameters();
        Runnable step = () -> {
            g.forward();
            g.backward(loss);
            opt.step(params);
        };
        for (int i = 0; i < iterations; i++) step.run();
        long t0 = cpu();
        for (int i = 0; i < iterations; i++) step.run();
        double stepNs = (cpu() - t0) / (double) iterations;
        System.out.println(String.format(Locale.ROOT, "%s: %.2f us per step (%d nodes)", id, stepNs / 1e3, g.size()));
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i <= loss.index; i++) nodes.add(nodeAt(g, i));
        double sum = 0;
        for (Node node : nodes) {
            long f0 = cpu();
            for (int i = 0; i < iterations; i++) node.forward();
            double fwd = (cpu() - f0) / (double) iterations;
            double bwd = 0;
            if (node.requiresGrad) {
                long b0 = cpu();
                for (int i = 0; i < iterations; i++) node.backward();
                bwd = (cpu() - b0) / (double) iterations;
            }
            sum += fwd + bwd;
            System.out.println(String.format(Locale.ROOT, "  %-40s forward %8.0f ns   backward %8.0f ns", node, fwd, bwd));
        }
        long o0 = cpu();
        for (int i = 0; i < iterations; i++) opt.step(params);
        double optNs = (cpu() - o0) / (double) iterations;
        System.out.println(String.format(Locale.ROOT, "  optimizer %.0f ns; nodes total %.0f ns; the rest (graph walk, clearing) %.0f ns",
                optNs, sum, stepNs - sum - optNs));
    }

    /** The thread's CPU time: on a shared machine, wall time also counts the waits for a core. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Node nodeAt(Graph g, int index) throws ReflectiveOperationException {
        java.lang.reflect.Field f = Graph.class.getDeclaredField("nodes");
        f.setAccessible(true);
        return ((List<?>) f.get(g)).stream().map(Node.class::cast).filter(n -> n.index == index).findFirst().orElseThrow();
    }
}
