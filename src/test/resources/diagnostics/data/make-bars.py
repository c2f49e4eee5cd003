# Writes bars.csv: 8x8 grey images of one bar each (horizontal, vertical or diagonal) on noise,
# 30 of each class, pixels p0..p63 row by row. Deterministic: python3 make-bars.py > bars.csv
import random

rng = random.Random(7)
rows = []
for label in ["horizontal", "vertical", "diagonal"]:
    for _ in range(30):
        img = [[rng.random() * 0.3 for _ in range(8)] for _ in range(8)]
        at = rng.randrange(8)
        for i in range(8):
            if label == "horizontal":
                img[at][i] = 0.7 + rng.random() * 0.3
            elif label == "vertical":
                img[i][at] = 0.7 + rng.random() * 0.3
            else:
                img[i][(i + at) % 8] = 0.7 + rng.random() * 0.3
        rows.append([f"{v:.2f}" for line in img for v in line] + [label])
rng.shuffle(rows)
print(",".join([f"p{i}" for i in range(64)] + ["shape"]))
for r in rows:
    print(",".join(r))
