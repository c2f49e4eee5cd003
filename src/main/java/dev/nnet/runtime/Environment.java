package dev.nnet.runtime;

import java.util.HashMap;
import java.util.Map;

/** The values of names while a script runs: lets, loop variables, def parameters, defs. */
final class Environment {
    private final Environment parent;
    private final Map<String, Object> values = new HashMap<>();

    Environment(Environment parent) {
        this.parent = parent;
    }

    Object get(String name) {
        for (Environment e = this; e != null; e = e.parent) {
            if (e.values.containsKey(name)) return e.values.get(name);
        }
        return null;
    }

    boolean has(String name) {
        for (Environment e = this; e != null; e = e.parent) if (e.values.containsKey(name)) return true;
        return false;
    }

    void put(String name, Object value) {
        values.put(name, value);
    }

    void remove(String name) {
        values.remove(name);
    }
}
