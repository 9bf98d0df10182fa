#!/usr/bin/env python3
"""Sanity checks for headlines.jsonl (see README.md). Prints OK on success."""
import json
import os
import sys
from collections import Counter

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "da", "tr"]
PER_LANG = 30
MIN_WORDS, MAX_WORDS = 3, 10


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "headlines.jsonl")
    errors = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if len(lines) != len(LANGS) * PER_LANG:
        errors.append(f"expected {len(LANGS) * PER_LANG} lines, got {len(lines)}")
    ids = Counter()
    langs = Counter()
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        if set(obj) != {"id", "lang", "text"}:
            errors.append(f"line {n}: unexpected keys {sorted(obj)}")
            continue
        hid, lang, text = obj["id"], obj["lang"], obj["text"]
        ids[hid] += 1
        langs[lang] += 1
        if lang not in LANGS:
            errors.append(f"line {n}: unknown lang {lang!r}")
        if not hid.startswith(lang + "-"):
            errors.append(f"line {n}: id {hid!r} does not match lang {lang!r}")
        if text != text.strip():
            errors.append(f"{hid}: leading/trailing whitespace")
        if text.rstrip().endswith("."):
            errors.append(f"{hid}: final period: {text!r}")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{hid}: {words} words (want {MIN_WORDS}-{MAX_WORDS}): {text!r}")
    for hid, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {hid!r} ({c}x)")
    for lang in LANGS:
        if langs[lang] != PER_LANG:
            errors.append(f"lang {lang}: {langs[lang]} headlines, want {PER_LANG}")
    if errors:
        print("\n".join(errors))
        print(f"FAIL ({len(errors)} problems)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
