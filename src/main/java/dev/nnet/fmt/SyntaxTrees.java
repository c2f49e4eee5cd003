package dev.nnet.fmt;

import dev.nnet.ast.Node;
import dev.nnet.ast.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Compares syntax trees by what they say, not where it was written: spans are ignored. Works on
 * any record of the AST by reflection, so a new kind of node needs no change here; iterative, so
 * that a 100,000-term sum needs no deep stack.
 */
public final class SyntaxTrees {
    /** Each record class's components other than its span, with their accessors (reflection is slow). */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() != Span.class).toList();
        }
    };

    private SyntaxTrees() {
    }

    public static boolean equalIgnoringSpans(Node a, Node b) {
        Deque<Object[]> pending = new ArrayDeque<>();
        pending.push(new Object[] {a, b});
        while (!pending.isEmpty()) {
            Object[] pair = pending.pop();
            Object x = pair[0];
            Object y = pair[1];
            if (x == null || y == null) {
                if (x != y) return false;
            } else if (x instanceof List<?> xs) {
                if (!(y instanceof List<?> ys) || xs.size() != ys.size()) return false;
                for (int i = 0; i < xs.size(); i++) pending.push(new Object[] {xs.get(i), ys.get(i)});
            } else if (x instanceof Record) {
                if (x.getClass() != y.getClass()) return false;
                for (RecordComponent component : COMPONENTS.get(x.getClass())) {
                    pending.push(new Object[] {value(component, x), value(component, y)});
                }
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** A tree as text without its spans, for messages and tests: {@code Let(Identifier(x), IntLiteral(1))}. */
    public static String describe(Object node) {
        StringBuilder out = new StringBuilder();
        describe(node, out);
        return out.toString();
    }

    private static void describe(Object x, StringBuilder out) {
        if (x instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(", ");
                describe(list.get(i), out);
            }
            out.append(']');
        } else if (x instanceof Record) {
            out.append(x.getClass().getSimpleName()).append('(');
            boolean first = true;
            for (RecordComponent component : COMPONENTS.get(x.getClass())) {
                if (!first) out.append(", ");
                first = false;
                describe(value(component, x), out);
            }
            out.append(')');
        } else if (x instanceof String s) {
            out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        } else {
            out.append(x);
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
