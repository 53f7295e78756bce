"""The generated parts of the docs: every marker has a generator, and each produces real content."""

import importlib.util
import re

from pathlib import Path

import pytest


ROOT = Path(__file__).parent.parent
spec = importlib.util.spec_from_file_location("mkdocs_hooks", ROOT / "tools" / "mkdocs_hooks.py")
assert spec is not None
assert spec.loader is not None
hooks = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hooks)


def markers_in_docs():
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for marker in re.findall(r"<!-- generated: [\w-]+ -->", page.read_text(encoding="utf-8")):
            yield pytest.param(page, marker, id=f"{page.name}:{marker[15:-4]}")


@pytest.mark.parametrize(("page", "marker"), list(markers_in_docs()))
def test_every_marker_is_replaced(page, marker):
    assert marker in hooks.MARKERS, f"{page}: no generator for {marker}"
    out = hooks.on_page_markdown(page.read_text(encoding="utf-8"))
    assert "<!-- generated:" not in out


def test_reference_tables_come_from_the_data():
    out = hooks.on_page_markdown("<!-- generated: reference-tables -->")
    assert "| 2023 | Active Plan | $26,470 |" in out
    assert "$187 from 2022-07-01 raised 11% on 2023-11-09" in out
    assert "| 1960 WGA strike | writers |" in out
    assert "[1](https://en.wikipedia.org/wiki/Deep_Fake_Love)" in out


def test_cli_output_is_real():
    out = hooks.on_page_markdown("<!-- generated: cli-check -->")
    assert out.startswith("```text\n$ aistrike check\nAPPROXIMATE")
    assert hooks.on_page_markdown("<!-- generated: cli-help -->").count("usage: aistrike") == 1


def test_table_cells_escape_pipes():
    assert hooks._table(["a"], [["x|y"]]).endswith("| x\\|y |")
