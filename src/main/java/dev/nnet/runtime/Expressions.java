package dev.nnet.runtime;

import dev.nnet.ast.Argument;
import dev.nnet.ast.Expr;
import dev.nnet.ast.Option;
import dev.nnet.ast.Statement;
import dev.nnet.check.Plan;
import dev.nnet.check.Word;
import dev.nnet.engine.Activation;
import dev.nnet.engine.ActivationLayer;
import dev.nnet.engine.Graph;
import dev.nnet.engine.Layer;
import dev.nnet.engine.Node;
import dev.nnet.engine.Precision;
import dev.nnet.engine.Sequential;
import dev.nnet.engine.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates expressions while a script runs: numbers, truth values, lists, and tensors built into
 * the current graph of the explicit loop. The checker has already typed every expression, so the
 * only failures left are ones that only running can show.
 */
final class Expressions {
    private final Interpreter interpreter;
    private Graph graph; // where tensor operations are recorded; replaced after each `step`

    Expressions(Interpreter interpreter) {
        this(interpreter, new Graph(Precision.FLOAT32));
    }

    private Expressions(Interpreter interpreter, Graph graph) {
        this.interpreter = interpreter;
        this.graph = graph;
    }

    /** An evaluator that records into {@code g}: for a def used as a layer inside a planned step. */
    Expressions on(Graph g) {
        return new Expressions(interpreter, g);
    }

    Graph graph() {
        return graph;
    }

    /** Starts a fresh tape: after an update, the old one has been used up. */
    void newGraph() {
        graph = new Graph(Precision.FLOAT32);
    }

