"""`claims.units.pint_unit` answers most words ("people", "passengers") without building pint's
registry, from the names pint gives the plain units. Those names must be pint's own, and the
answers the same as pint's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claims import units
from claims.units import PLAIN_UNIT_NAMES, PLAIN_UNITS, SI_PREFIXES, UNIT_PREFIXES, pint_unit

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
    script = (
        "import sys\n"
        "from claims.analysis import extract_all\n"
        "from claims.readers import article_from_text\n"
        "a = article_from_text('Ferry sinks\\n\\nTwelve people died and 40 passengers were rescued, officials said.\\n',"
        " article_id='a1', kind='txt', name='a.txt')\n"
        "claims = extract_all([a])['a1']\n"
        "print(sorted(q.value for c in claims for q in c.quantities), 'pint' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("False"), done.stdout
    assert "12" in done.stdout and "40" in done.stdout
