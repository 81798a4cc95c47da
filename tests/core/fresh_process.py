"""Run a piece of the core in a new Python process, to see what it imports: a CI job starts a
new process for every check, so whatever loads on first use is paid every time."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run_fresh(code: str, module: str) -> tuple[str, bool]:
    """What `code` prints in a new process, and whether running it imported `module`."""
    script = textwrap.dedent(code) + f"\nimport sys\nprint({module!r} in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    *printed, loaded = done.stdout.splitlines()
    return "\n".join(printed), loaded == "True"
