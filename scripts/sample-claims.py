#!/usr/bin/env python3
"""Draws a fixed random sample of 40 multi-outlet claims from `newsreader claims --json`.

For each claim it prints the id, speaker, outlet and article counts, and two mentions from
different outlets (the first mention, and the first mention from another outlet), each with
its article's outlet, id, date and title, the mention's speaker and relay, and the sentence.
The seed is fixed, so the same corpus and linker give the same sample, to be read by a person.

    newsreader claims --json --min-sources 2 ../shared/corpora/click-id.jsonl.gz > /tmp/claims.json
    python3 scripts/sample-claims.py /tmp/claims.json      # or pipe the JSON on stdin
    python3 scripts/sample-claims.py --seed 20261207 /tmp/claims.json

Another seed draws claims the last draw did not: with a fixed seed, a corpus whose claim count
barely moved gives nearly the same sample again.
"""
import json
import random
import sys

SEED = 20261122
SIZE = 40


def place(mention):
    """The sentence index, or `title` / `dek` for a headline or standfirst."""
    kind = mention.get("kind", "body")
    return mention["sentence"] if kind == "body" else kind


def mention_lines(label, mention, article):
    return [
        f"  {label} {article['outlet']} · {article['id']}:{place(mention)} · {article['published']} · score {mention['score']}",
        f"     title:   {article['title']}",
        f"     speaker: {mention['speaker']} · relay: {mention['relay']}",
        f"     text:    {mention['text']}",
    ] + ([f"     clause:  {clause_text(mention)}"] if mention.get("clause") else [])


def clause_text(mention):
    """The clause a mention covers, when its sentence holds two claims."""
    start, end = mention["clause"]
    return "".join(list(mention["text"])[start:end])


def main():
    args = sys.argv[1:]
    seed = SEED
    if args[:1] == ["--seed"] and len(args) >= 2:
        seed = int(args[1])
        args = args[2:]
    source = open(args[0], encoding="utf-8") if args else sys.stdin
    data = json.load(source)
    articles = {a["id"]: a for a in data["articles"]}
    claims = [c for c in data["claims"] if c["sources"] >= 2]
    sample = random.Random(seed).sample(claims, SIZE)
    print(f"{SIZE} of {len(claims)} claims with mentions from at least 2 outlets (seed {seed})")
    for n, claim in enumerate(sample, 1):
        first = claim["mentions"][0]
        outlet = articles[first["article"]]["outlet"]
        other = next(m for m in claim["mentions"] if articles[m["article"]]["outlet"] != outlet)
        print(f"\n{n}. {claim['id']} · speaker: {claim['speaker']} · "
              f"sources: {claim['sources']} · articles: {claim['articles']}")
        print("\n".join(mention_lines("A", first, articles[first["article"]])))
        print("\n".join(mention_lines("B", other, articles[other["article"]])))


if __name__ == "__main__":
    main()
