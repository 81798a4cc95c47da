"""The check's report as SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers): one
rule per conflict kind, one result per conflict, located on the checked article's sentence
(file, line, column), with the other side as a related location. Conflicts dismissed by a
reviewer or in the baseline are kept, with a suppression."""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app.check.formats import finding_title, side_text
from app.check.run import BASELINED, DISMISSED, FAILING, Finding, Report, Side

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"
RULES: dict[str, tuple[str, str]] = {
    "numeric": ("NumericConflict", "Two sources give figures for the same count or measure that cannot both be true."),
    "outcome": ("OutcomeConflict", "Two sources report different outcomes of the same event (hit or intercepted, destroyed or damaged)."),
    "date": ("DateConflict", "Two sources date the same event differently."),
    "negation": ("NegationConflict", "One source says something happened, another that it did not."),
    "attribution": ("AttributionConflict", "Two sources attribute a statement, a confirmation or a denial differently."),
    "unit": ("UnitConflict", "Two figures disagree once converted to the same unit: one source may have mixed up units."),
    "entity": ("EntityConflict", "Two sources name a different place, person or organisation for the same role."),
    "other": ("OtherConflict", "Two sources state incompatible things about the same event."),
}  # fmt: skip
RULE_IDS = list(RULES)


def rule_id(kind: str) -> str:
    return f"claims/{kind if kind in RULES else 'other'}"


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": rule_id(kind),
            "name": name,
            "shortDescription": {"text": f"{kind.capitalize()} conflict between sources"},
            "fullDescription": {"text": text},
            "help": {
                "text": "A reviewer should compare both sources. If the conflict is not an error in the "
                "new article, dismiss it in the review UI or add it to the baseline "
                "(claims check --update-baseline)."
            },
            "defaultConfiguration": {"level": "error"},
        }
        for kind, (name, text) in RULES.items()
    ]


def _level(f: Finding) -> str:
    if f.status in (FAILING, DISMISSED, BASELINED):
        return "error"
    return "note" if f.severity == "low" else "warning"


def _location(side: Side) -> dict[str, Any]:
    location: dict[str, Any] = {"message": {"text": f"{side.source}: \u201c{side.sentence}\u201d"}}
    if side.path is not None:
        region: dict[str, Any] = {"snippet": {"text": side.sentence}}
        if side.region:
            region.update(startLine=side.region.line, startColumn=side.region.column)
            if side.region.end_line is not None:
                region.update(endLine=side.region.end_line, endColumn=side.region.end_column)
        else:
            region.update(startLine=1)
        location["physicalLocation"] = {
            "artifactLocation": {"uri": quote(side.path), "uriBaseId": ROOT_ID},
            "region": region,
        }
    else:
        location["logicalLocations"] = [{"name": side.label, "kind": "object"}]
    return location


def _result(f: Finding) -> dict[str, Any]:
    main = (f.checked_sides or f.sides)[0]
    others = [s for s in f.sides if s is not main]
    result: dict[str, Any] = {
        "ruleId": rule_id(f.kind),
        "ruleIndex": RULE_IDS.index(f.kind if f.kind in RULES else "other"),
        "level": _level(f),
        "message": {
            "text": "\n".join(
                [f"claims: {finding_title(f)}. {f.explanation}", *(side_text(s) for s in others)]
            )
        },
        "locations": [_location(main)],
        "relatedLocations": [{"id": n, **_location(s)} for n, s in enumerate(others, start=1)],
        "partialFingerprints": {"claimsConflictKey/v1": hashlib.sha256(f.baseline_key.encode()).hexdigest()},
        "properties": {
            "severity": f.severity,
            "temporal": f.temporal,
            "status": f.status,
            "key": f.baseline_key,
            "claimIds": f.claim_ids,
        },
    }
    if f.status == DISMISSED and f.review:
        reason = f"dismissed by a reviewer in the store (conflict {f.review.conflict_id})"
        if f.review.note:
            reason += f": {f.review.note}"
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": reason}]
    elif f.status == BASELINED:
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": "in the baseline"}
        ]
    return result


def to_sarif(report: Report) -> dict[str, Any]:
    try:
        tool_version = version("claims")
    except PackageNotFoundError:
        tool_version = "0"
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claims check",
                        "semanticVersion": tool_version,
                        "rules": _rules(),
                    }
                },
                "originalUriBaseIds": {ROOT_ID: {"uri": Path(report.root).resolve().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "invocations": [{"executionSuccessful": True, "exitCode": report.exit_code}],
                "results": [_result(f) for f in report.findings],
            }
        ],
    }
