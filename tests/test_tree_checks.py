"""Every check the link stage makes on a beslisboom, each at its file:line:col."""

from __future__ import annotations

import pytest

from test_validate import problems_of
from wegwijzer.catalogue import build_catalogue

TREE = """\
titel: Proefboom
samenvatting: Een boom om de controles te testen.
doelgroep: [werkgever]
inleiding: Een boom om de controles te testen.
start: {start}
vragen:
  eerste:
    vraag: Wat is uw situatie?
    opties:
      - label: Nieuw
        volgende: {eerste_1}
      - label: Bestaand
        volgende: {eerste_2}
  tweede:
    vraag: Weet u al wie?
    opties:
      - label: Ja
        volgende: {tweede_1}
      - label: Nee
        volgende: klaar
uitkomsten:
  {uitkomst_id}:
    titel: Klaar
    tekst: Dit is het advies van de test.
    volgende_stap: Bel de gemeente.
    zonder_contact: Een test zonder contact.
    instrumenten: [{instrument}]
    bronnen: [{{seed: 003_3668f88ee75d546f.txt, vindplaats: vraag 1}}]
    zonder_instrument: Een test zonder instrument.
laatst_gecontroleerd: 2026-11-23
"""
GOOD = dict(start="eerste", eerste_1="tweede", eerste_2="klaar", tweede_1="klaar",
            uitkomst_id="klaar", instrument="")


def tree(**changes: str) -> str:
    return TREE.format(**{**GOOD, **changes})


def test_the_good_tree_is_valid(catalogue_dir):
    catalogue = build_catalogue(catalogue_dir({"decision_trees/boom.yml": tree()}))
    assert list(catalogue.beslisbomen) == ["boom"]


CASES = [
    pytest.param(dict(start="begin"), "decision_trees/boom.yml:5:1: startvraag 'begin' bestaat niet — noem een id uit 'vragen'", id="unknown-start"),
    pytest.param(dict(eerste_2="klar"), "decision_trees/boom.yml:13:9: antwoord 'Bestaand' leidt naar 'klar', die niet bestaat — bedoelde u 'klaar'?", id="option-leads-nowhere"),
    pytest.param(dict(eerste_1="klaar"), "decision_trees/boom.yml:14:3: 'tweede' is vanaf de start niet te bereiken — laat een antwoord ernaar leiden of verwijder het", id="unreachable-question"),
    pytest.param(dict(tweede_1="eerste"), "decision_trees/boom.yml:7:3: de vragen vormen een kring: eerste → tweede → eerste — laat elk pad eindigen in een uitkomst", id="cycle"),
    pytest.param(dict(uitkomst_id="tweede", eerste_2="tweede"), "decision_trees/boom.yml:22:3: id 'tweede' is zowel een vraag als een uitkomst — geef elke vraag en uitkomst een eigen id", id="duplicate-id"),
    pytest.param(dict(instrument="onbekend"), "decision_trees/boom.yml:27:20: onbekend instrument 'onbekend' — er is geen instruments/onbekend.yml", id="unknown-instrument"),
]


@pytest.mark.parametrize("changes, expected", CASES)
def test_tree_check(catalogue_dir, changes, expected):
    assert expected in problems_of(catalogue_dir({"decision_trees/boom.yml": tree(**changes)}))


def test_unreachable_outcome(catalogue_dir):
    text = tree().replace("laatst_gecontroleerd:", """\
  los:
    titel: Los
    tekst: Dit advies bereikt niemand.
    volgende_stap: Niets.
    zonder_contact: Een test zonder contact.
    zonder_instrument: Een test zonder instrument.
    bronnen: [{seed: 003_3668f88ee75d546f.txt, vindplaats: vraag 1}]
laatst_gecontroleerd:""")
    assert problems_of(catalogue_dir({"decision_trees/boom.yml": text})) == [
        "decision_trees/boom.yml:30:3: 'los' is vanaf de start niet te bereiken — laat een antwoord ernaar leiden of verwijder het"
    ]


def test_question_with_one_option(catalogue_dir):
    text = tree().replace("      - label: Nee\n        volgende: klaar\n", "")
    assert problems_of(catalogue_dir({"decision_trees/boom.yml": text})) == [
        "decision_trees/boom.yml:16:5: vraag 'tweede' heeft minder dan twee antwoorden — geef minstens twee opties, of sla de vraag over"
    ]


def test_path_limit(catalogue_dir):
    root = catalogue_dir({"decision_trees/boom.yml": tree()})
    with pytest.raises(Exception) as caught:
        build_catalogue(root, max_paths=2)
    assert [str(d) for d in caught.value.diagnostics] == [
        "decision_trees/boom.yml:5:1: de boom heeft 3 paden, meer dan de grens van 2 — maak de boom kleiner of verhoog 'max_paths' bij de plugin in mkdocs.yml"
    ]
