"""The IHW guide, cases and trainers' pages: the rule for cases per role, natural order, the
'Genoemd' column and the steps in the navigation."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import ROOT

from wegwijzer import models
from wegwijzer.pages_casussen import ROLE_OF_CASE
from wegwijzer.pages_ihw import mentioned, natural_key


def test_natural_order():
    titles = ["medewerker 10", "medewerker 2", "Medewerker 1"]
    assert sorted(titles, key=natural_key) == ["Medewerker 1", "medewerker 2", "medewerker 10"]


@pytest.mark.parametrize(("genoemd", "text"), [
    (3, "3 keer"), (1, "1 keer"), ("projectdocumentatie", "in de projectdocumentatie"), (None, "—"),
])
def test_the_mentioned_column_holds_a_count_or_where(genoemd, text):
    assert mentioned(models.Telling(tekst="Iets dat hielp", genoemd=genoemd)) == text


def test_every_kind_of_case_belongs_to_one_role():
    kinds = set(models.CaseWork.__args__)
    assert set(ROLE_OF_CASE) == kinds
    assert set(ROLE_OF_CASE.values()) == set(models.ROL_LABELS)




def test_trainers_page_lists_each_case_once_in_natural_order(catalogue, markdown_pages):
    page = markdown_pages["voor-trainers.md"]
    roles = page.split("\n## ")[1:4]
    linked = [re.findall(r"\]\(casussen/([a-z0-9-]+)\.md\)", role) for role in roles]
    assert sorted(slug for slugs in linked for slug in slugs) == sorted(catalogue.casussen)
    for slugs in linked:
        titles = [catalogue.casussen[s].model.titel for s in slugs]
        assert titles == sorted(titles, key=natural_key)


def test_a_lesmap_per_role_with_its_cases_and_questions(catalogue, markdown_pages):
    for rol in catalogue.methode.model.rollen:
        lesmap = markdown_pages[f"voor-trainers/lesmap/{rol.rol}.md"]
        cases = [e.model for e in catalogue.casussen.values() if ROLE_OF_CASE[e.model.toont] == rol.rol]
        assert lesmap.count('<section class="ww-lesmap-casus"') == len(cases)
        for casus in cases:
            assert casus.discussievragen[0] in lesmap


def test_every_step_is_in_the_navigation_in_order(catalogue):
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    section = next(item["IHW 2.0"] for item in config["nav"] if isinstance(item, dict) and "IHW 2.0" in item)
    steps = sorted(catalogue.stappen.values(), key=lambda e: e.model.nummer)
    assert [p for p in section if p.startswith("ihw/") and p not in ("ihw/index.md", "ihw/rollen.md")] == [
        f"ihw/{e.slug}.md" for e in steps
    ]


def test_every_step_page_starts_with_what_you_do(catalogue, markdown_pages):
    for slug in catalogue.stappen:
        headings = re.findall(r"^## (.+)$", markdown_pages[f"ihw/{slug}.md"], re.M)
        assert headings[:2] == ["Wat doet u in deze stap", "Zo ging het bij UWV Inclusief"], slug
