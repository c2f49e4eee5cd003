"""Writes wine.csv, breast_cancer.csv, digits.csv and diabetes.csv from the copies of these data sets
that Debian's python3-sklearn ships: /usr/bin/python3 examples/data/from_sklearn.py"""
import csv

from sklearn import datasets


def number(v):
    s = repr(float(v))
    return s[:-2] if s.endswith('.0') else s


def write(path, names, rows, targets, cell=number):
    with open(path, 'w', newline='') as f:
        out = csv.writer(f, lineterminator='\n')
        out.writerow(names)
        for row, target in zip(rows, targets):
            out.writerow([cell(v) for v in row] + [target])


b = datasets.load_wine()
write('examples/data/wine.csv', [n.replace('/', '_') for n in b.feature_names] + ['cultivar'], b.data,
      [b.target_names[i] for i in b.target])
b = datasets.load_breast_cancer()
write('examples/data/breast_cancer.csv', [n.replace(' ', '_') for n in b.feature_names] + ['diagnosis'], b.data,
      [b.target_names[i] for i in b.target])
b = datasets.load_digits()
write('examples/data/digits.csv', ['p%d_%d' % (i // 8, i % 8) for i in range(64)] + ['digit'], b.data, b.target,
      lambda v: str(int(v)))
b = datasets.load_diabetes(scaled=False)
write('examples/data/diabetes.csv', ['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6', 'progression'],
      b.data, [number(t) for t in b.target])
