package dev.nnet.check;

import dev.nnet.ast.Identifier;
import dev.nnet.ast.Span;
import dev.nnet.diag.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names defined so far, in order, with where each was defined and whether it is used; and
 * every place a name was used, for an editor's hover and go-to-definition. A REPL keeps one scope
 * across its inputs; an input with errors is checked on a copy, so that it changes nothing.
 */
final class Scope {
    static final class Symbol {
        final String name;
        final Value value;
        final SourceText source;
        final Span definedAt;
        final String kind; // "value", "dataset", "model": for messages
        boolean used;

        Symbol(String name, Value value, SourceText source, Span definedAt, String kind) {
            this.name = name;
            this.value = value;
            this.source = source;
            this.definedAt = definedAt;
            this.kind = kind;
        }
    }

    private final Map<String, Symbol> symbols;
    private final List<Analysis.Reference> references = new ArrayList<>();
    private SourceText source;

    Scope() {
        symbols = new LinkedHashMap<>();
    }

    private Scope(Scope other) {
        symbols = new LinkedHashMap<>(other.symbols);
    }

    /** A copy to check one input on; {@link #adopt} takes its definitions when the input is good. */
    Scope copy() {
        return new Scope(this);
    }

    void adopt(Scope checked) {
        symbols.clear();
        symbols.putAll(checked.symbols);
    }

    void remove(java.util.Collection<String> names) {
        symbols.keySet().removeAll(names);
    }

    /** The source that the definitions being checked now come from. */
    void setSource(SourceText source) {
        this.source = source;
        references.clear();
    }

    Optional<Symbol> lookup(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /** Looks a name up as a use at {@code at}: marks it used and remembers the reference. */
    Optional<Symbol> use(String name, Span at) {
        Symbol symbol = symbols.get(name);
        if (symbol != null) {
            symbol.used = true;
            if (symbol.source == source) references.add(new Analysis.Reference(name, at, symbol.definedAt));
        }
        return Optional.ofNullable(symbol);
    }

    void define(Identifier name, Value value, String kind) {
        symbols.put(name.text(), new Symbol(name.text(), value, source, name.span(), kind));
    }

    /** Binds a def's parameter or a loop variable for the time its body is checked. */
    void bindParameter(Identifier name, Value value) {
        symbols.put(name.text(), new Symbol(name.text(), value, source, name.span(), "parameter"));
    }

    /** Undoes {@link #bindParameter}: puts back what the name meant before, or nothing. */
    void restore(String name, Symbol before) {
        if (before == null) symbols.remove(name); else symbols.put(name, before);
    }

    Set<String> names() {
        return symbols.keySet();
    }

    Iterable<Symbol> symbols() {
        return symbols.values();
    }

    List<Analysis.Reference> references() {
        return List.copyOf(references);
    }
}
