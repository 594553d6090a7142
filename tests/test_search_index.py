"""The search index's field weights are set after Material writes the index."""

from __future__ import annotations

import json

from wegwijzer import search_index


def test_field_boosts_are_rewritten_and_nothing_else(tmp_path):
    index = {
        "config": {"lang": ["nl"], "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0},
                                               "tags": {"boost": 1000000.0}}},
        "docs": [{"location": "a/", "title": "A", "text": "tekst"}],
    }
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    assert search_index.tune(tmp_path)
    tuned = json.loads((tmp_path / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {f: v["boost"] for f, v in tuned["config"]["fields"].items()} == search_index.FIELD_BOOSTS
    assert tuned["docs"] == index["docs"] and tuned["config"]["lang"] == ["nl"]


def test_a_site_without_search_is_left_alone(tmp_path):
    assert not search_index.tune(tmp_path)
