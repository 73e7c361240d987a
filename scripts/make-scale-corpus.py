#!/usr/bin/env python3
"""Make a large benchmark corpus from a real one (CLICK-ID) by amplifying it.

    scripts/make-scale-corpus.py INPUT.jsonl.gz OUTPUT.jsonl.gz --articles 100000 \
        [--seed 1] [--rss-dir DIR]

The output is JSONL (gzip), one article a line, in the schema of the input
({"id", "outlet", "title", "published", "url", "body"}; other fields pass through).
It is written in generations: generation 0 is the input as it is; generation N
(N >= 1) is a lightly edited copy of each input article:

  - id `ORIG~cN`, url with `#cN` appended;
  - `published` moved forward by 7 * (8N + j) days (j in 0..2, fixed by the seed
    and N), and the same shift applied to dates written in the body as
    `D/M/YYYY` or `D Bulan YYYY`. Whole weeks keep weekday names true; more than
    a month between generations keeps a copy's undated sentences from joining
    the original's claims (the linker refuses times more than 31 days apart),
    while articles of one generation keep the spacing they had, so cross-outlet
    links within a generation stay as dense as in the real corpus;
  - in about a quarter of the sentences one or two words swapped or dropped;
    in some paragraphs a sentence dropped or two sentences swapped; the title
    with two words swapped or one word dropped.

When the last generation is only partly needed, its articles are picked at an
even stride through the input, so every outlet and period is represented.
Everything is deterministic for a given input and --seed (the gzip header
carries no time stamp, so the output bytes repeat too). The input is read again
for every generation and nothing is held but one article, so memory stays flat.

With --rss-dir DIR the same articles are also written as RSS 2.0 files for the
newsboat peer benchmark: DIR/OUTLET-NNN.xml, at most 1,000 items a file, items
with title, link, guid (the article id), pubDate (RFC 822) and description (the
body), plus DIR/urls, a newsboat url file naming every feed as a file:// URL.
The .xml files and the urls file already in DIR are replaced.
"""

import argparse
import datetime as dt
import email.utils
import gzip
import json
import os
import random
import re
import sys
import time
import urllib.parse
from xml.sax.saxutils import escape

MONTHS_ID = ["januari", "februari", "maret", "april", "mei", "juni", "juli",
             "agustus", "september", "oktober", "november", "desember"]
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july",
             "august", "september", "october", "november", "december"]
MONTH_NUMBER = {name: i + 1 for names in (MONTHS_ID, MONTHS_EN) for i, name in enumerate(names)}
MONTH_NUMBER.update({"agu": 8, "agt": 8, "okt": 10, "des": 12, "peb": 2, "nop": 11})

NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
NAMED_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
                        + r")\.? ((?:19|20)\d\d)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
JAKARTA = dt.timezone(dt.timedelta(hours=7))

ITEMS_PER_FEED = 1000


def generation_shift(seed, generation):
    """Days generation `generation` is moved forward: whole weeks, at least 56 apart."""
    if generation == 0:
        return 0
    jitter = random.Random(f"shift\x1f{seed}\x1f{generation}").randrange(3)
    return 7 * (8 * generation + jitter)


def shift_published(value, days):
    """`YYYY-MM-DD` or an ISO date-time moved by `days`, in the form it came in."""
    if not value or days == 0:
        return value
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return (day + dt.timedelta(days=days)).isoformat() + value[10:]


def shift_body_dates(text, days):
    """Dates written in the text (10/9/2019, 10 September 2019) moved by `days`."""
    if days == 0:
        return text

    def numeric(m):
        try:
            day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) + dt.timedelta(days=days)
        except ValueError:
            return m.group(0)
        return f"{day.day}/{day.month}/{day.year}"

    def named(m):
        word = m.group(2)
        month = MONTH_NUMBER[word.lower()]
        try:
            day = dt.date(int(m.group(3)), month, int(m.group(1))) + dt.timedelta(days=days)
        except ValueError:
            return m.group(0)
        names = MONTHS_EN if word.lower() in MONTHS_EN and word.lower() not in MONTHS_ID else MONTHS_ID
        name = names[day.month - 1]
        if word.isupper():
            name = name.upper()
        elif word[0].isupper():
            name = name.capitalize()
        return f"{day.day} {name} {day.year}"

    return NAMED_DATE.sub(named, NUMERIC_DATE.sub(numeric, text))


def edit_words(words, rng, operations):
    """Swaps two neighbouring words or drops one, `operations` times; the last word stays."""
    for _ in range(operations):
        if len(words) < 4:
            break
        i = rng.randrange(len(words) - 2)
        if rng.random() < 0.5:
            words[i], words[i + 1] = words[i + 1], words[i]
        else:
            del words[i]
    return words


def edit_sentence(sentence, rng):
    words = sentence.split(" ")
    if len(words) < 6:
        return sentence
    first_upper = words[0][:1].isupper()
    words = edit_words(words, rng, 1 if rng.random() < 0.7 else 2)
    if first_upper and words[0][:1].islower():
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def edit_body(body, rng):
    paragraphs = []
    for paragraph in body.split("\n"):
        sentences = SENTENCE_END.split(paragraph) if paragraph.strip() else [paragraph]
        if len(sentences) >= 3:
            roll = rng.random()
            if roll < 0.08:
                del sentences[rng.randrange(1, len(sentences))]
            elif roll < 0.16:
                i = rng.randrange(1, len(sentences) - 1)
                sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
        sentences = [edit_sentence(s, rng) if rng.random() < 0.25 else s for s in sentences]
        paragraphs.append(" ".join(sentences))
    edited = "\n".join(paragraphs)
    return edited if edited.strip() else body


