package dev.nnet.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link FloatMath}'s tanh and sigmoid on the Vector API: the same operations in the same order, lane by lane. */
final class VectorFloatMath extends FloatArrayMath {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /**
     * Shorter arrays take the scalar loop (same bits): until the JIT has compiled a Vector API
     * loop, its vectors are objects, slow and allocated, and a loop of few lanes is called
     * thousands of times before it is compiled; a long one gets there within a few calls.
     */
    static final int VECTOR_FROM = 256;

    /** e^x, as FloatMath.exp. */
    private static FloatVector exp(FloatVector x) {
        FloatVector c = x.max(FloatMath.EXP_MIN).min(FloatMath.EXP_MAX);
        FloatVector shifted = c.mul(FloatMath.LOG2E).add(FloatMath.ROUNDER);
        FloatVector k = shifted.sub(FloatMath.ROUNDER);
        FloatVector r = c.sub(k.mul(FloatMath.LN2_HI)).sub(k.mul(FloatMath.LN2_LO));
        FloatVector p = r.mul(FloatMath.E7).add(FloatMath.E6);
        p = r.mul(p).add(FloatMath.E5);
        p = r.mul(p).add(FloatMath.E4);
        p = r.mul(p).add(FloatMath.E3);
        p = r.mul(p).add(FloatMath.E2);
        p = r.mul(p).add(1f);
        p = r.mul(p).add(1f);
        // The integer k sits in the low bits of k + 1.5 * 2^23: no float-to-int conversion needed.
        IntVector bits = shifted.reinterpretAsInts().sub(FloatMath.ROUNDER_BITS - 127).lanewise(VectorOperators.LSHL, 23);
        return p.mul(bits.reinterpretAsFloats());
    }

    @Override
    void tanh(float[] x, float[] y, int n) {
        if (n < VECTOR_FROM) {
            super.tanh(x, y, n);
            return;
        }
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            FloatVector a = v.abs().min(FloatMath.TANH_SATURATES);
            FloatVector e = exp(a.mul(2f));
            FloatVector far = FloatVector.broadcast(S, 1f).sub(FloatVector.broadcast(S, 2f).div(e.add(1f)));
            FloatVector z = a.mul(a);
            FloatVector q = z.mul(FloatMath.T17).add(FloatMath.T15);
            q = z.mul(q).add(FloatMath.T13);
            q = z.mul(q).add(FloatMath.T11);
            q = z.mul(q).add(FloatMath.T9);
            q = z.mul(q).add(FloatMath.T7);
            q = z.mul(q).add(FloatMath.T5);
            q = z.mul(q).add(FloatMath.T3);
            FloatVector near = a.add(a.mul(z).mul(q));
            VectorMask<Float> small = a.lt(FloatMath.TANH_SERIES_BELOW);
            FloatVector t = far.blend(near, small);
            IntVector sign = v.reinterpretAsInts().and(0x80000000);
            t.reinterpretAsInts().or(sign).reinterpretAsFloats().intoArray(y, i);
        }
        for (; i < n; i++) y[i] = FloatMath.tanh(x[i]);
    }

    @Override
    void relu(float[] x, float[] y, int n) {
        if (n < VECTOR_FROM) {
            super.relu(x, y, n);
            return;
        }
        int i = 0;
        FloatVector zero = FloatVector.zero(S);
        for (int bound = S.loopBound(n); i < bound; i += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            zero.blend(v, v.compare(VectorOperators.GT, 0f)).intoArray(y, i);
        }
        for (; i < n; i++) y[i] = x[i] > 0 ? x[i] : 0f;
    }

    @Override
    void reluBackward(float[] x, float[] gy, float[] gx, int n) {
        if (n < VECTOR_FROM) {
            super.reluBackward(x, gy, gx, n);
            return;
        }
        int i = 0;
        FloatVector zero = FloatVector.zero(S);
        for (int bound = S.loopBound(n); i < bound; i += S.length()) {
            VectorMask<Float> positive = FloatVector.fromArray(S, x, i).compare(VectorOperators.GT, 0f);
            FloatVector g = zero.blend(FloatVector.fromArray(S, gy, i), positive);
            FloatVector.fromArray(S, gx, i).add(g).intoArray(gx, i);
        }
        for (; i < n; i++) gx[i] += x[i] > 0 ? gy[i] : 0f;
    }

    @Override
    void addRow(float[] a, float[] row, float[] out) {
        int m = row.length, bound = S.loopBound(m);
        if (out.length < VECTOR_FROM || bound == 0) {
            super.addRow(a, row, out);
            return;
        }
        for (int off = 0; off < out.length; off += m) {
            int j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector.fromArray(S, a, off + j).add(FloatVector.fromArray(S, row, j)).intoArray(out, off + j);
            }
            for (; j < m; j++) out[off + j] = a[off + j] + row[j];
        }
    }

    @Override
    void accumulateRows(float[] g, float[] dst) {
        int m = dst.length, bound = S.loopBound(m);
        if (g.length < VECTOR_FROM || bound == 0) {
            super.accumulateRows(g, dst);
            return;
        }
        for (int off = 0; off < g.length; off += m) {
            int j = 0;
            for (; j < bound; j += S.length()) {
                FloatVector.fromArray(S, dst, j).add(FloatVector.fromArray(S, g, off + j)).intoArray(dst, j);
            }
            for (; j < m; j++) dst[j] += g[off + j];
        }
    }

    @Override
    void exp(float[] x, float[] y, int n) {
        if (n < VECTOR_FROM) {
            super.exp(x, y, n);
            return;
        }
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += S.length()) exp(FloatVector.fromArray(S, x, i)).intoArray(y, i);
        for (; i < n; i++) y[i] = FloatMath.exp(x[i]);
    }

    @Override
    void sigmoid(float[] x, float[] y, int n) {
        if (n < VECTOR_FROM) {
            super.sigmoid(x, y, n);
            return;
        }
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            FloatVector e = exp(v.abs().neg());
            FloatVector d = e.add(1f);
            FloatVector positive = FloatVector.broadcast(S, 1f).div(d);
            FloatVector negative = e.div(d);
            positive.blend(negative, v.lt(0f)).intoArray(y, i);
        }
        for (; i < n; i++) y[i] = FloatMath.sigmoid(x[i]);
    }
}
