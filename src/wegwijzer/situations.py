"""The situatiewijzer's answer: which instruments fit an adviser's situation, in which order, and why.

A situation is three choices (fase, niveau, behoefte). Each instrument lists the situations it
is used in (``situaties``: fasen, behoeften, a reason and its quote) and its levels (``niveau``).
The rule is deliberately simple, so the page can explain it in three sentences:

1. An instrument fits exactly when one of its situations names the chosen fase and behoefte,
   and its levels include the chosen niveau.
2. Otherwise it fits partly; a shared behoefte counts most, then the fase, then the niveau.
3. Among equals, the more specific situation (fewer fasen and behoeften) comes first, then the
   name.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .models import BEHOEFTE_LABELS, FASE_LABELS, SITUATIE_NIVEAU_LABELS, Instrument, Situatie

WEIGHTS = {"behoefte": 4, "fase": 2, "niveau": 1}
EXACT = sum(WEIGHTS.values())
SHOWN = 6  # exact fits are all shown; partial fits fill the list up to this many
PARTIAL_MINIMUM = 3  # and at least this many, so a thin combination still offers a way on


@dataclass(frozen=True, order=True)
class Choice:
    fase: str
    niveau: str
    behoefte: str

    def path(self) -> tuple[str, str, str]:
        return (self.fase, self.niveau, self.behoefte)


@dataclass(frozen=True)
class Fit:
    """One instrument with the situation that fits the choice best."""

    slug: str
    situatie: Situatie
    index: int  # of the situation in the instrument's list
    fase: bool
    niveau: bool
    behoefte: bool

    @property
    def score(self) -> int:
        return _score(self.fase, self.niveau, self.behoefte)

    @property
    def exact(self) -> bool:
        return self.score == EXACT

    @property
    def specificity(self) -> int:
        return _specificity(self.situatie)

    def differences(self) -> list[str]:
        """What in the choice this instrument's situation does not cover, in the page's words."""
        return [part for part in ("behoefte", "fase", "niveau") if not getattr(self, part)]


@dataclass(frozen=True)
class Advice:
    choice: Choice
    exact: list[Fit]
    partial: list[Fit]

    def ranked(self) -> list[Fit]:
        return self.exact + self.partial


def every_choice() -> list[Choice]:
    return [
        Choice(*values)
        for values in itertools.product(FASE_LABELS, SITUATIE_NIVEAU_LABELS, BEHOEFTE_LABELS)
    ]


def best_situations(instruments: dict[str, Instrument], fase: str, behoefte: str) -> dict[str, tuple]:
    """Each instrument's situation that fits a fase and behoefte best, as (index, situation, fase
    matches, behoefte matches); instruments where neither matches are left out (the niveau alone
    says too little). The niveau is not needed: it counts the same for all of an instrument's
    situations, so it does not change which one fits best."""
    found = {}
    for slug, instrument in instruments.items():
        best: tuple | None = None
        for index, situatie in enumerate(instrument.situaties):
            fits_fase, fits_behoefte = fase in situatie.fasen, behoefte in situatie.behoeften
            if not (fits_behoefte or fits_fase):
                continue
            order = (-_score(fits_fase, False, fits_behoefte), _specificity(situatie), index)
            if best is None or order < best[0]:
                best = (order, situatie, fits_fase, fits_behoefte)
        if best is not None:
            (_, _, index), situatie, fits_fase, fits_behoefte = best
            found[slug] = (index, situatie, fits_fase, fits_behoefte)
    return found


def _score(fase: bool, niveau: bool, behoefte: bool) -> int:
    return WEIGHTS["fase"] * fase + WEIGHTS["niveau"] * niveau + WEIGHTS["behoefte"] * behoefte


def _specificity(situatie: Situatie) -> int:
    return len(situatie.fasen) + len(situatie.behoeften)


def advise(instruments: dict[str, Instrument], choice: Choice, best: dict[str, tuple] | None = None) -> Advice:
    """The advice for one choice; `best` is best_situations for its fase and behoefte, when known."""
    if best is None:
        best = best_situations(instruments, choice.fase, choice.behoefte)
    fits = [
        Fit(slug, situatie, index, fase=fase, niveau=choice.niveau in instruments[slug].niveau, behoefte=behoefte)
        for slug, (index, situatie, fase, behoefte) in best.items()
    ]
    fits.sort(key=lambda f: (-f.score, f.specificity, instruments[f.slug].naam.casefold()))
    exact = [fit for fit in fits if fit.exact]
    partial = [fit for fit in fits if not fit.exact]
    wanted = max(PARTIAL_MINIMUM if not exact else 0, SHOWN - len(exact))
    return Advice(choice, exact, partial[:wanted])


def fit_index(instruments: dict[str, Instrument]) -> dict[Choice, Advice]:
    """The advice for every combination, computed once per build; the best situations once per
    fase and behoefte, for the three niveaus alike."""
    best = {
        (fase, behoefte): best_situations(instruments, fase, behoefte)
        for fase in FASE_LABELS for behoefte in BEHOEFTE_LABELS
    }
    return {choice: advise(instruments, choice, best[choice.fase, choice.behoefte]) for choice in every_choice()}
