#!/usr/bin/env python3
"""Verify gold.jsonl of news4. Exit status 0 only if every check passes.

Checks: valid JSON with exactly the expected keys; 36 lines, 6 per language,
unique ids; headline line without final period, one newline, body of 3-7
sentences and 55-110 words; entity types; offsets match the text; spans
sorted, non-overlapping and on word boundaries; every name listed in make.py
occurs as a span; no unmarked whole-word repeat of a marked string.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make  # noqa: E402

LANGS = make.LANGS
TYPES = {"PERSON", "ORGANIZATION"}
errors = []


def err(msg):
    errors.append(msg)


def sentences(body):
    # A sentence ends in . ! or ? followed by whitespace and an upper-case
    # letter or digit (or by the end). Croatian ordinals followed by a
    # lower-case word ("16. kolu", "2028. namjerava") and initials
    # ("M. Fanshurullah") do not end a sentence.
    n = 0
    for m in re.finditer(r"[.!?](?=\s+\S|\s*$)", body):
        i = m.start()
        prev = body[i - 1] if i else ""
        nxt = body[m.end():].lstrip()[:1]
        if body[i] == "." and prev.isupper() and (i < 2 or not body[i - 2].isalnum()):
            continue
        if nxt and not nxt.isupper() and not nxt.isdigit():
            continue
        n += 1
    return n


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines.pop()
    recs = []
    for k, line in enumerate(lines, 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {k}: bad JSON: {e}")
    if len(recs) != 36:
        err(f"expected 36 records, got {len(recs)}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for lang in LANGS:
        got = sorted(r["id"] for r in recs if r.get("lang") == lang)
        want = sorted(f"{lang}-{i}" for i in range(1, 7))
        if got != want:
            err(f"{lang}: ids {got} != {want}")

    listed = {p["id"]: p["ents"] for p in make.PARAS}
    words_all = []
    for r in recs:
        rid = r.get("id")
        if set(r) != {"id", "lang", "text", "entities"}:
            err(f"{rid}: keys {sorted(r)}")
            continue
        if rid.split("-")[0] != r["lang"]:
            err(f"{rid}: lang {r['lang']}")
        text = r["text"]
        if text.count("\n") != 1:
            err(f"{rid}: text must have exactly one newline")
            continue
        head, body = text.split("\n")
        if not head.strip() or head.rstrip().endswith("."):
            err(f"{rid}: headline empty or ends with a period")
        if head != head.strip() or body != body.strip():
            err(f"{rid}: stray whitespace")
        nw = len(body.split())
        words_all.append(nw)
        if not 55 <= nw <= 110:
            err(f"{rid}: body has {nw} words")
        ns = sentences(body)
        if not 3 <= ns <= 7:
            err(f"{rid}: body has {ns} sentences")

        ents = r["entities"]
        prev_end = -1
        for e in ents:
            if set(e) != {"type", "start", "end", "text"}:
                err(f"{rid}: entity keys {sorted(e)}")
                continue
            a, b = e["start"], e["end"]
            if e["type"] not in TYPES:
                err(f"{rid}: type {e['type']}")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                err(f"{rid}: bad offsets {a},{b}")
                continue
            if text[a:b] != e["text"]:
                err(f"{rid}: text[{a}:{b}]={text[a:b]!r} != {e['text']!r}")
            if e["text"] != e["text"].strip() or "\n" in e["text"]:
                err(f"{rid}: span with outer whitespace or newline {e['text']!r}")
            if a < prev_end:
                err(f"{rid}: overlap or unsorted at {a}")
            prev_end = b
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                err(f"{rid}: span {e['text']!r} at {a} cuts a word")

        # every listed name occurs as a span
        marked = {(e["type"], e["text"]) for e in ents}
        for item in listed.get(rid, []):
            if (item[0], item[1]) not in marked:
                err(f"{rid}: listed {item[1]!r} ({item[0]}) not marked")
        # no unmarked whole-word repeat of a marked string
        for s in {e["text"] for e in ents}:
            for (a, b) in make.find_whole(text, s):
                if not any(e["start"] <= a and b <= e["end"] for e in ents):
                    err(f"{rid}: unmarked occurrence of {s!r} at {a}")
        # the same string never gets two types in one paragraph
        types = {}
        for e in ents:
            types.setdefault(e["text"], set()).add(e["type"])
        for s, t in types.items():
            if len(t) > 1:
                err(f"{rid}: {s!r} has types {sorted(t)}")

    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    n_ent = sum(len(r["entities"]) for r in recs)
    print(f"OK: {len(recs)} paragraphs, {n_ent} entity mentions, body words "
          f"{min(words_all)}-{max(words_all)} (mean {sum(words_all)/len(words_all):.1f})")


if __name__ == "__main__":
    main()
