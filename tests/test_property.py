"""Whatever bytes an editor saves, the pipeline answers with models or located errors."""

from __future__ import annotations

import string

from conftest import INSTRUMENT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wegwijzer.catalogue import build_catalogue
from wegwijzer.diagnostics import CatalogueError

YAML_CHARS = string.ascii_letters + string.digits + " :-[]{}#'\"\n\t,&*!|>%@`é"


def check_pipeline(root, raw: bytes) -> None:
    (root / "instruments").mkdir(exist_ok=True)
    (root / "instruments" / "a.yml").write_bytes(raw)
    try:
        catalogue = build_catalogue(root)
    except CatalogueError as error:
        assert error.diagnostics
        for problem in error.diagnostics:
            assert problem.path == "instruments/a.yml"
            assert problem.line >= 1 and problem.column >= 1 and problem.message
    else:
        assert set(catalogue.instruments) == {"a"}


settings_ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@settings_
@given(st.text(alphabet=YAML_CHARS, max_size=200))
def test_random_text(tmp_path, text):
    check_pipeline(tmp_path, text.encode("utf-8"))


@settings_
@given(st.binary(max_size=100))
def test_random_bytes(tmp_path, raw):
    check_pipeline(tmp_path, raw)


@settings_
@given(
    st.integers(min_value=0, max_value=len(INSTRUMENT) - 1),
    st.integers(min_value=0, max_value=20),
    st.text(alphabet=YAML_CHARS, max_size=12),
)
def test_mutated_instrument(tmp_path, position, cut, insert):
    text = INSTRUMENT[:position] + insert + INSTRUMENT[position + cut:]
    check_pipeline(tmp_path, text.encode("utf-8"))


PAGE_SRC = st.lists(st.sampled_from(["a", "b", "ab", "index"]), min_size=0, max_size=3).map(
    lambda folders: "/".join([*folders, "p.md"]))


@given(PAGE_SRC, PAGE_SRC)
def test_links_between_pages_are_what_posixpath_computes(from_src, to_src):
    import posixpath

    from wegwijzer.urls import rel

    assert rel(from_src, to_src) == posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")
