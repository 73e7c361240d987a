#!/usr/bin/env python3
"""Check a corpus made by scripts/make-scale-corpus.py against its input.

    scripts/index-bench/check-scale-corpus.py INPUT.jsonl.gz OUTPUT.jsonl.gz [--rss-dir DIR] [--show ID]

Prints: article count, whether ids are unique, how many copies have a shifted
date, an edited title, an edited body, dropped or reordered sentences, and the
fields of every line. With --rss-dir it also parses every feed and counts the
items. With --show ID it prints one copy beside its original (a word diff of
the lines that differ). Exits 1 when a check fails. Needs only Python 3.
"""

import argparse
import collections
import datetime as dt
import difflib
import gzip
import json
import os
import sys
import xml.etree.ElementTree as ET


def articles(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--rss-dir")
    parser.add_argument("--show")
    args = parser.parse_args()

    original = {a["id"]: a for a in articles(args.input)}
    input_keys = {tuple(a.keys()) for a in original.values()}
    ids = set()
    stats = collections.Counter()
    shifts = collections.Counter()
    failures = []
    for article in articles(args.output):
        stats["articles"] += 1
        if article["id"] in ids:
            stats["duplicate ids"] += 1
        ids.add(article["id"])
        if tuple(article.keys()) not in input_keys:
            stats["lines with other fields"] += 1
        base, _, generation = article["id"].partition("~c")
        source = original.get(base)
        if source is None:
            stats["ids with no original"] += 1
            continue
        if not generation:
            stats["originals"] += 1
            if article != source:
                stats["originals changed"] += 1
            continue
        stats["copies"] += 1
        if source.get("published") and article.get("published"):
            days = (dt.date.fromisoformat(article["published"][:10]) - dt.date.fromisoformat(source["published"][:10])).days
            shifts[(int(generation), days)] += 1
            if days > 31:
                stats["copies dated > 31 days later"] += 1
        if article.get("title") != source.get("title"):
            stats["copies with an edited title"] += 1
        if article.get("body") != source.get("body"):
            stats["copies with an edited body"] += 1
        old_lines, new_lines = source["body"].split("\n"), article["body"].split("\n")
        changed = sum(1 for a, b in zip(old_lines, new_lines) if a != b)
        stats["paragraphs edited (of copies)"] += changed
        stats["paragraphs (of copies)"] += len(old_lines)
        if article.get("url") == source.get("url"):
            stats["copies with the original url"] += 1
        if args.show and article["id"] == args.show:
            print(f"--- {base}\n+++ {article['id']}")
            print(f"title: {source.get('title')!r}\n    -> {article.get('title')!r}")
            print(f"published: {source.get('published')} -> {article.get('published')}")
            for old, new in zip(old_lines, new_lines):
                if old != new:
                    diff = [w for w in difflib.ndiff(old.split(" "), new.split(" ")) if w[0] in "+-"]
                    print("  ", " ".join(diff)[:300])
    for key, value in sorted(stats.items()):
        print(f"{key}: {value}")
    print("date shifts (generation: days -> copies):",
          ", ".join(f"{g}: {d} d x{n}" for (g, d), n in sorted(shifts.items())))
    if stats["duplicate ids"]:
        failures.append("duplicate ids")
    if stats["originals changed"]:
        failures.append("originals changed")
    if stats["copies"] and stats["copies with an edited body"] < 0.9 * stats["copies"]:
        failures.append("too few edited bodies")

    if args.rss_dir:
        items = 0
        guids = set()
        feeds = [name for name in os.listdir(args.rss_dir) if name.endswith(".xml")]
        for name in feeds:
            root = ET.parse(os.path.join(args.rss_dir, name)).getroot()
            for item in root.iter("item"):
                items += 1
                guids.add(item.findtext("guid"))
        with open(os.path.join(args.rss_dir, "urls"), encoding="utf-8") as handle:
            urls = [line.strip() for line in handle if line.strip()]
        print(f"rss: {len(feeds)} feeds, {items} items, {len(guids)} distinct guids, {len(urls)} urls")
        if items != stats["articles"] or len(guids) != items or len(urls) != len(feeds):
            failures.append("rss does not match the corpus")

    if failures:
        print("FAILED: " + ", ".join(failures))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
