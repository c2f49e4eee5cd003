#!/usr/bin/env python3
"""Reference values for the engine's tests, computed by PyTorch (Debian's python3-torch).

Regenerate with Debian's interpreter, from the repository's root:
    /usr/bin/python3 src/test/resources/dev/nnet/engine/reference/make_references.py
It rewrites references.txt beside this script. The tests read that file; they never need torch.

Format: one tensor per line, "name dim dim ... : v v v ..." (row-major, repr() of each value so a
float64 survives exactly); a scalar has no dims. Lines starting with '#' are comments.

Conventions shared with the Java tests (keep them in step):
  * A dense weight is written as [in, out] (NNet's layout), the transpose of torch's nn.Linear.weight.
  * Images are NCHW, as in torch.
"""
import math
import os

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "references.txt")
lines = []


def put(name, t):
    t = t.detach() if isinstance(t, torch.Tensor) else torch.tensor(t, dtype=torch.float64)
    dims = " ".join(str(d) for d in t.shape)
    values = " ".join(repr(float(v)) for v in t.reshape(-1).tolist())
    lines.append(f"{name} {dims} : {values}".replace("  :", " :"))


def fixed(shape, seed, scale=1.0, dtype=torch.float64):
    g = torch.Generator().manual_seed(seed)
    return (torch.rand(shape, generator=g, dtype=torch.float64) * 2 - 1).mul(scale).to(dtype)


# ---------------------------------------------------------------- optimizers, 5 steps
# The problem: W [3, 2], b [2]; loss = mean((tanh(X W + b) - T)^2) over a batch of 4.
X = fixed((4, 3), 1)
T = fixed((4, 2), 2, 0.8)
W0 = fixed((3, 2), 3)
B0 = fixed((2,), 4, 0.5)
for dtype, tag in ((torch.float64, "f64"), (torch.float32, "f32")):
    put(f"opt.{tag}.X", X.to(dtype))
    put(f"opt.{tag}.T", T.to(dtype))
    put(f"opt.{tag}.W0", W0.to(dtype))
    put(f"opt.{tag}.b0", B0.to(dtype))

OPTIMIZERS = {
    "sgd": lambda p: torch.optim.SGD(p, lr=0.1),
    "sgd_momentum": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "sgd_nesterov_decay": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
    "adagrad": lambda p: torch.optim.Adagrad(p, lr=0.1),
    "adagrad_all": lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.01, weight_decay=0.1,
                                                 initial_accumulator_value=0.1, eps=1e-8),
    "rmsprop": lambda p: torch.optim.RMSprop(p, lr=0.01),
    "rmsprop_all": lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, eps=1e-6, weight_decay=0.01,
                                                 momentum=0.5, centered=True),
    "adam": lambda p: torch.optim.Adam(p, lr=0.1),
    "adam_decay": lambda p: torch.optim.Adam(p, lr=0.05, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1),
    "adamw": lambda p: torch.optim.AdamW(p, lr=0.1),
    "adamw_all": lambda p: torch.optim.AdamW(p, lr=0.05, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1),
    "rprop": lambda p: torch.optim.Rprop(p, lr=0.01),
    "rprop_all": lambda p: torch.optim.Rprop(p, lr=0.05, etas=(0.4, 1.5), step_sizes=(1e-3, 0.08)),
}
for name, make in OPTIMIZERS.items():
    for dtype, tag in ((torch.float64, "f64"), (torch.float32, "f32")):
        W = W0.to(dtype).clone().requires_grad_(True)
        b = B0.to(dtype).clone().requires_grad_(True)
        opt = make([W, b])
        for step in range(5):
            opt.zero_grad()
            loss = ((torch.tanh(X.to(dtype) @ W + b) - T.to(dtype)) ** 2).mean()
            loss.backward()
            opt.step()
        put(f"opt.{tag}.{name}.W", W)
        put(f"opt.{tag}.{name}.b", b)

# ---------------------------------------------------------------- gradient clipping
for max_norm in (0.5, 100.0):
    W = W0.clone().requires_grad_(True)
    b = B0.clone().requires_grad_(True)
    ((torch.tanh(X @ W + b) - T) ** 2).mean().mul(10).backward()
    total = torch.nn.utils.clip_grad_norm_([W, b], max_norm)
    put(f"clip.{max_norm}.norm", total)
    put(f"clip.{max_norm}.W.grad", W.grad)
    put(f"clip.{max_norm}.b.grad", b.grad)

# ---------------------------------------------------------------- learning-rate schedules
def rates(make, epochs=12, metrics=None):
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.1)
    sched = make(opt)
    out = []
    for epoch in range(epochs):
        out.append(opt.param_groups[0]["lr"])
        opt.step()
        if metrics is None:
            sched.step()
        else:
            sched.step(metrics[epoch])
    return out


put("schedule.step", rates(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5)))
put("schedule.exponential", rates(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9)))
put("schedule.cosine", rates(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=10, eta_min=0.01)))
put("schedule.warmup", rates(lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.25, end_factor=1.0,
                                                                         total_iters=4)))
PLATEAU_METRICS = [1.0, 0.9, 0.95, 0.95, 0.91, 0.89, 0.8899, 0.9, 0.95, 0.7, 0.71, 0.72]
put("schedule.plateau.metrics", PLATEAU_METRICS)
put("schedule.plateau", rates(lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(
    o, mode="min", factor=0.5, patience=2, threshold=1e-2, cooldown=1, min_lr=0.02), metrics=PLATEAU_METRICS))

# ---------------------------------------------------------------- an MLP, 10 Adam steps, float32
torch.manual_seed(0)
mlp = torch.nn.Sequential(torch.nn.Linear(6, 12), torch.nn.ReLU(), torch.nn.Linear(12, 8), torch.nn.Tanh(),
                          torch.nn.Linear(8, 3))
