"""The weight of each field in Material's search index, set after Material writes it.

Material weighs a word in a title 1,000 times a word in the text (and a word in `tags` a million
times). For names that is right, but a visitor who describes a need ("werken met behoud van
uitkering") then gets whichever page has one of those words at the start of its title, because
Material also matches the start of words. Measured on the frozen evaluation set
(benchmarks/search_eval.py), a title weight of a few times the text keeps names first and lets
descriptions find the page whose summary and 'Past bij vragen als' say the same.
"""

from __future__ import annotations

import json
from pathlib import Path

FIELD_BOOSTS = {"title": 3.0, "text": 1.0, "tags": 3.0}


def with_field_boosts(index: dict) -> dict:
    fields = index.get("config", {}).get("fields", {})
    for name, boost in FIELD_BOOSTS.items():
        if name in fields:
            fields[name]["boost"] = boost
    return index


def tune(site_dir: Path) -> bool:
    """Rewrite site_dir/search/search_index.json in place; False when there is none."""
    path = site_dir / "search" / "search_index.json"
    if not path.is_file():
        return False
    index = with_field_boosts(json.loads(path.read_text(encoding="utf-8")))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return True
