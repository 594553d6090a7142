"""Readability of the advice employers read: Flesch-Douma (the Dutch Flesch reading ease) for
every outcome of every tree whose audience includes werkgevers, and the employer-facing
questions. Target: 60 or more (plain Dutch, about B1). Prints figures; exits 0.

    python3 benchmarks/readability.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import textstat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wegwijzer.catalogue import build_catalogue  # noqa: E402
from wegwijzer.pages_selectie import plain_text  # noqa: E402

TARGET = 60


def score(text: str) -> float:
    textstat.set_lang("nl")
    return textstat.flesch_reading_ease(text)


def main() -> int:
    catalogue = build_catalogue(ROOT)
    rows = []
    for slug, entry in catalogue.beslisbomen.items():
        boom = entry.model
        if "werkgever" not in boom.doelgroep:
            continue
        for node, uitkomst in boom.uitkomsten.items():
            text = plain_text(uitkomst.tekst) + " " + plain_text(uitkomst.volgende_stap)
            rows.append((f"{slug}/{node}", score(text), len(re.findall(r"\w+", text))))
    for name, value, words in sorted(rows, key=lambda r: r[1]):
        mark = "" if value >= TARGET else "  < doel"
        print(f"{name:70} {value:6.1f}  ({words} woorden){mark}")
    met = sum(1 for _, value, _ in rows if value >= TARGET)
    average = sum(value for _, value, _ in rows) / len(rows) if rows else 0
    print(f"\n{len(rows)} uitkomsten voor werkgevers: gemiddeld {average:.1f}; "
          f"{met}/{len(rows)} halen {TARGET} of meer (Flesch-Douma)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
