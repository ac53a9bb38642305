#!/usr/bin/env python3
"""Five-fold discipline for the German quote and speaker rules (issue 16).

The 998 WikiNews articles (train, dev and test together) are split into five folds by a hash of
the article id, so the split never changes and does not follow the corpus's own splits. Write rules
from the errors of four folds (--errors-for K prints them), then check them on the fold left out:
a rule that only helps where it was written is overfitting. The script prints quote F1 and speaker
accuracy per fold and per original split, with the mean and the spread (sample standard deviation,
min-max) over the folds.

Usage:
  MARGINALIA_BIN=.build/release/marginalia python3 scripts/quality/quote-folds.py \
      [--data /work/shared/data/quotes-de-wikinews] [--folds 5] [--errors-for K]

Nothing derived from the corpus is written into the project: fold files go to a temporary folder.
"""
import argparse, hashlib, json, os, re, statistics, subprocess, sys, tempfile

def fold_of(article_id, folds):
    return int(hashlib.sha256(str(article_id).encode()).hexdigest(), 16) % folds

def evaluate(binary, path, errors=False):
    args = [binary, "eval", "quotes", "--wikinews", path] + (["--errors"] if errors else [])
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    if errors:
        return out
    f1 = float(re.search(r"F1 ([0-9.]+)", out).group(1))
    p = float(re.search(r"precision ([0-9.]+)", out).group(1))
    r = float(re.search(r"recall ([0-9.]+)", out).group(1))
    m = re.search(r"speaker accuracy ([0-9.]+) \((\d+) of (\d+)", out)
    return {"P": p, "R": r, "F1": f1, "speaker": float(m.group(1)), "right": int(m.group(2)), "scored": int(m.group(3))}

def spread(values):
    mean = statistics.mean(values)
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"mean {mean:.3f} sd {sd:.3f} (min {min(values):.3f}, max {max(values):.3f})"

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/work/shared/data/quotes-de-wikinews")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--errors-for", type=int, metavar="K",
                    help="print the --errors listing of every fold except K (the folds to write rules from)")
    opts = ap.parse_args()
    binary = os.environ.get("MARGINALIA_BIN", "marginalia")
    splits = {}
    for name in ("train", "dev", "test"):
        with open(os.path.join(opts.data, name + ".jsonl"), encoding="utf-8") as f:
            splits[name] = [line for line in f if line.strip()]
    folds = [[] for _ in range(opts.folds)]
    for lines in splits.values():
        for line in lines:
            folds[fold_of(json.loads(line)["id"], opts.folds)].append(line)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k, lines in enumerate(folds):
            path = os.path.join(tmp, f"fold{k}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(lines)
            paths.append(path)
        if opts.errors_for is not None:
            for k, path in enumerate(paths):
                if k != opts.errors_for:
                    print(f"# fold {k}")
                    print(evaluate(binary, path, errors=True))
            return
        for name in ("train", "dev", "test"):
            r = evaluate(binary, os.path.join(opts.data, name + ".jsonl"))
            print(f"split {name:5}  quote P {r['P']:.3f} R {r['R']:.3f} F1 {r['F1']:.3f}  speaker {r['speaker']:.3f} ({r['right']}/{r['scored']})")
        results = []
        for k, path in enumerate(paths):
            r = evaluate(binary, path)
            results.append(r)
            print(f"fold {k} ({len(folds[k])} articles)  quote F1 {r['F1']:.3f}  speaker {r['speaker']:.3f} ({r['right']}/{r['scored']})")
        print(f"folds quote F1: {spread([r['F1'] for r in results])}")
        print(f"folds speaker:  {spread([r['speaker'] for r in results])}")

if __name__ == "__main__":
    main()
