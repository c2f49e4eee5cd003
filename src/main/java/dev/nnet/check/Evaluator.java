package dev.nnet.check;

import dev.nnet.ast.Argument;
import dev.nnet.ast.Expr;
import dev.nnet.ast.Option;
import dev.nnet.ast.Span;
import dev.nnet.diag.DiagnosticCode;
import dev.nnet.text.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives expressions their values at check time, reporting unknown names, wrong types and
 * malformed calls as it goes. Every value of the language as it stands is a constant, so the
 * checker knows them all; an expression with a mistake becomes {@link Value.Invalid}.
 */
final class Evaluator {
    private final Reporter reporter;
    private final Scope scope;

    private final Operators operators;
    private final Calls calls;
    private Map<String, ? extends dev.nnet.ast.Statement> laterDefinitions = Map.of();
    /** The def whose body is being checked, so that a call of itself is reported as recursion. */
    String currentDef;
    /** The datasets split into folds, which have no parts (the context's map, shared). */
    Map<String, Integer> folds = Map.of();

    Evaluator(Reporter reporter, Scope scope) {
        this.reporter = reporter;
        this.scope = scope;
        this.operators = new Operators(reporter);
        this.calls = new Calls(this, reporter, scope);
    }

    Reporter reporter() {
        return reporter;
    }

    /** Definitions further down the script, so that a use before one can say so. */
    void setLaterDefinitions(Map<String, ? extends dev.nnet.ast.Statement> later) {
        this.laterDefinitions = later;
    }

    Value eval(Expr e) {
        return eval(e, null);
    }

    /** {@code expected} says what kind of built-in word a bare name should be, for better messages. */
    Value eval(Expr e, Word.Category expected) {
        if (e instanceof Expr.IntLiteral i) return intLiteral(i);
        if (e instanceof Expr.FloatLiteral f) return floatLiteral(f);
        if (e instanceof Expr.StringLiteral s) return new Value.StringValue(s.value());
        if (e instanceof Expr.BoolLiteral b) return new Value.BoolValue(b.value());
        if (e instanceof Expr.Name n) return name(n, expected);
        if (e instanceof Expr.ListLiteral l) return list(l, expected);
        if (e instanceof Expr.RecordLiteral r) return record(r);
        if (e instanceof Expr.Call c) return call(c, expected);
        if (e instanceof Expr.Member m) return member(m);
        if (e instanceof Expr.Unary u) return operators.unary(u, eval(u.operand()));
        if (e instanceof Expr.Binary b) return operators.binary(b, eval(b.left()), eval(b.right()));
        throw new IllegalStateException("unknown expression " + e);
    }

    private Value intLiteral(Expr.IntLiteral i) {
        try {
            return new Value.IntValue(Long.parseLong(i.text()));
        } catch (NumberFormatException tooLong) {
            reporter.error(DiagnosticCode.E0406, i.span(), "the number " + shorten(i.text()) + " is too large",
                    "larger than " + Long.MAX_VALUE);
            return new Value.Invalid();
        }
    }

    private Value floatLiteral(Expr.FloatLiteral f) {
        // Refuse absurdly long literals before parsing: BigDecimal's parse is quadratic in the digits.
        if (f.text().length() > 1000) {
            reporter.error(DiagnosticCode.E0406, f.span(), "the number " + shorten(f.text()) + " has too many digits",
                    "more than 1000 characters");
            return new Value.Invalid();
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(f.text());
        } catch (NumberFormatException exponentTooLarge) {
            exact = null;
        }
        if (exact == null || exact.signum() != 0 && exact.precision() - exact.scale() > 309) {
            reporter.error(DiagnosticCode.E0406, f.span(), "the number " + shorten(f.text()) + " is too large",
                    "larger than the largest number NNet can hold (about 1.8e308)");
            return new Value.Invalid();
        }
        return new Value.FloatValue(exact.doubleValue());
    }

    private Value name(Expr.Name n, Word.Category expected) {
        // Where a kind of built-in word is expected, the word wins: `metrics: [loss]` means the metric
        // even in a script that also defines a value called `loss`.
        Optional<Word> builtin = Word.named(n.name());
        if (expected != null && builtin.isPresent() && builtin.get().is(expected)) {
            return new Value.WordValue(builtin.get());
        }
        Optional<Scope.Symbol> symbol = scope.use(n.name(), n.span());
        if (symbol.isPresent()) return symbol.get().value;
        Optional<Word> word = Word.named(n.name());
        if (word.isPresent()) {
            if (expected != null && !word.get().is(expected) && !(expected == Word.Category.ACTIVATION
                    && word.get().is(Word.Category.ACTIVATION))) {
                reporter.error(DiagnosticCode.E0303, n.span(), "`" + n.name() + "` is " + word.get().category.phrase
                        + ", but " + expected.phrase + " is needed here", "not " + expected.phrase,
                        "choose one of " + Plan.joinWords(Word.textsOf(expected)));
                return new Value.Invalid();
            }
            return new Value.WordValue(word.get());
        }
        unknownName(n.name(), n.span(), expected);
        return new Value.Invalid();
    }

