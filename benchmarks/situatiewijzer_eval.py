"""Situatiewijzer quality: for each situation of the frozen evaluation set, is an instrument the
seeds tie to it in the top 3 and the top 5 of the answer? Prints one line per situation and the
totals; exits 0 whatever the figures (a benchmark, not a test).

    python3 benchmarks/situatiewijzer_eval.py [--set tests/data/situatiewijzer_evaluation.yml]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wegwijzer.catalogue import build_catalogue  # noqa: E402
from wegwijzer.situations import Choice, advise  # noqa: E402


def evaluate(root: Path, evaluation: Path) -> list[dict]:
    catalogue = build_catalogue(root)
    instruments = {slug: entry.model for slug, entry in catalogue.instruments.items()}
    rows = []
    for case in yaml.safe_load(evaluation.read_text(encoding="utf-8"))["situaties"]:
        keuzes = case["keuzes"]
        ranked = [fit.slug for fit in advise(instruments, Choice(**keuzes)).ranked()]
        expected = [item["instrument"] for item in case["verwacht"]]
        positions = [ranked.index(slug) + 1 for slug in expected if slug in ranked]
        rows.append({
            "id": case["id"], "keuzes": keuzes, "expected": expected,
            "best": min(positions, default=None), "shown": len(ranked),
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=str(ROOT / "tests" / "data" / "situatiewijzer_evaluation.yml"))
    parser.add_argument("--root", default=str(ROOT))
    args = parser.parse_args(argv)
    rows = evaluate(Path(args.root), Path(args.set))
    for row in rows:
        k = row["keuzes"]
        best = row["best"] or "-"
        print(f"{row['id'][:48]:48} {k['fase']:>16} {k['niveau']:>11} {k['behoefte']:>14}  "
              f"best {best!s:>2} of {row['shown']:>2}  top3 {'ja ' if row['best'] and row['best'] <= 3 else 'nee'}"
              f"  top5 {'ja' if row['best'] and row['best'] <= 5 else 'nee'}")
    total = len(rows)
    top3 = sum(1 for r in rows if r["best"] and r["best"] <= 3)
    top5 = sum(1 for r in rows if r["best"] and r["best"] <= 5)
    print(f"\n{total} situaties: top 3 {top3}/{total} ({100 * top3 / total:.0f}%), "
          f"top 5 {top5}/{total} ({100 * top5 / total:.0f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
