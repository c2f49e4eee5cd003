"""Reads a model file that NNet wrote with the reference safetensors implementation and PyTorch.

Usage: check_with_torch.py MODEL.safetensors DATA.csv PREDICTIONS.csv ROUNDTRIP.safetensors

Builds the torch.nn.Sequential that docs/language.md ("Model files") describes from the file's
architecture, loads the tensors into it with safetensors.torch.load_file, normalises the CSV's
feature columns with the file's statistics, and compares its probabilities with NNet's
predictions. Then writes every tensor back with safetensors.torch.save_file, for NNet to read.
Prints one line "ok ..." and exits 0 when everything agrees.
"""
import csv
import json
import sys

import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file

model_path, data_path, predictions_path, roundtrip_path = sys.argv[1:5]

with safe_open(model_path, framework="pt") as f:
    meta = f.metadata()
arch = json.loads(meta["nnet.architecture"])
activations = {
    "sigmoid": torch.nn.Sigmoid, "tanh": torch.nn.Tanh, "relu": torch.nn.ReLU, "gelu": torch.nn.GELU,
    "silu": torch.nn.SiLU, "softplus": torch.nn.Softplus, "elu": torch.nn.ELU,
    "leaky_relu": lambda: torch.nn.LeakyReLU(0.01),
    "softmax": lambda: torch.nn.Softmax(dim=1), "log_softmax": lambda: torch.nn.LogSoftmax(dim=1),
}
modules = []
width = arch["input"]
for layer in arch["layers"]:
    kind = layer["type"]
    if kind == "dense":
        modules.append(torch.nn.Linear(width, layer["units"], bias=layer["bias"]))
        width = layer["units"]
        if layer["activation"] != "linear":
            modules.append(activations[layer["activation"]]())
    elif kind == "dropout":
        modules.append(torch.nn.Dropout(layer["rate"]))
    elif kind == "batch_norm":
        modules.append(torch.nn.BatchNorm1d(width))
    elif kind == "layer_norm":
        modules.append(torch.nn.LayerNorm(width))
    elif kind != "linear":
        modules.append(activations[kind]())
net = torch.nn.Sequential(*modules)
tensors = load_file(model_path)
missing, unexpected = net.load_state_dict(tensors, strict=False)
missing = [m for m in missing if not m.endswith("num_batches_tracked")]
assert not missing and not unexpected, (missing, unexpected)
net.eval()

features = json.loads(meta["nnet.features"])
norm = json.loads(meta["nnet.normalization"])
with open(data_path, newline="") as f:
    rows = list(csv.DictReader(f))
x = torch.tensor([[float(r[name]) for name in features] for r in rows], dtype=torch.float32)
x = (x - torch.tensor(norm["offset"], dtype=torch.float32)) / torch.tensor(norm["scale"], dtype=torch.float32)
with torch.no_grad():
    p = net(x)

classes = json.loads(meta["nnet.classes"])
with open(predictions_path, newline="") as f:
    nnet = list(csv.DictReader(f))
assert len(nnet) == len(rows), (len(nnet), len(rows))
worst = 0.0
for i, row in enumerate(nnet):
    expected = torch.tensor([float(row["p_" + c]) for c in classes])
    worst = max(worst, float((p[i].double() - expected.double()).abs().max()))
    assert classes[int(p[i].argmax())] == row["predicted"] or float(p[i].max() - p[i].min()) < 1e-4, (i, row)
assert worst < 1e-5, worst

save_file({k: v.contiguous() for k, v in tensors.items()}, roundtrip_path, metadata=meta)
print("ok %d rows, %d tensors, largest difference %.3g" % (len(rows), len(tensors), worst))