    void unknownName(String name, Span span, Word.Category expected) {
        if (name.equals(currentDef)) {
            reporter.error(DiagnosticCode.E0212, span, "`" + name + "` calls itself", "recursive call",
                    "a `def` cannot call itself; write the computation out, or use a `for` loop");
            return;
        }
        dev.nnet.ast.Statement later = laterDefinitions.get(name);
        if (later != null) {
            reporter.error(DiagnosticCode.E0201, span, "`" + name + "` is used before it is defined",
                    "used here", "it is defined at line " + later.span().line() + "; move that definition above this line");
            return;
        }
        if (expected != null) {
            List<String> choices = Word.textsOf(expected);
            Set<String> candidates = new LinkedHashSet<>(choices);
            candidates.addAll(scope.names());
            Optional<String> guess = Suggestions.closest(name, candidates);
            String help = guess.map(g -> "did you mean `" + g + "`?")
                    .orElse("the choices are " + Plan.joinWords(choices));
            reporter.error(DiagnosticCode.E0203, span, "unknown " + expected.phrase.replaceFirst("^an? ", "") + " `"
                    + name + "`", "not " + expected.phrase + " NNet knows", help);
            return;
        }
        Set<String> candidates = new LinkedHashSet<>(scope.names());
        candidates.addAll(Word.allTexts());
        Optional<String> guess = Suggestions.closest(name, candidates);
        if (guess.isPresent()) {
            reporter.error(DiagnosticCode.E0201, span, "unknown name `" + name + "`", "not defined",
                    "did you mean `" + guess.get() + "`?");
        } else {
            reporter.error(DiagnosticCode.E0201, span, "unknown name `" + name + "`", "not defined",
                    "define it first, for example `let " + name + " = ...`");
        }
    }

    private Value list(Expr.ListLiteral l, Word.Category expected) {
        List<Value> items = new ArrayList<>();
        for (Expr item : l.items()) items.add(eval(item, expected));
        return new Value.ListValue(items);
    }

