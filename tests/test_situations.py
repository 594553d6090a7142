"""The situatiewijzer: the ranking rule, its data, its pages (Markdown goldens) and messages."""

from __future__ import annotations

import pytest
from conftest import INSTRUMENT, ROOT

from wegwijzer.catalogue import build_catalogue
from wegwijzer.diagnostics import CatalogueError
from wegwijzer.models import Instrument
from wegwijzer.render import Renderer
from wegwijzer.situations import EXACT, PARTIAL_MINIMUM, Choice, advise, every_choice, fit_index


def instrument(naam: str, niveau: list[str], *situaties: tuple[list[str], list[str]]) -> Instrument:
    return Instrument.model_validate({
        "naam": naam, "soort": "methodiek", "samenvatting": "Een instrument voor de test.",
        "wat_is_het": "Een instrument voor de test.", "niveau": niveau, "dienstverlening": [1],
        "doelgroep": ["werkgever"], "laatst_gecontroleerd": "2026-11-01",
        "bronnen": [{"seed": "004_f73977c3411f9a85.txt", "vindplaats": "tabel"}],
        "situaties": [
            {"fasen": fasen, "behoeften": behoeften, "reden": f"Een reden voor {naam} die lang genoeg is.",
             "bron": {"seed": "003_3668f88ee75d546f.txt", "vindplaats": "Vraag 8", "citaat": "Een citaat."}}
            for fasen, behoeften in situaties
        ],
    })


CHOICE = Choice("verzuim", "individu", "financieel")


def ranked(instruments, choice=CHOICE) -> list[str]:
    return [fit.slug for fit in advise(instruments, choice).ranked()]


def test_exact_fits_come_first_and_specific_before_broad():
    instruments = {
        "breed": instrument("Breed", ["individu"], (["verzuim", "toeleiding", "verandering"], ["financieel"])),
        "gericht": instrument("Gericht", ["individu"], (["verzuim"], ["financieel"])),
        "alleen-behoefte": instrument("Alleen behoefte", ["individu"], (["toeleiding"], ["financieel"])),
    }
    advice = advise(instruments, CHOICE)
    assert [f.slug for f in advice.exact] == ["gericht", "breed"]
    assert [f.slug for f in advice.partial] == ["alleen-behoefte"]
    assert advice.exact[0].score == EXACT


def test_partial_fits_weigh_behoefte_then_fase_then_niveau():
    instruments = {
        "fase-niveau": instrument("Instrument A", ["individu"], (["verzuim"], ["kennis"])),
        "behoefte-niveau": instrument("Instrument B", ["individu"], (["toeleiding"], ["financieel"])),
        "behoefte-fase": instrument("Instrument C", ["team"], (["verzuim"], ["financieel"])),
        "alleen-niveau": instrument("Instrument D", ["individu"], (["toeleiding"], ["kennis"])),
    }
    assert ranked(instruments) == ["behoefte-fase", "behoefte-niveau", "fase-niveau"]


def test_each_partial_fit_says_what_differs():
    instruments = {"c": instrument("Instrument C", ["team"], (["toeleiding"], ["financieel"]))}
    [fit] = advise(instruments, CHOICE).partial
    assert fit.differences() == ["fase", "niveau"]


def test_the_best_situation_of_an_instrument_gives_the_reason():
    model = instrument("Instrument E", ["individu"], (["toeleiding"], ["financieel"]), (["verzuim"], ["financieel"]))
    [fit] = advise({"e": model}, CHOICE).exact
    assert fit.index == 1


def test_ties_are_broken_by_name():
    instruments = {
        "z": instrument("Zeta", ["individu"], (["verzuim"], ["financieel"])),
        "a": instrument("alfa", ["individu"], (["verzuim"], ["financieel"])),
    }
    assert ranked(instruments) == ["a", "z"]


def test_without_exact_fits_at_least_the_minimum_of_partial_fits_is_offered():
    instruments = {
        f"i{n}": instrument(f"I{n}", ["team"], (["toeleiding"], ["financieel"])) for n in range(10)
    }
    advice = advise(instruments, CHOICE)
    assert advice.exact == [] and len(advice.partial) >= PARTIAL_MINIMUM


@pytest.fixture(scope="module")
def catalogue():
    return build_catalogue(ROOT)


def test_every_instrument_fits_some_situation_with_a_quote(catalogue):
    for slug, entry in catalogue.instruments.items():
        assert entry.model.situaties, f"{slug} is in no situation"
        assert all(s.bron.citaat for s in entry.model.situaties), slug


def test_every_combination_has_a_ranked_answer(catalogue):
    instruments = {slug: e.model for slug, e in catalogue.instruments.items()}
    assert len(every_choice()) == 6 * 3 * 6
    for choice in every_choice():
        assert advise(instruments, choice).ranked(), choice


def test_the_index_gives_each_combination_what_advise_gives(catalogue):
    """fit_index works out the best situations once per fase and behoefte, for all niveaus."""
    instruments = {slug: e.model for slug, e in catalogue.instruments.items()}
    index = fit_index(instruments)
    assert list(index) == every_choice()
    assert all(index[choice] == advise(instruments, choice) for choice in every_choice())


SITUATIE = """\
situaties:
  - fasen: [{fase}]
    behoeften: [financieel]
    reden: Een reden die lang genoeg is om te testen.
    bron: {{seed: 003_3668f88ee75d546f.txt, vindplaats: Vraag 8}}
bronnen:"""


@pytest.mark.parametrize("fase, expected", [
    ("ziek", "instruments/x.yml:9:13: waarde 'ziek' is niet toegestaan bij 'fasen'"),
    ("verzuim", "instruments/x.yml:9:5: een situatie heeft een letterlijk citaat nodig"
                " — vul 'citaat' in bij 'bron'"),
])
def test_a_situation_needs_known_values_and_a_quote(catalogue_dir, fase, expected):
    root = catalogue_dir({"instruments/x.yml": INSTRUMENT.replace("bronnen:", SITUATIE.format(fase=fase))})
    with pytest.raises(CatalogueError) as raised:
        build_catalogue(root)
    [message] = [str(d) for d in raised.value.diagnostics]
    assert message.startswith(expected)


GOLDEN_PAGES = [
    "situatiewijzer/index.md",
    "situatiewijzer/verzuim/index.md",
    "situatiewijzer/verzuim/individu/index.md",
    "situatiewijzer/toeleiding/individu/financieel/index.md",
    "situatiewijzer/verzuim/individu/financieel/index.md",
    "situatiewijzer/organisatie/team/draagvlak/index.md",
]


@pytest.fixture(scope="module")
def pages(catalogue):
    return {page.src_uri: page.markdown for page in Renderer(catalogue).pages()}


@pytest.mark.parametrize("src", GOLDEN_PAGES)
def test_situatiewijzer_pages_golden(golden, pages, src):
    golden(src, pages[src])


def test_instrument_page_links_to_its_situations(pages):
    page = pages["instrumenten/no-riskpolis.md"]
    assert "## Past in deze situaties" in page
    assert "../situatiewijzer/toeleiding/individu/financieel/index.md" in page
