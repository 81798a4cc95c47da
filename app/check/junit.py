"""The check's report as JUnit XML (GitLab CI, Jenkins and most CI servers show it as test
results): one test case per checked article, failed when a failing conflict involves it; the
conflicts that do not fail (dismissed, baselined, below the threshold) go to its output."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from app.check.formats import STATUS_WORDS, finding_text, finding_title
from app.check.run import FAILING, Finding, Report

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold


def _clean(text: str) -> str:
    return NOT_XML.sub("\ufffd", text)


def _about(findings: list[Finding]) -> str:
    return "\n\n".join(
        f"{f.id} {STATUS_WORDS[f.status]}: {finding_title(f)}\n{finding_text(f)}" for f in findings
    )


def to_junit(report: Report, seconds: float = 0.0) -> str:
    suite = ET.Element("testsuite", name="claims check")
    failures = 0
    for article in report.checked:
        mine = [f for f in report.findings if any(s.article_id == article.article_id for s in f.sides)]
        failing = [f for f in mine if f.status == FAILING]
        case = ET.SubElement(
            suite,
            "testcase",
            classname="claims.check",
            name=_clean(article.path),
            file=_clean(article.path),
            time="0",
        )
        if failing:
            failures += 1
            kinds = ", ".join(finding_title(f) for f in failing)
            failure = ET.SubElement(
                case,
                "failure",
                message=_clean(f"{len(failing)} conflict(s): {kinds}"),
                type="claims.conflict",
            )
            failure.text = _clean(_about(failing))
        others = [f for f in mine if f.status != FAILING]
        if others:
            ET.SubElement(case, "system-out").text = _clean(_about(others))
    suite.set("tests", str(len(report.checked)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    suite.set("time", f"{seconds:.3f}")
    root = ET.Element(
        "testsuites", name="claims check", tests=str(len(report.checked)), failures=str(failures)
    )
    root.set("errors", "0")
    root.set("time", f"{seconds:.3f}")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
