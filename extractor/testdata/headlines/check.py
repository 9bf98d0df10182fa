#!/usr/bin/env python3
"""Verify gold.jsonl of the `headlines` set. Prints OK ... and exits 0, or
lists the problems and exits 1."""
import json
import os
import re
import sys

import make

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "ORGANIZATION"}
PER_LANG = 20
CLOSERS = "\"'»«“”„’"


def whole(text, s):
    return list(make.find_whole(text, s))


def is_title_case(text):
    words = [w for w in text.split() if w[:1].isalpha()]
    return all(w[0].isupper() for w in words if len(w) >= 4)


def main():
    probs = []
    path = os.path.join(HERE, "gold.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    docs = []
    for k, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            probs.append("line %d: invalid JSON: %s" % (k, e))
            continue
        if set(d) != {"id", "lang", "text", "entities"}:
            probs.append("line %d: keys %s" % (k, sorted(d)))
            continue
        docs.append(d)

    if len(lines) != PER_LANG * len(make.LANGS):
        probs.append("expected %d lines, got %d" % (PER_LANG * len(make.LANGS), len(lines)))
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        probs.append("duplicate ids")
    for lang in make.LANGS:
        n = sum(1 for d in docs if d["lang"] == lang)
        if n != PER_LANG:
            probs.append("%s: %d headlines, expected %d" % (lang, n, PER_LANG))
    for d in docs:
        if d["lang"] not in make.LANGS:
            probs.append("%s: unknown lang %s" % (d["id"], d["lang"]))
        if not d["id"].startswith(d["lang"] + "-"):
            probs.append("%s: id does not match lang" % d["id"])

    # gold.jsonl must be what make.py produces
    listed = {}
    n = {}
    for lang, text, names in make.DATA:
        n[lang] = n.get(lang, 0) + 1
        listed["%s-%d" % (lang, n[lang])] = (text, names)
    if [json.dumps(d, ensure_ascii=False) for d in make.build()] != lines:
        probs.append("gold.jsonl differs from make.py output (run python3 make.py)")

    stats = {lang: {"none": 0, "lower_after": 0, "lower_in_org": 0, "title": 0}
             for lang in make.LANGS}
    for d in docs:
        t, es, i = d["text"], d["entities"], d["id"]
        st = stats.get(d["lang"])
        if t != t.strip() or "\n" in t:
            probs.append("%s: whitespace/newline problem" % i)
        if t.endswith("."):
            probs.append("%s: final period" % i)
        nw = len(t.split())
        if not 5 <= nw <= 14:
            probs.append("%s: %d words" % (i, nw))
        prev_end = -1
        for e in es:
            if set(e) != {"type", "start", "end", "text"}:
                probs.append("%s: entity keys %s" % (i, sorted(e)))
                continue
            a, b = e["start"], e["end"]
            if e["type"] not in TYPES:
                probs.append("%s: type %s" % (i, e["type"]))
            if not (0 <= a < b <= len(t)) or t[a:b] != e["text"]:
                probs.append("%s: offsets do not match %r" % (i, e["text"]))
                continue
            if a < prev_end:
                probs.append("%s: spans unsorted or overlapping at %r" % (i, e["text"]))
            prev_end = b
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                probs.append("%s: span cuts a word: %r" % (i, e["text"]))
            if e["text"] != e["text"].strip():
                probs.append("%s: span has outer whitespace: %r" % (i, e["text"]))
        # every marked string: every whole-word occurrence covered
        types_of = {}
        for e in es:
            types_of.setdefault(e["text"], set()).add(e["type"])
            for p in whole(t, e["text"]):
                q = p + len(e["text"])
                if not any(x["start"] <= p and q <= x["end"] for x in es):
                    probs.append("%s: unmarked repeat of %r at %d" % (i, e["text"], p))
        for s, ty in types_of.items():
            if len(ty) > 1:
                probs.append("%s: %r has two types" % (i, s))
        # every listed name occurs as a span with its type
        if i in listed:
            text, names = listed[i]
            if text != t:
                probs.append("%s: text differs from make.py" % i)
            for typ, s in names:
                if not any(e["text"] == s and e["type"] == typ for e in es):
                    probs.append("%s: listed name %r (%s) not marked" % (i, s, typ))
        else:
            probs.append("%s: not in make.py" % i)
        # design targets (per language)
        if st is None:
            continue
        if not es:
            st["none"] += 1
        if any(re.match(r"[%s]*\s+[^\W\d_]" % re.escape(CLOSERS), t[e["end"]:])
               and re.match(r"[%s]*\s+(\w)" % re.escape(CLOSERS), t[e["end"]:]).group(1).islower()
               for e in es):
            st["lower_after"] += 1
        if any(e["type"] == "ORGANIZATION" and any(w[:1].islower() for w in e["text"].split())
               for e in es):
            st["lower_in_org"] += 1
        if is_title_case(t):
            st["title"] += 1

    for lang, st in stats.items():
        if st["none"] < 3:
            probs.append("%s: only %d headlines without names" % (lang, st["none"]))
        if st["lower_after"] < 4:
            probs.append("%s: only %d headlines with name + lowercase word" % (lang, st["lower_after"]))
        if st["lower_in_org"] < 2:
            probs.append("%s: only %d orgs with a lowercase word" % (lang, st["lower_in_org"]))
    if stats["en"]["title"] != 3:
        probs.append("en: %d Title Case headlines, expected 3" % stats["en"]["title"])

    if probs:
        print("\n".join(probs))
        return 1
    ne = sum(len(d["entities"]) for d in docs)
    print("OK: %d headlines, %d entities; per language (no-name / name+lowercase / "
          "lowercase-in-org): %s" % (len(docs), ne, ", ".join(
              "%s %d/%d/%d" % (l, s["none"], s["lower_after"], s["lower_in_org"])
              for l, s in stats.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
