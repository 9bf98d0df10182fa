#!/usr/bin/env python3
"""Verify gold.jsonl of the news5 set.

Checks: valid JSON, 72 lines, 6 paragraphs per language, ids and langs,
headline/body shape, offsets match the text, spans sorted and not
overlapping, span edges on word boundaries, every name listed in make.py
occurs and is marked, no unmarked whole-word occurrence of a marked string,
and gold.jsonl equals what make.py generates now.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def main():
    path = os.path.join(HERE, "gold.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 72:
        err(f"expected 72 lines, got {len(lines)}")
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON: {e}")
    listed = {pid: ents for pid, _h, _b, ents in make.PARAS}

    per_lang = {}
    datelines = 0
    ids = set()
    dateline_re = re.compile(r"^[^\s(][^()\n]{1,30} \([^()]+\) [-\u2013\u2014] ")
    for r in rows:
        pid = r.get("id")
        if set(r) != {"id", "lang", "text", "entities"}:
            err(f"{pid}: wrong keys {sorted(r)}")
        if pid in ids:
            err(f"{pid}: duplicate id")
        ids.add(pid)
        lang, _, num = pid.partition("-")
        if r["lang"] != lang or lang not in make.LANGS or num not in "123456":
            err(f"{pid}: bad id/lang")
        per_lang[lang] = per_lang.get(lang, 0) + 1
        text = r["text"]
        if text.count("\n") != 1:
            err(f"{pid}: text must be headline + newline + body")
        head, _, body = text.partition("\n")
        if head.endswith(".") or head != head.strip() or body != body.strip():
            err(f"{pid}: headline/body shape")
        words = len(body.split())
        if not 55 <= words <= 110:
            err(f"{pid}: body has {words} words")
        sents = len(re.findall(r"[.!?][\u00bb\u201c\u201d\"\u00ab]?(?=\s+[A-ZÀ-ÝА-ЯŁŚŻŹĆŃÓČŘŠŽÚŮÝÆØÅ\u00ab\u201e\"«]|$)", body))
        if not 3 <= sents <= 7:
            err(f"{pid}: about {sents} sentences")
        if dateline_re.match(body):
            datelines += 1
        ents = r["entities"]
        prev_end = -1
        for e in ents:
            if set(e) != {"type", "start", "end", "text"}:
                err(f"{pid}: entity keys {sorted(e)}")
                continue
            if e["type"] not in ("PERSON", "ORGANIZATION"):
                err(f"{pid}: bad type {e['type']}")
            s, t = e["start"], e["end"]
            if not (0 <= s < t <= len(text)):
                err(f"{pid}: bad offsets {e}")
                continue
            if text[s:t] != e["text"]:
                err(f"{pid}: offsets do not match {e}: {text[s:t]!r}")
            if s < prev_end:
                err(f"{pid}: overlap or unsorted at {e}")
            prev_end = t
            if s > 0 and text[s - 1].isalnum() or t < len(text) and text[t].isalnum():
                err(f"{pid}: span not on word boundary {e}")
            if e["text"] != e["text"].strip():
                err(f"{pid}: span has outer whitespace {e}")
        # every listed name occurs and is marked
        marked = {(e["type"], e["text"]) for e in ents}
        for ent in listed.get(pid, []):
            t, name = ent[0], ent[1]
            if (make.TYPES[t], name) not in marked:
                err(f"{pid}: listed name {name!r} not marked")
        # no unmarked whole-word occurrence of a marked string
        for name in {e["text"] for e in ents}:
            for i in make.whole_word_occurrences(text, name):
                j = i + len(name)
                if not any(e["start"] <= i and j <= e["end"] for e in ents):
                    err(f"{pid}: unmarked occurrence of {name!r} at {i}")
    for lang in make.LANGS:
        if per_lang.get(lang) != 6:
            err(f"{lang}: {per_lang.get(lang)} paragraphs, expected 6")
    if set(listed) != ids:
        err("ids in make.py and gold.jsonl differ")
    fresh = [json.dumps(r, ensure_ascii=False) for r in make.build()]
    if fresh != lines:
        err("gold.jsonl differs from what make.py generates; run make.py")
    if errors:
        for m in errors:
            print("FAIL", m)
        sys.exit(1)
    print(f"OK: {len(rows)} paragraphs, {datelines} with a dateline, "
          f"{sum(len(r['entities']) for r in rows)} entity spans")


if __name__ == "__main__":
    main()
