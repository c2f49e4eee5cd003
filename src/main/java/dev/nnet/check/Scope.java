package dev.nnet.check;

import dev.nnet.ast.Identifier;
import dev.nnet.ast.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The names a script has defined so far, in order, with where and whether they are used. */
final class Scope {
    static final class Symbol {
        final String name;
        final Value value;
        final Span definedAt;
        final String kind; // "value", "dataset", "model": for messages
        boolean used;

        Symbol(String name, Value value, Span definedAt, String kind) {
            this.name = name;
            this.value = value;
            this.definedAt = definedAt;
            this.kind = kind;
        }
    }

    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    Optional<Symbol> lookup(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    void define(Identifier name, Value value, String kind) {
        symbols.put(name.text(), new Symbol(name.text(), value, name.span(), kind));
    }

    Set<String> names() {
        return symbols.keySet();
    }

    Iterable<Symbol> symbols() {
        return symbols.values();
    }
}
