"""`claims.units.pint_unit` answers most words ("people", "passengers") without building pint's
registry, from the names pint gives the plain units. Those names must be pint's own, and the
answers the same as pint's."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
from fresh_process import run_fresh

from claims import units
from claims.units import (
    BASE_FACTORS,
    PLAIN_UNIT_NAMES,
    PLAIN_UNITS,
    SI_PREFIXES,
    UNIT_PREFIXES,
    pint_unit,
    to_base,
)

ROOT = Path(__file__).resolve().parents[2]


def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


def _plain(name: str) -> bool:
    """As `pint_unit` decides it: one of PLAIN_UNITS, with an SI prefix or not."""
    base = next((name[len(p) :] for p in SI_PREFIXES if name.startswith(p)), name)
    return name in PLAIN_UNITS or base in PLAIN_UNITS


def test_the_names_are_those_pint_defines() -> None:
    """If this fails after an upgrade of pint, copy its lists into claims/units.py."""
    registry = _registry()
    prefixes = {d.name for d in registry._prefixes.values()}
    names = {key for key, d in registry._units.items() if any(_plain(p + d.name) for p in prefixes)}
    assert sorted(PLAIN_UNIT_NAMES) == sorted(names)
    assert sorted(UNIT_PREFIXES) == sorted(registry._prefixes)
    assert set(registry._suffixes) == {"", "s"}  # what `may_be_plain_unit` knows of
    assert registry.case_sensitive  # names are compared as written


def _words() -> set[str]:
    """Words to ask: every word of the example and shared corpora, and every prefix with every
    plain unit's name, plural or not, and other words of a kind."""
    found: set[str] = set()
    for folder in (ROOT / "examples", ROOT.parent / "shared" / "corpus"):
        for path in folder.rglob("*"):
            if path.suffix in (".md", ".txt", ".html") and path.is_file():
                found |= set(re.findall(r"[^\W\d]+", path.read_text(encoding="utf-8", errors="replace")))
    for name in PLAIN_UNIT_NAMES:
        for prefix in UNIT_PREFIXES:
            found |= {prefix + name, prefix + name + "s"}
    found |= {"kilometres", "milligrammes", "hectopascals", "MW", "kWh", "mbar", "kcal", "microns", "tonnes",
              "acres", "hours", "knots", "feet", "inches", "miles", "pounds", "stones", "points", "cups"}  # fmt: skip
    return found


def test_the_answers_are_pints(monkeypatch: pytest.MonkeyPatch) -> None:
    words = sorted(_words())
    assert len(words) > 5000
    fast = [pint_unit.__wrapped__(w) for w in words]  # type: ignore[attr-defined]
    monkeypatch.setattr(units, "may_be_plain_unit", lambda word: True)
    slow = [pint_unit.__wrapped__(w) for w in words]  # type: ignore[attr-defined]
    assert {w: (f, s) for w, f, s in zip(words, fast, slow, strict=True) if f != s} == {}
    assert sum(f is not None for f in fast) > 500  # the units themselves were found
    assert pint_unit.__wrapped__("hectopascals") == ("hectopascal", "pressure")  # type: ignore[attr-defined]


def test_counting_people_does_not_build_pint() -> None:
    printed, loaded = run_fresh(
        """
        from claims.analysis import extract_all
        from claims.readers import article_from_text
        text = "Ferry sinks\\n\\nTwelve people died and 40 passengers were rescued, officials said.\\n"
        claims = extract_all([article_from_text(text, article_id="a1", kind="txt", name="a.txt")])["a1"]
        print(sorted({q.value for c in claims for q in c.quantities}))
        """,
        "pint",
    )
    assert printed == "[12.0, 40.0]" and not loaded


def test_the_base_factors_are_pints() -> None:
    """If this fails after an upgrade of pint or a new unit in the lexicon, copy the factors
    pint gives into claims/units.py."""
    from claims.quantities import SQUARE_UNITS, UNITS

    registry = _registry()
    lexicon = {name for name, _ in UNITS.values()} | set(SQUARE_UNITS.values())
    multiplicative = {
        name for name in lexicon if name not in registry._units or registry._units[name].is_multiplicative
    }
    assert multiplicative - set(BASE_FACTORS) == set()  # every unit with a factor has it here
    assert set(BASE_FACTORS) <= lexicon
    rng = random.Random(7)
    values = [0, 1, 2.5, 0.1, 1 / 3, 123456.789, 1e-9, 7, 10**6]
    values += [rng.uniform(0, 1e6) for _ in range(300)] + [rng.randint(0, 10**7) for _ in range(100)]
    for unit, factor in BASE_FACTORS.items():
        assert factor == float(registry.Quantity(1.0, unit).to_base_units().magnitude), unit
        for value in values:
            assert to_base.__wrapped__(value, unit) == float(  # type: ignore[attr-defined]
                registry.Quantity(value, unit).to_base_units().magnitude
            ), (unit, value)
    assert to_base.__wrapped__(20, "degC") == 293.15  # type: ignore[attr-defined]  # (by pint)


def test_converting_kilometres_and_hours_does_not_build_pint() -> None:
    printed, loaded = run_fresh(
        """
        from claims.analysis import analyze
        from claims.readers import article_from_text
        texts = [
            "Quake hits Kelmet\\n\\nThe quake struck 12 km south of Kelmet on May 6, 2025, and shook it for 3 minutes.\\n",
            "Kelmet quake\\n\\nThe quake struck 15 km south of Kelmet on May 6, 2025, and shook it for 2 minutes.\\n",
        ]
        articles = [article_from_text(t, article_id=f"a{n}", kind="txt", name=f"a{n}.txt") for n, t in enumerate(texts, 1)]
        print(sorted({c.kind for c in analyze(articles).conflicts}))
        """,
        "pint",
    )
    assert printed == "['numeric']" and not loaded