def edit_title(title, rng):
    words = title.split(" ")
    if len(words) < 4:
        return title
    i = rng.randrange(1, len(words) - 1)
    if rng.random() < 0.6:
        words[i - 1], words[i] = words[i], words[i - 1]
        if words[0][:1].islower() and words[1][:1].isupper():
            words[0] = words[0][:1].upper() + words[0][1:]
    else:
        del words[i]
    return " ".join(words)


def copy_article(article, generation, seed, days):
    if generation == 0:
        return article
    rng = random.Random(f"{seed}\x1f{article.get('id')}\x1f{generation}")
    out = dict(article)
    out["id"] = f"{article.get('id')}~c{generation}"
    if isinstance(article.get("url"), str) and article["url"]:
        out["url"] = f"{article['url']}#c{generation}"
    out["published"] = shift_published(article.get("published"), days)
    if isinstance(article.get("title"), str):
        out["title"] = edit_title(shift_body_dates(article["title"], days), rng)
    if isinstance(article.get("body"), str):
        out["body"] = edit_body(shift_body_dates(article["body"], days), rng)
    return out


def rfc822(published):
    """RFC 822 date of a `published` value; date-only values are midnight in Jakarta."""
    if not published:
        return None
    try:
        if len(published) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(published), dt.time(0, 0), JAKARTA)
        else:
            moment = dt.datetime.fromisoformat(published)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=JAKARTA)
    except ValueError:
        return None
    return email.utils.format_datetime(moment)


def xml_text(value):
    return escape(XML_INVALID.sub("", value or ""))


class RSSWriter:
    """One RSS 2.0 file per outlet per ITEMS_PER_FEED items; at most one open file per outlet."""

    def __init__(self, directory):
        self.directory = os.path.abspath(directory)
        os.makedirs(self.directory, exist_ok=True)
        for name in os.listdir(self.directory):
            if name.endswith(".xml") or name == "urls":
                os.remove(os.path.join(self.directory, name))
        self.open = {}    # outlet -> [file, items written]
        self.counts = {}  # outlet -> files started
        self.paths = []

    def add(self, article):
        outlet = article.get("outlet") or "unknown"
        slot = self.open.get(outlet)
        if slot is None:
            number = self.counts.get(outlet, 0) + 1
            self.counts[outlet] = number
            slug = re.sub(r"[^A-Za-z0-9.-]+", "-", outlet).strip("-") or "unknown"
            path = os.path.join(self.directory, f"{slug}-{number:03d}.xml")
            handle = open(path, "w", encoding="utf-8")
            handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
                         f"<title>{xml_text(outlet)} {number}</title>\n"
                         f"<link>https://{xml_text(outlet)}/</link>\n"
                         f"<description>{xml_text(outlet)}, part {number} of the scale corpus</description>\n")
            self.paths.append(path)
            slot = self.open[outlet] = [handle, 0]
        handle = slot[0]
        handle.write("<item>\n")
        handle.write(f"<title>{xml_text(article.get('title'))}</title>\n")
        if article.get("url"):
            handle.write(f"<link>{xml_text(article['url'])}</link>\n")
        handle.write(f'<guid isPermaLink="false">{xml_text(str(article.get("id")))}</guid>\n')
        date = rfc822(article.get("published"))
        if date:
            handle.write(f"<pubDate>{date}</pubDate>\n")
        handle.write(f"<description>{xml_text(article.get('body'))}</description>\n</item>\n")
        slot[1] += 1
        if slot[1] >= ITEMS_PER_FEED:
            self._close(outlet)

    def _close(self, outlet):
        handle = self.open.pop(outlet)[0]
        handle.write("</channel>\n</rss>\n")
        handle.close()

    def finish(self):
        for outlet in list(self.open):
            self._close(outlet)
        urls = os.path.join(self.directory, "urls")
        with open(urls, "w", encoding="utf-8") as handle:
            for path in sorted(self.paths):
                handle.write(f"file://{urllib.parse.quote(path)}\n")
        return len(self.paths)


def read_articles(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{path}:{number}: skipped, not JSON: {error}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description="Amplify a JSONL corpus into a larger benchmark corpus.")
    parser.add_argument("input", help="input corpus, .jsonl or .jsonl.gz")
    parser.add_argument("output", help="output corpus, .jsonl.gz (gzip is used whatever the name)")
    parser.add_argument("--articles", type=int, default=100_000, help="articles to write (default 100000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the edits and date shifts (default 1)")
    parser.add_argument("--rss-dir", help="also write the articles as RSS 2.0 files and a newsboat urls file here")
    args = parser.parse_args()
    if args.articles < 1:
        parser.error("--articles must be at least 1")

    started = time.monotonic()
    available = sum(1 for _ in read_articles(args.input))
    if available == 0:
        sys.exit(f"make-scale-corpus: no articles in {args.input}")
    rss = RSSWriter(args.rss_dir) if args.rss_dir else None
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    temporary = args.output + ".part"
    written = 0
    with open(temporary, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as out:
        generation = 0
        while written < args.articles:
            wanted = min(available, args.articles - written)
            days = generation_shift(args.seed, generation)
            for index, article in enumerate(read_articles(args.input)):
                if index >= available:
                    break
                # An even stride: article `index` is taken when the running quota steps up.
                if (index + 1) * wanted // available == index * wanted // available:
                    continue
                copy = copy_article(article, generation, args.seed, days)
                out.write((json.dumps(copy, ensure_ascii=False) + "\n").encode("utf-8"))
                if rss:
                    rss.add(copy)
                written += 1
            generation += 1
    os.replace(temporary, args.output)
    feeds = rss.finish() if rss else 0
    summary = f"make-scale-corpus: {written} articles ({generation} generations of {available}) in {args.output}"
    if rss:
        summary += f"; {feeds} RSS feeds in {rss.directory}"
    print(f"{summary}; {time.monotonic() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
