#!/usr/bin/env python3
"""Trains the claim linker's lexical model (Sources/NewsCore/Claims/LinkModel.swift).

Input: the features that `newsreader-bench sts|msrp FILE --features OUT` writes (a header of
feature names after `gold`, then one pair a line). Output: the weights and bias of an
L2-regularised logistic regression, fitted by Newton's method (deterministic, no random
state), and its 5-fold cross-validated accuracy and F1 at 0.5, to paste into LinkModel.swift.
The decision threshold is then chosen on the same tuning pairs with the whole score (model times
the event rules) by `newsreader-bench`, which prints the best threshold.

    swift run -c release newsreader-bench sts ../shared/tuning/sts-indo-news-train.tsv --features /tmp/id.tsv
    python3 scripts/train-linker.py /tmp/id.tsv
"""
import sys

import numpy as np

L2 = 1.0


def read(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [list(map(float, line.split("\t"))) for line in f if line.strip()]
    data = np.array(rows)
    return header[1:], data[:, 1:], data[:, 0]


def fit(x, y):
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    penalty = np.eye(len(w)) * L2
    penalty[-1, -1] = 0  # the bias is not shrunk
    for _ in range(50):
        p = 1 / (1 + np.exp(-x1 @ w))
        gradient = x1.T @ (p - y) + penalty @ w
        hessian = x1.T @ (x1 * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w[:-1], w[-1]


def predict(w, b, x):
    return 1 / (1 + np.exp(-(x @ w + b)))


def scores(y, p, t=0.5):
    guess = p >= t
    tp = np.sum(guess & (y == 1))
    fp = np.sum(guess & (y == 0))
    fn = np.sum(~guess & (y == 1))
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return np.mean(guess == (y == 1)), f1


def main():
    names, x, y = read(sys.argv[1])
    folds = np.arange(len(y)) % 5
    results = []
    for k in range(5):
        w, b = fit(x[folds != k], y[folds != k])
        results.append(scores(y[folds == k], predict(w, b, x[folds == k])))
    accuracy, f1 = np.mean(results, axis=0)
    w, b = fit(x, y)
    print(f"pairs {len(y)}; 5-fold cross-validated at 0.5: accuracy {accuracy:.3f}, F1 {f1:.3f}")
    for name, value in zip(names, w):
        print(f"  {name:16s} {value:+.3f}")
    print(f"  {'bias':16s} {b:+.3f}")
    print("weights: [" + ", ".join(f"{v:.3f}" for v in w) + f"], bias: {b:.3f}")


if __name__ == "__main__":
    main()
