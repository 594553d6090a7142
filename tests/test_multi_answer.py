"""Questions where several answers apply, contacts from the registry, and what every outcome
must say: the engine and each validation message."""

from __future__ import annotations

import pytest
import yaml
from conftest import INSTRUMENT

from test_validate import problems_of
from wegwijzer import trees
from wegwijzer.models import Beslisboom
from wegwijzer.render import Renderer
from wegwijzer.catalogue import build_catalogue

TREE = """\
titel: Nieuwe medewerker
samenvatting: Een boom om meer antwoorden tegelijk te testen.
doelgroep: [werkgever]
inleiding: Een boom om meer antwoorden tegelijk te testen.
start: begin
vragen:
  begin:
    vraag: Waar wilt u mee beginnen?
    meerdere: true
    geen_van_deze: anders
    opties:
      - label: Inwerken
        volgende: inwerken
      - label: Regelingen
        volgende: regelingen
      - label: Collega's
        volgende: collegas
uitkomsten:
{outcomes}
laatst_gecontroleerd: 2026-11-23
"""
OUTCOME = """\
  {id}:
    titel: Advies over {id}
    tekst: Het advies over {id} voor de test.
    volgende_stap: Doe iets met {id}.
    contacten: [{contact}]
    instrumenten: [voorbeeld]
    bronnen: [{{seed: 003_3668f88ee75d546f.txt, vindplaats: vraag 1}}]
"""
CONTACTS = """\
contacten:
  - id: werkgeversservicepunt
    naam: Werkgeversservicepunt
    wat: Helpt werkgevers die iemand met een arbeidsbeperking zoeken.
    bron: {seed: 003_3668f88ee75d546f.txt, vindplaats: vraag 1, citaat: Een citaat.}
  - id: ongebruikt
    naam: Nooit gebruikt
    wat: Een contact dat geen uitkomst noemt.
    bron: {seed: 003_3668f88ee75d546f.txt, vindplaats: vraag 1, citaat: Een citaat.}
"""


def tree_text(contact: str = "werkgeversservicepunt") -> str:
    outcomes = "".join(OUTCOME.format(id=o, contact=contact) for o in ("inwerken", "regelingen", "collegas", "anders"))
    return TREE.format(outcomes=outcomes)


def boom() -> Beslisboom:
    return Beslisboom.model_validate(yaml.safe_load(tree_text()))


def test_every_combination_is_a_path_and_none_goes_on():
    visits, paths = trees.walk(boom())
    assert len(paths) == 2 ** 3 - 1 + 1 == trees.count_paths(boom())
    combined = {path.answers: path.outcomes for path in paths}
    assert combined[(1, 1, 2)] == ("inwerken", "regelingen")
    assert combined[(2, 2, 1)] == ("collegas",)
    assert combined[(2, 2, 2)] == ("anders",)  # 'geen van deze'
    assert [v.option for v in visits if v.answers == ()] == [0]
    assert {v.option for v in visits} == {0, 1, 2}


def test_each_chosen_option_shows_in_the_combined_outcome(catalogue_dir):
    root = catalogue_dir({
        "instruments/voorbeeld.yml": INSTRUMENT, "decision_trees/boom.yml": tree_text(),
        "contacten.yml": CONTACTS,
    })
    pages = {p.src_uri: p.markdown for p in Renderer(build_catalogue(root)).pages()}
    both = pages["beslisbomen/boom/y/1/1/2/index.md"]
    assert "## Advies over inwerken" in both and "## Advies over regelingen" in both
    assert "Advies over collegas" in both.split("## Speelt er ook iets anders?")[1]  # a sibling
    assert "**Werkgeversservicepunt**" in both
    assert "Laatst gecontroleerd" in both
    single = pages["beslisbomen/boom/y/2/2/1/index.md"]
    assert "# Advies over collegas" in single
    first = pages["beslisbomen/boom/y/index.md"]
    assert 'class="ww-multi"' in first and 'data-key="121"' in first  # checkboxes with JavaScript
    assert "Speelt dit bij u?** Inwerken" in first


def test_path_table_labels_yes_and_no():
    table = trees.path_table(boom())
    row = next(r for r in table if r["url"] == "y/1/2/1/")
    assert row["antwoorden"] == ["begin: Inwerken: ja", "begin: Regelingen: nee", "begin: Collega's: ja"]
    assert row["uitkomst"] == "inwerken + collegas"


@pytest.mark.parametrize("change, expected", [
    (lambda t: t.replace("    geen_van_deze: anders\n", ""),
     "decision_trees/boom.yml:7:3: een vraag met 'meerdere: true' heeft 'geen_van_deze' nodig"),
    (lambda t: t.replace("      - label: Collega's\n        volgende: collegas\n",
                         "      - label: Collega's\n        volgende: collegas\n" * 2
                         + "      - label: Nog een\n        volgende: collegas\n"),
     "decision_trees/boom.yml:7:3: een vraag met 'meerdere: true' heeft hoogstens 4 opties"),
    (lambda t: t.replace("    contacten: [werkgeversservicepunt]\n", "", 1),
     "decision_trees/boom.yml:19:3: een uitkomst noemt wie de bezoeker kan vragen"),
    (lambda t: t.replace("    instrumenten: [voorbeeld]\n", "", 1),
     "decision_trees/boom.yml:19:3: een uitkomst noemt minstens één instrument"),
    (lambda t: t.replace("contacten: [werkgeversservicepunt]", "contacten: [werkgeversservpunt]", 1),
     "decision_trees/boom.yml:23:17: onbekend contact 'werkgeversservpunt' — bedoelde u 'werkgeversservicepunt'?"),
    (lambda t: t.replace("        volgende: inwerken", "        volgende: begin"),
     "decision_trees/boom.yml:13:9: bij een vraag met 'meerdere: true' leidt elke optie naar een uitkomst"),
])
def test_multi_answer_and_outcome_messages(catalogue_dir, change, expected):
    root = catalogue_dir({
        "instruments/voorbeeld.yml": INSTRUMENT, "decision_trees/boom.yml": change(tree_text()),
        "contacten.yml": CONTACTS,
    })
    found = problems_of(root)
    assert any(p.startswith(expected) for p in found), found


def test_single_answer_question_has_at_most_six_options(catalogue_dir):
    options = "".join(f"      - label: Optie {n}\n        volgende: inwerken\n" for n in range(7))
    text = tree_text().replace("    meerdere: true\n    geen_van_deze: anders\n", "").replace(
        "    opties:\n      - label: Inwerken", "    opties:\n" + options + "      - label: Inwerken", 1)
    root = catalogue_dir({"instruments/voorbeeld.yml": INSTRUMENT, "decision_trees/boom.yml": text,
                          "contacten.yml": CONTACTS})
    assert any("een vraag heeft hoogstens 6 opties" in p for p in problems_of(root))