    private Value record(Expr.RecordLiteral r) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (Option field : r.fields()) {
            if (fields.containsKey(field.name().text())) {
                reporter.fieldGivenTwice(field);
                continue;
            }
            fields.put(field.name().text(), eval(field.value()));
        }
        return new Value.RecordValue(fields);
    }

    private Value call(Expr.Call c, Word.Category expected) {
        if (c.callee() instanceof Expr.Member m && m.member().text().equals("batches")) {
            return calls.batches(c, m, eval(m.target()));
        }
        if (!(c.callee() instanceof Expr.Name callee)) {
            reporter.error(DiagnosticCode.E0303, c.callee().span(), "this cannot be called", "not a function");
            return new Value.Invalid();
        }
        if (scope.lookup(callee.name()).isPresent()) {
            Scope.Symbol symbol = scope.use(callee.name(), callee.span()).get();
            if (symbol.value instanceof Value.FunctionValue f) return calls.def(f, c);
            if (symbol.value instanceof Value.ModelValue m) return calls.model(m.model(), c);
            if (symbol.value instanceof Value.Invalid) return symbol.value;
            reporter.error(DiagnosticCode.E0303, callee.span(), "`" + callee.name() + "` is " + article(symbol)
                    + " and cannot be called", "not a function");
            return new Value.Invalid();
        }
        Optional<Word> word = Word.named(callee.name());
        if (word.isEmpty()) {
            unknownName(callee.name(), callee.span(), expected);
            return new Value.Invalid();
        }
        Word w = word.get();
        if (expected != null && !w.is(expected)) {
            reporter.error(DiagnosticCode.E0303, callee.span(), "`" + w.text + "` is " + w.category.phrase
                    + ", but " + expected.phrase + " is needed here", "not " + expected.phrase);
            return new Value.Invalid();
        }
        if (expected == null && (w.category == Word.Category.ACTIVATION || w.category == Word.Category.LOSS
                || w.category == Word.Category.FUNCTION) && !givesParameters(w, c)) {
            return calls.tensorFunction(w, c);
        }
        return switch (w) {
            case XOR -> bindThen(c, Signature.none("xor"), a -> new Value.SourceValue(new Plan.Source.Builtin("xor")));
            case CSV -> bindThen(c, Signature.CSV, a -> new Value.SourceValue(new Plan.Source.CsvFile(null,
                    ((Value.StringValue) a.get("path")).value())));
            case IRIS -> bindThen(c, Signature.IRIS, a -> new Value.SourceValue(new Plan.Source.Builtin("iris")));
            case SPIRALS, MOONS, BLOBS, REGRESSION -> Generated.source(this, c, w, reporter);
            case IDX -> bindThen(c, Signature.IDX, a -> new Value.SourceValue(new Plan.Source.Idx(null,
                    ((Value.StringValue) a.get("images")).value(), null, ((Value.StringValue) a.get("labels")).value())));
            case LEAKY_RELU, ELU, HUBER, NORMAL, UNIFORM -> WordCalls.bind(this, c, w);
            case LOAD -> {
                reporter.error(DiagnosticCode.E0220, callee.span(), "`load` reads a model file, and only defines a "
                        + "model", "not a value", "write `model net = load(\"net.safetensors\")`");
                yield new Value.Invalid();
            }
            case SGD, ADAM, ADAMW, ADAGRAD, RMSPROP, RPROP -> {
                Plan.OptimizerKind kind = Plan.OptimizerKind.valueOf(w.name());
                yield bindThen(c, OptimizerDefaults.signature(kind),
                        a -> new Value.OptimizerValue(Optimizers.of(kind, a, reporter)));
            }
            case STEP_DECAY, EXPONENTIAL, COSINE, WARMUP, REDUCE_ON_PLATEAU -> {
                Plan.ScheduleKind kind = Plan.ScheduleKind.valueOf(w.name());
                yield bindThen(c, Schedules.signature(kind), a -> Schedules.of(kind, a, reporter));
            }
            default -> {
                reporter.error(DiagnosticCode.E0303, callee.span(), "`" + w.text + "` is " + w.category.phrase
                        + " and takes no arguments here", "remove the parentheses");
                yield new Value.Invalid();
            }
        };
    }

    /**
     * Whether `leaky_relu(0.2)`, `elu(alpha: 0.5)` or `huber(0.5)` outside a layer means the
     * activation or loss with that parameter (as it does in a layer), rather than the function
     * applied to a number: so that `let a = leaky_relu(0.2)` can then be used as an activation.
     * It does when an argument is named, or when every argument is a plain number (a tensor
     * argument, as in a `def`'s `leaky_relu(x)`, applies the function).
     */
    private boolean givesParameters(Word w, Expr.Call c) {
        if (w != Word.LEAKY_RELU && w != Word.ELU && w != Word.HUBER) return false;
        if (c.arguments().isEmpty()) return false;
        if (c.arguments().stream().anyMatch(Argument::isNamed)) return true;
        if (w == Word.HUBER && c.arguments().size() != 1) return false;
        return c.arguments().stream().allMatch(a -> isPlainNumber(a.value()));
    }

    private boolean isPlainNumber(Expr e) {
        if (e instanceof Expr.IntLiteral || e instanceof Expr.FloatLiteral) return true;
        if (e instanceof Expr.Unary u && u.operator() != Expr.UnaryOperator.NOT) return isPlainNumber(u.operand());
        if (e instanceof Expr.Name n) {
            Optional<Scope.Symbol> symbol = scope.lookup(n.name());
            return symbol.isPresent() && (symbol.get().value instanceof Value.IntValue
                    || symbol.get().value instanceof Value.FloatValue);
        }
        return false;
    }

    private static String article(Scope.Symbol symbol) {
        return symbol.kind.equals("value") ? "a value" : "a " + symbol.kind;
    }

    Value bindThen(Expr.Call c, Signature signature, java.util.function.Function<BoundArguments, Value> then) {
        BoundArguments bound = bind(c.arguments(), signature, c.callee().span());
        if (bound == null) return new Value.Invalid();
        return then.apply(bound);
    }

    /** Matches arguments to parameters; null when any is wrong (each mistake reported). */
    BoundArguments bind(List<Argument> arguments, Signature signature, Span calleeSpan) {
        Map<String, Value> values = new HashMap<>();
        Map<String, Span> spans = new HashMap<>();
        boolean ok = true;
        boolean sawNamed = false;
        int position = 0;
        for (Argument a : arguments) {
            String param;
            if (a.isNamed()) {
                sawNamed = true;
                param = a.name().text();
                if (!signature.paramNames().contains(param)) {
                    Optional<String> guess = Suggestions.closest(param, signature.paramNames());
                    String help = guess.map(g -> "did you mean `" + g + "`?").orElse(signature.params().isEmpty()
                            ? "`" + signature.name() + "` takes no arguments"
                            : "`" + signature.name() + "` takes " + Plan.joinWords(signature.paramNames()));
                    reporter.error(DiagnosticCode.E0206, a.name().span(), "`" + signature.name()
                            + "` has no argument named `" + param + "`", "unknown argument", help);
                    ok = false;
                    continue;
                }
            } else {
                if (sawNamed) {
                    reporter.error(DiagnosticCode.E0210, a.span(), "a positional argument cannot follow a named one",
                            "positional", "put positional arguments first, or name this one");
                    ok = false;
                    continue;
                }
                if (position >= signature.params().size()) {
                    reporter.error(DiagnosticCode.E0208, a.span(), "`" + signature.name() + "` takes "
                            + countWords(signature.params().size()) + ", but more were given", "one too many",
                            signature.params().isEmpty() ? "remove the arguments"
                                    : "its arguments are " + Plan.joinWords(signature.paramNames()));
                    ok = false;
                    continue;
                }
                param = signature.params().get(position++).name();
            }
            if (values.containsKey(param)) {
                reporter.error(DiagnosticCode.E0207, a.span(), "`" + param + "` is given twice", "given again here",
                        "remove one of them");
                ok = false;
                continue;
            }
            Signature.Param p = signature.params().stream().filter(x -> x.name().equals(param)).findFirst()
                    .orElseThrow();
            Value v = eval(a.value(), categoryOf(p.kind()));
            Value coerced = coerce(v, p, signature.name(), a.value().span());
            if (coerced == null) {
                ok = false;
                continue;
            }
            values.put(param, coerced);
            spans.put(param, a.value().span());
        }
        for (Signature.Param p : signature.params()) {
            if (values.containsKey(p.name())) continue;
            if (p.required()) {
                if (ok) {
                    reporter.error(DiagnosticCode.E0208, calleeSpan, "`" + signature.name() + "` needs the argument `"
                            + p.name() + "`", "missing `" + p.name() + "`", "write it as `" + signature.name() + "("
                            + p.name() + ": ...)`");
                }
                ok = false;
            } else {
                values.put(p.name(), p.fallback());
            }
        }
        return ok ? new BoundArguments(values, spans) : null;
    }

    private static String countWords(int n) {
        return n == 0 ? "no arguments" : n == 1 ? "one argument" : n + " arguments";
    }

    private static Word.Category categoryOf(Signature.Kind kind) {
        return switch (kind) {
            case ACTIVATION -> Word.Category.ACTIVATION;
            case INITIALIZER -> Word.Category.INITIALIZER;
            default -> null;
        };
    }

    /** The value as the parameter wants it (an Int where a number is wanted is fine), or null. */
    private Value coerce(Value v, Signature.Param p, String callee, Span span) {
        if (v instanceof Value.Invalid) return null;
        boolean fits = switch (p.kind()) {
            case INT -> v instanceof Value.IntValue;
            case NUMBER -> v instanceof Value.IntValue || v instanceof Value.FloatValue;
            case BOOL -> v instanceof Value.BoolValue;
            case STRING -> v instanceof Value.StringValue;
            case ACTIVATION -> v instanceof Value.WordValue w && w.word().is(Word.Category.ACTIVATION)
                    || v instanceof Value.WordCall call && call.word().is(Word.Category.ACTIVATION)
                    || v instanceof Value.FunctionValue;
            case INITIALIZER -> v instanceof Value.WordValue w && w.word().is(Word.Category.INITIALIZER)
                    || v instanceof Value.WordCall call && call.word().is(Word.Category.INITIALIZER);
            case SIZE -> v instanceof Value.IntValue || v instanceof Value.ListValue l && l.items().size() == 2
                    && l.items().stream().allMatch(i -> i instanceof Value.IntValue);
            case SHAPE -> v instanceof Value.ListValue l && !l.items().isEmpty()
                    && l.items().stream().allMatch(i -> i instanceof Value.IntValue);
        };
        if (fits) return v;
        if (v instanceof Value.Opaque) {
            reporter.error(DiagnosticCode.E0308, span, "`" + p.name() + "` of `" + callee + "` must be known before the "
                    + "script runs, but this is only known while it runs", "known only while running",
                    "use a value computed from constants, not from a loop variable or a tensor");
            return null;
        }
        String help = p.kind() == Signature.Kind.INT && v instanceof Value.FloatValue
                ? "write it without a decimal point" : null;
        String message = "`" + p.name() + "` of `" + callee + "` must be " + p.kind().phrase + ", but this is "
                + describe(v);
        if (help != null) reporter.error(DiagnosticCode.E0303, span, message, "expected " + p.kind().phrase, help);
        else reporter.error(DiagnosticCode.E0303, span, message, "expected " + p.kind().phrase);
        return null;
    }

    static String describe(Value v) {
        if (v instanceof Value.IntValue) return "a whole number";
        if (v instanceof Value.FloatValue) return "a number with a fraction";
        if (v instanceof Value.StringValue) return "a string";
        if (v instanceof Value.BoolValue) return "true or false";
        if (v instanceof Value.ListValue) return "a list";
        if (v instanceof Value.RecordValue) return "a record";
        if (v instanceof Value.WordValue w) return w.word().category.phrase;
        if (v instanceof Value.WordCall w) return w.word().category.phrase;
        if (v instanceof Value.DatasetValue) return "a dataset";
        if (v instanceof Value.ModelValue) return "a model";
        if (v instanceof Value.OptimizerValue) return "an optimizer";
        if (v instanceof Value.ScheduleValue) return "a learning-rate schedule";
        if (v instanceof Value.SourceValue) return "a data source";
        if (v instanceof Value.Opaque o) return "a value known only while the script runs (" + o.kind() + ")";
        if (v instanceof Value.TensorValue t) return "a tensor " + t.typeName();
        if (v instanceof Value.FunctionValue) return "a function";
        if (v instanceof Value.RangeValue) return "a range";
        if (v instanceof Value.BatchesValue) return "a dataset's batches";
        if (v instanceof Value.BatchValue) return "a batch";
        return "something else";
    }

    private Value member(Expr.Member m) {
        Value target = eval(m.target());
        if (target instanceof Value.Invalid) return target;
        String member = m.member().text();
        if (target instanceof Value.BatchValue batch && (member.equals("x") || member.equals("y"))) {
            return member.equals("x") ? batch.x() : batch.y();
        }
        if (!(target instanceof Value.DatasetValue d) || d.partition() != Plan.Partition.ALL) {
            reporter.error(DiagnosticCode.E0211, m.member().span(), describe(target) + " has no member `" + member
                    + "`", "no such member");
            return new Value.Invalid();
        }
        List<String> parts = List.of("train", "validation", "test");
        if (!parts.contains(member)) {
            Optional<String> guess = Suggestions.closest(member, parts);
            reporter.error(DiagnosticCode.E0211, m.member().span(), "dataset `" + d.name() + "` has no member `"
                    + member + "`", "no such member", guess.map(g -> "did you mean `" + g + "`?")
                    .orElse("a dataset's parts are `train`, `validation` and `test`"));
            return new Value.Invalid();
        }
        Value.Schema schema = d.schema();
        boolean present = schema.hasSplit() && switch (member) {
            case "train" -> true;
            case "validation" -> schema.hasValidation();
            default -> schema.hasTest();
        };
        if (!present && folds.containsKey(d.name())) {
            reporter.error(DiagnosticCode.E0211, m.member().span(), "dataset `" + d.name() + "` has no `" + member
                    + "` part: it is split into " + folds.get(d.name()) + " folds for cross-validation",
                    "no such part", "`train ... on " + d.name() + "` cross-validates on its folds; for parts, "
                            + "split it with fractions instead: `split: {train: 0.8, test: 0.2}`");
            return new Value.Invalid();
        }
        if (!present) {
            String why = schema.hasSplit() ? "its split gives `" + member + "` no rows"
                    : "it has no `split`";
            reporter.error(DiagnosticCode.E0211, m.member().span(), "dataset `" + d.name() + "` has no `" + member
                    + "` part: " + why, "no such part", "give the dataset a split, for example "
                    + "`split: {train: 0.7, validation: 0.15, test: 0.15}`");
            return new Value.Invalid();
        }
        Plan.Partition partition = Plan.Partition.valueOf(member.toUpperCase());
        return new Value.DatasetValue(d.name(), partition, schema);
    }

    static boolean isNumber(Value v) {
        return v instanceof Value.IntValue || v instanceof Value.FloatValue;
    }

    static double asDouble(Value v) {
        return v instanceof Value.IntValue i ? i.value() : ((Value.FloatValue) v).value();
    }

    private static String shorten(String text) {
        return text.length() > 30 ? text.substring(0, 12) + "..." + text.substring(text.length() - 6)
                + " (" + text.length() + " digits)" : text;
    }
}
