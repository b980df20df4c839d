"""Every ```python block of sdks/python/README.md and of the main README.md runs
as written against a real Parley, each in its own python3 process with PARLEY_API_KEY (a fresh account's test key)
and PARLEY_BASE_URL set, as a reader would run it."""

import os
import re
import subprocess
import sys
import unittest
from pathlib import Path
from typing import List, Tuple

import support

README = support.SDK_ROOT / "README.md"
MAIN_README = support.SDK_ROOT.parents[1] / "README.md"


def blocks(readme: Path = README) -> List[Tuple[str, str]]:
    """(the heading above it, the code) of each python block."""
    text = readme.read_text("utf-8")
    found: List[Tuple[str, str]] = []
    for match in re.finditer(r"^```python\n(.*?)^```$", text, re.S | re.M):
        headings = re.findall(r"^##+ (.+)$", text[: match.start()], re.M)
        found.append((headings[-1] if headings else "top", match.group(1)))
    return found


class ReadmeTest(unittest.TestCase):
    def test_every_section_has_a_runnable_snippet(self) -> None:
        headings = {heading.split(":")[0] for heading, _ in blocks()}
        for section in ("Quickstart", "Webhooks", "Errors", "Retries, timeouts and idempotency", "Pagination", "Files", "Streams", "Raw responses"):
            self.assertIn(section, headings)
        self.assertTrue(blocks(MAIN_README), "the main README shows the Python SDK too")

    def test_each_snippet_runs_as_written(self) -> None:
        _, signup = support.sign_up()
        environment = {
            **os.environ,
            "PARLEY_API_KEY": signup["api_key"]["secret"],
            "PARLEY_BASE_URL": support.BASE_URL,
            "PYTHONPATH": str(support.SDK_ROOT),
        }
        for index, (heading, code) in enumerate(blocks() + blocks(MAIN_README), start=1):
            with self.subTest(f"block {index} under {heading}"):
                run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=90)
                self.assertEqual(run.returncode, 0, f"the snippet under {heading!r} failed:\n{run.stdout}{run.stderr}")


if __name__ == "__main__":
    unittest.main()
