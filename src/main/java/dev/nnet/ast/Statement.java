package dev.nnet.ast;

import java.util.List;

/** The kinds of statement a script is made of. */
public sealed interface Statement extends Node {

    /** {@code let name = value} */
    record Let(Identifier name, Expr value, Span span) implements Statement {
    }

    /** {@code dataset name = source { options }}; options may be empty. */
    record Dataset(Identifier name, Expr source, List<Option> options, Span span) implements Statement {
        public Dataset {
            options = List.copyOf(options);
        }
    }

    /** {@code model name { input n; layer; ... }} */
    record Model(Identifier name, List<ModelItem> items, Span span) implements Statement {
        public Model {
            items = List.copyOf(items);
        }
    }

    /** {@code train model on data { options }} */
    record Train(Identifier model, Expr data, List<Option> options, Span span) implements Statement {
        public Train {
            options = List.copyOf(options);
        }
    }

    /** {@code evaluate model on data { metrics: [...] }} */
    record Evaluate(Identifier model, Expr data, List<Option> options, Span span) implements Statement {
        public Evaluate {
            options = List.copyOf(options);
        }
    }

    /** {@code model name = load("file.safetensors")}: a model whose architecture and weights come from a file. */
    record ModelFile(Identifier name, Expr source, Span span) implements Statement {
    }

    /** {@code predict model on input}, or {@code predict model on data to "out.csv"}; {@code output} may be null. */
    record Predict(Identifier model, Expr input, Expr output, Span span) implements Statement {
    }

    /** {@code summary model}: prints the model's layers, their output shapes and parameter counts. */
    record Summary(Identifier model, Span span) implements Statement {
    }

    /** {@code plot model to "curves.png" { options }}: the training curves of the model's last train; options may be empty. */
    record Plot(Identifier model, Expr path, List<Option> options, Span span) implements Statement {
        public Plot {
            options = List.copyOf(options);
        }
    }

    /** {@code save model to "file.safetensors"} */
    record Save(Identifier model, Expr path, Span span) implements Statement {
    }

    /** {@code print(a, b)} or {@code print a, b} */
    record Print(List<Expr> arguments, Span span) implements Statement {
        public Print {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code def name(a, b) = body}: a differentiable function of tensors. */
    record Def(Identifier name, List<Identifier> parameters, Expr body, Span span) implements Statement {
        public Def {
            parameters = List.copyOf(parameters);
        }
    }

    /** {@code for variable in iterable { body }} */
    record For(Identifier variable, Expr iterable, List<Statement> body, Span span) implements Statement {
        public For {
            body = List.copyOf(body);
        }
    }

    /** {@code if condition { then } else { otherwise }}; an {@code else if} is an If alone in {@code otherwise}. */
    record If(Expr condition, List<Statement> then, List<Statement> otherwise, Span span) implements Statement {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** {@code backward loss}: reverse-mode differentiation of a scalar into every parameter's gradient. */
    record Backward(Expr loss, Span span) implements Statement {
    }

    /** {@code step optimizer on model}: update the model's parameters from their gradients, then clear them. */
    record Step(Expr optimizer, Identifier model, Span span) implements Statement {
    }

    /** The name a statement defines, or null. */
    default Identifier definedName() {
        if (this instanceof Let let) return let.name();
        if (this instanceof Dataset dataset) return dataset.name();
        if (this instanceof Model model) return model.name();
        if (this instanceof ModelFile file) return file.name();
        if (this instanceof Def def) return def.name();
        return null;
    }
}