    Object eval(Expr e, Environment env) {
        if (e instanceof Expr.IntLiteral i) return Long.parseLong(i.text());
        if (e instanceof Expr.FloatLiteral f) return Double.parseDouble(f.text());
        if (e instanceof Expr.StringLiteral s) return s.value();
        if (e instanceof Expr.BoolLiteral b) return b.value();
        if (e instanceof Expr.Name n) return name(n.name(), env);
        if (e instanceof Expr.ListLiteral l) {
            List<Object> items = new ArrayList<>();
            for (Expr item : l.items()) items.add(eval(item, env));
            return items;
        }
        if (e instanceof Expr.RecordLiteral r) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Option o : r.fields()) fields.put(o.name().text(), eval(o.value(), env));
            return fields;
        }
        if (e instanceof Expr.Member m) return member(m, env);
        if (e instanceof Expr.Call c) return call(c, env);
        if (e instanceof Expr.Unary u) return unary(u, env);
        if (e instanceof Expr.Binary b) return binary(b, env);
        throw new IllegalStateException("unknown expression " + e);
    }

    private Object name(String name, Environment env) {
        if (env.has(name)) {
            Object v = env.get(name);
            if (v == Interpreter.UNSET) throw Interpreter.unset(name);
            return v;
        }
        ModelState model = interpreter.modelOrNull(name);
        if (model != null) return model;
        if (interpreter.hasDataset(name)) return new Plan.DataRef(name, Plan.Partition.ALL);
        return Word.named(name).orElseThrow(() -> new IllegalStateException("unresolved name " + name));
    }

    private Object member(Expr.Member m, Environment env) {
        Object target = eval(m.target(), env);
        String member = m.member().text();
        if (target instanceof RuntimeValues.Batch b) return member.equals("x") ? b.x() : b.y();
        Plan.DataRef data = (Plan.DataRef) target;
        return new Plan.DataRef(data.dataset(), Plan.Partition.valueOf(member.toUpperCase()));
    }

    private Object call(Expr.Call c, Environment env) {
        if (c.callee() instanceof Expr.Member m && m.member().text().equals("batches")) {
            Plan.DataRef data = (Plan.DataRef) eval(m.target(), env);
            long size = 0;
            boolean shuffle = false;
            int position = 0;
            for (Argument a : c.arguments()) {
                String name = a.isNamed() ? a.name().text() : position++ == 0 ? "size" : "shuffle";
                Object v = eval(a.value(), env);
                if (name.equals("size")) size = (Long) v; else shuffle = (Boolean) v;
            }
            return new RuntimeValues.Batches(data, (int) size, shuffle);
        }
        Object callee = eval(c.callee(), env);
        List<Object> args = new ArrayList<>();
        for (Argument a : c.arguments()) args.add(eval(a.value(), env));
        if (callee instanceof Statement.Def def) return callDef(def, args, env);
        if (callee instanceof ModelState model) return applyModel(model, tensor(args.get(0)));
        return function((Word) callee, args);
    }

    Object callDef(Statement.Def def, List<Object> args, Environment env) {
        Environment local = new Environment(interpreter.globals());
        for (int i = 0; i < args.size(); i++) local.put(def.parameters().get(i).text(), args.get(i));
        return eval(def.body(), local);
    }

    /** A model applied to a batch; a final softmax or sigmoid keeps its logits for a fused loss. */
    private TensorRef applyModel(ModelState model, TensorRef x) {
        Sequential network = model.network();
        List<Layer> layers = network.layers();
        Layer last = layers.get(layers.size() - 1);
        if (last instanceof ActivationLayer a && (a.activation() == Activation.SOFTMAX
                || a.activation() == Activation.SIGMOID)) {
            Node logits = network.forward(graph, x.node(), layers.size() - 1);
            return new TensorRef(a.activation().apply(graph, logits), graph, logits, a.activation());
        }
        return TensorRef.of(network.forward(graph, x.node()), graph);
    }

    private Object function(Word w, List<Object> args) {
        TensorRef x = tensor(args.get(0));
        Node n = x.node();
        return switch (w) {
            case SIGMOID -> new TensorRef(graph.sigmoid(n), graph, n, Activation.SIGMOID);
            case SOFTMAX -> new TensorRef(graph.softmax(n), graph, n, Activation.SOFTMAX);
            case TANH -> TensorRef.of(graph.tanh(n), graph);
            case RELU -> TensorRef.of(graph.relu(n), graph);
            case LOG_SOFTMAX -> TensorRef.of(graph.logSoftmax(n), graph);
            case LINEAR -> x;
            case SUM -> TensorRef.of(graph.sum(n), graph);
            case MEAN -> TensorRef.of(graph.mean(n), graph);
            case EXP -> TensorRef.of(graph.exp(n), graph);
            case LOG -> TensorRef.of(graph.log(n), graph);
            case LEAKY_RELU, ELU, GELU, SILU, SOFTPLUS -> TensorRef.of(Activation.valueOf(w.name()).apply(graph, n), graph);
            case MSE -> TensorRef.of(graph.mse(n, tensor(args.get(1)).node()), graph);
            case MAE -> TensorRef.of(graph.mae(n, tensor(args.get(1)).node()), graph);
            case HUBER -> TensorRef.of(graph.huber(n, tensor(args.get(1)).node(), 1.0), graph);
            case NLL -> TensorRef.of(graph.nll(n, tensor(args.get(1)).node()), graph);
            case CROSS_ENTROPY -> {
                Node logits = x.logitsUnder(Activation.SOFTMAX);
                yield TensorRef.of(graph.softmaxCrossEntropy(logits != null ? logits : n, tensor(args.get(1)).node()),
                        graph);
            }
            case BINARY_CROSS_ENTROPY -> {
                Node logits = x.logitsUnder(Activation.SIGMOID);
                yield TensorRef.of(graph.sigmoidBinaryCrossEntropy(logits != null ? logits : n,
                        tensor(args.get(1)).node()), graph);
            }
            default -> throw new IllegalStateException(w + " is not a tensor function");
        };
    }

    /** A value as a tensor of the current graph: numbers and lists become constants. */
    TensorRef tensor(Object v) {
        if (v instanceof TensorRef t) {
            if (t.graph() == graph) return t;
            // Computed on a tape that an update has used up: carried over as a constant.
            return TensorRef.of(graph.constant(t.node().value().copy()), graph);
        }
        if (v instanceof Number n) return TensorRef.of(graph.constant(Tensor.scalar(Precision.FLOAT32,
                n.doubleValue())), graph);
        List<?> list = (List<?>) v;
        if (!list.isEmpty() && list.get(0) instanceof List<?> first) {
            double[] values = new double[list.size() * first.size()];
            int i = 0;
            for (Object row : list) for (Object cell : (List<?>) row) values[i++] = ((Number) cell).doubleValue();
            return TensorRef.of(graph.constant(Tensor.of(Precision.FLOAT32, values, list.size(), first.size())), graph);
        }
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) values[i] = ((Number) list.get(i)).doubleValue();
        return TensorRef.of(graph.constant(Tensor.of(Precision.FLOAT32, values, values.length)), graph);
    }

    private Object unary(Expr.Unary u, Environment env) {
        Object v = eval(u.operand(), env);
        return switch (u.operator()) {
            case NOT -> !(Boolean) v;
            case PLUS -> v;
            case NEGATE -> v instanceof Long l ? (Object) (-l) : v instanceof Double d ? (Object) (-d)
                    : TensorRef.of(graph.neg(tensor(v).node()), graph);
        };
    }

    private Object binary(Expr.Binary b, Environment env) {
        if (b.operator() == Expr.BinaryOperator.AND) {
            return (Boolean) eval(b.left(), env) && (Boolean) eval(b.right(), env);
        }
        if (b.operator() == Expr.BinaryOperator.OR) {
            return (Boolean) eval(b.left(), env) || (Boolean) eval(b.right(), env);
        }
        Object left = eval(b.left(), env);
        Object right = eval(b.right(), env);
        return switch (b.operator()) {
            case RANGE -> new RuntimeValues.Range((Long) left, (Long) right);
            case MATMUL -> TensorRef.of(graph.matmul(tensor(left).node(), tensor(right).node()), graph);
            case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL -> compare(b.operator(), left, right);
            default -> arithmetic(b.operator(), left, right);
        };
    }

    private static Object compare(Expr.BinaryOperator op, Object left, Object right) {
        if (left instanceof String || right instanceof String) {
            return left.equals(right) == (op == Expr.BinaryOperator.EQUAL);
        }
        return op.compare(number(left), number(right));
    }

    private static double number(Object v) {
        if (v instanceof TensorRef t) return t.node().value().get(0);
        return ((Number) v).doubleValue();
    }

    private Object arithmetic(Expr.BinaryOperator op, Object left, Object right) {
        if (left instanceof String l && right instanceof String r) return l + r;
        if (left instanceof TensorRef || right instanceof TensorRef || left instanceof List || right instanceof List) {
            Node x = tensor(left).node(), y = tensor(right).node();
            return TensorRef.of(switch (op) {
                case ADD -> graph.add(x, y);
                case SUBTRACT -> graph.sub(x, y);
                case MULTIPLY -> graph.mul(x, y);
                default -> graph.div(x, y);
            }, graph);
        }
        if (left instanceof Long l && right instanceof Long r && op != Expr.BinaryOperator.DIVIDE) {
            return switch (op) {
                case ADD -> Math.addExact(l, r);
                case SUBTRACT -> Math.subtractExact(l, r);
                case MULTIPLY -> Math.multiplyExact(l, r);
                default -> {
                    if (r == 0) throw new ArithmeticException("division by zero");
                    yield l % r;
                }
            };
        }
        double x = number(left), y = number(right);
        return switch (op) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> x / y;
            default -> x % y;
        };
    }
}