mx = torch.randn(16, 6)
my = torch.randint(0, 3, (16,))
put("mlp.x", mx)
put("mlp.y", my.to(torch.float64))
linears = [m for m in mlp if isinstance(m, torch.nn.Linear)]
for i, lin in enumerate(linears):
    put(f"mlp.start.{i}.W", lin.weight.t())
    put(f"mlp.start.{i}.b", lin.bias)
opt = torch.optim.Adam(mlp.parameters(), lr=0.01)
for step in range(10):
    opt.zero_grad()
    F.cross_entropy(mlp(mx), my).backward()
    opt.step()
for i, lin in enumerate(linears):
    put(f"mlp.end.{i}.W", lin.weight.t())
    put(f"mlp.end.{i}.b", lin.bias)

# ---------------------------------------------------------------- activations, losses and layers, float64
# Each: the input(s), the output, and the gradient of sum(output * W) for fixed weights W (so every
# output element is weighted differently), i.e. the vector-Jacobian product.
def vjp(name, inputs, fn):
    xs = [t.clone().requires_grad_(True) for t in inputs]
    y = fn(*xs)
    w = fixed(y.shape, 99) + 1.5 if y.dim() > 0 else torch.tensor(1.0, dtype=torch.float64)
    (y * w).sum().backward()
    for i, t in enumerate(inputs):
        put(f"{name}.in{i}", t)
        put(f"{name}.grad{i}", xs[i].grad)
    put(f"{name}.out", y)
    put(f"{name}.w", w)


A = fixed((3, 5), 10, 3.0)
vjp("act.leaky_relu", [A], lambda x: F.leaky_relu(x, 0.2))
vjp("act.elu", [A], lambda x: F.elu(x, 0.7))
vjp("act.gelu", [A], lambda x: F.gelu(x))
vjp("act.silu", [A], lambda x: F.silu(x))
vjp("act.softplus", [A], lambda x: F.softplus(x))
vjp("act.softplus_large", [A * 10], lambda x: F.softplus(x))

P = fixed((4, 3), 11, 2.0)
T = fixed((4, 3), 12, 2.0)
vjp("loss.mae", [P, T], lambda p, t: F.l1_loss(p, t))
vjp("loss.huber", [P, T], lambda p, t: F.huber_loss(p, t, delta=0.8))
LOGP = torch.log_softmax(fixed((4, 3), 13, 2.0), dim=1)
ONEHOT = torch.nn.functional.one_hot(torch.tensor([2, 0, 1, 2]), 3).to(torch.float64)
vjp("loss.nll", [LOGP], lambda x: F.nll_loss(x, torch.tensor([2, 0, 1, 2])))
put("loss.nll.target", ONEHOT)

IMG = fixed((2, 3, 6, 5), 14, 2.0)
KER = fixed((4, 3, 3, 2), 15, 0.5)
BIAS = fixed((4,), 16, 0.5)
vjp("conv.stride_pad", [IMG, KER, BIAS], lambda x, k, b: F.conv2d(x, k, b, stride=(2, 1), padding=(1, 2)))
vjp("conv.plain", [IMG, KER], lambda x, k: F.conv2d(x, k))
vjp("pool.max", [IMG], lambda x: F.max_pool2d(x, (2, 2), (2, 1)))
vjp("pool.avg", [IMG], lambda x: F.avg_pool2d(x, (3, 2), (1, 2)))

GAMMA = fixed((3,), 17) + 1.0
BETA = fixed((3,), 18)
for tag, x in (("2d", fixed((5, 3), 19, 2.0)), ("4d", IMG)):
    bn = torch.nn.BatchNorm2d(3) if x.dim() == 4 else torch.nn.BatchNorm1d(3)
    bn = bn.double()
    with torch.no_grad():
        bn.weight.copy_(GAMMA)
        bn.bias.copy_(BETA)
        bn.running_mean.copy_(fixed((3,), 20, 0.3))
        bn.running_var.copy_(fixed((3,), 21, 0.3) + 1.0)
    put(f"bn.{tag}.running_mean.before", bn.running_mean)
    put(f"bn.{tag}.running_var.before", bn.running_var)
    bn.train()
    vjp(f"bn.{tag}.train", [x, GAMMA, BETA], lambda x, g, b: F.batch_norm(
        x, bn.running_mean, bn.running_var, g, b, training=True, momentum=0.1, eps=1e-5))
    put(f"bn.{tag}.running_mean.after", bn.running_mean)
    put(f"bn.{tag}.running_var.after", bn.running_var)
    vjp(f"bn.{tag}.eval", [x, GAMMA, BETA], lambda x, g, b: F.batch_norm(
        x, bn.running_mean, bn.running_var, g, b, training=False, momentum=0.1, eps=1e-5))

LN_X = fixed((4, 6), 22, 2.0)
vjp("ln", [LN_X, fixed((6,), 23) + 1.0, fixed((6,), 24)], lambda x, g, b: F.layer_norm(x, (6,), g, b, eps=1e-5))

# ---------------------------------------------------------------- the functions NNet ports
ERF_X = [-7.0, -3.0, -2.5, -1.3, -1.0, -0.5, -1e-3, -1e-30, 0.0, 1e-300, 1e-9, 0.1, 0.3, 0.84, 0.9, 1.2, 1.3,
         2.0, 2.85, 2.9, 4.0, 5.9, 6.1, 30.0]
put("erf.x", ERF_X)
put("erf.y", [math.erf(v) for v in ERF_X])

with open(OUT, "w") as f:
    f.write("# Generated by make_references.py with torch " + torch.__version__ + "; do not edit by hand.\n")
    f.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} tensors to {OUT}")
