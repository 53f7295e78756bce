import json
import subprocess
import sys

import pytest

import aistrike

from aistrike.cli import main


class TestCli:
    def test_default_is_seed_report(self, capsys):
        """No arguments print the seed's report."""
        assert main([]) == 0
        out = capsys.readouterr().out
        assert "Netflix" in out
        assert "$900,000" in out

    def test_extract_json_loads_back(self, tmp_path, capsys):
        """extract --json prints exactly to_json(story)."""
        path = tmp_path / "a.txt"
        path.write_text("The WGA has been on strike since May 2.", encoding="utf-8")
        assert main(["extract", str(path), "--published", "2023-07-01", "--json"]) == 0
        out = capsys.readouterr().out
        story = aistrike.from_json(out, aistrike.Story)
        assert story.labour_actions[0].union.name == "WGA"
        assert json.loads(out)["article"]["published"] == "2023-07-01"

    def test_missing_file(self, capsys):
        """A missing file exits 2 with one line on stderr."""
        assert main(["extract", "missing.txt"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "missing.txt" in err
        assert "Traceback" not in err

    def test_show_file_prints_sections_with_evidence(self, tmp_path, capsys):
        path = tmp_path / "a.txt"
        path.write_text(
            " date 2023-07-20\nThe WGA has been on strike since May 2 over AI protections.",
            encoding="utf-8",
        )
        assert main(["show", str(path)]) == 0
        out = capsys.readouterr().out
        assert out.startswith("Article: a.txt, published 2023-07-20")
        assert "WGA strike, started 2023-05-02" in out
        assert '"The WGA has been on strike since May 2 over AI protections."' in out
        assert "Job postings (0)\n  none found" in out

    @pytest.mark.parametrize(
        ("second", "line"),
        [
            (
                "The role is based in Los Gatos, California.",
                "Netflix: product manager, pay not stated, based in Los Gatos, California",
            ),
            ("The job is fully remote.", "Netflix: product manager, pay not stated, remote"),
        ],
    )
    def test_show_prints_where_a_job_is_based(self, tmp_path, capsys, second, line):
        path = tmp_path / "a.txt"
        path.write_text(f"Netflix posted a job for a product manager. {second}", encoding="utf-8")
        assert main(["show", str(path)]) == 0
        assert f"  - {line}\n" in capsys.readouterr().out

    def test_check_prints_one_line_per_claim(self, capsys):
        assert main(["check"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [line.split()[0] for line in lines] == [
            "APPROXIMATE",
            "APPROXIMATE",
            "INACCURATE",
            "ACCURATE",
            "ACCURATE",
        ]
        assert "stated 35, computed 34 | source: SAG-AFTRA Health Plan" in lines[0]
        assert "$187" in lines[1]

    def test_check_explain_adds_arithmetic_and_urls(self, capsys):
        assert main(["check", "--explain"]) == 0
        out = capsys.readouterr().out
        assert "35 would need a threshold of $25,714.29 or less" in out
        assert (
            "https://en.wikipedia.org/wiki/2023_Writers_Guild_of_America_strike (high confidence)"
            in out
        )

    def test_check_file_without_claims(self, tmp_path, capsys):
        path = tmp_path / "a.txt"
        path.write_text("Nothing about strikes here.", encoding="utf-8")
        assert main(["check", str(path)]) == 0
        assert capsys.readouterr().out == "no checkable claims found\n"

    def test_check_follows_published(self, tmp_path, capsys):
        path = tmp_path / "a.txt"
        path.write_text("The WGA has been on strike since May 2.", encoding="utf-8")
        assert main(["check", str(path), "--published", "2023-07-01"]) == 0
        assert capsys.readouterr().out.startswith("ACCURATE       WGA on strike since 2023-05-02")

    def test_extract_without_json_prints_the_report(self, tmp_path, capsys):
        path = tmp_path / "a.txt"
        path.write_text("Netflix is hiring.", encoding="utf-8")
        assert main(["extract", str(path)]) == 0
        assert capsys.readouterr().out.startswith("Article: a.txt, published unknown date")

    @pytest.mark.parametrize(
        ("argv", "needle"),
        [
            (["extract"], "the following arguments are required: file"),
            (
                ["check", "--published", "2023-13-01"],
                "not a date in the form YYYY-MM-DD: '2023-13-01'",
            ),
            (["frobnicate"], "invalid choice: 'frobnicate'"),
            (["show", "--bogus"], "unrecognized arguments: --bogus"),
        ],
    )
    def test_usage_errors_are_one_line_exit_2(self, argv, needle, capsys):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert needle in err
        assert err.startswith("aistrike")

    @pytest.mark.parametrize(
        ("content", "needle"),
        [(b"caf\xe9 \x80", "UTF-8"), (b"\xff\xfeb\x00", "UTF-16"), (None, "is a directory")],
    )
    def test_input_errors_name_the_file(self, tmp_path, capsys, content, needle):
        path = tmp_path / "bad.txt"
        if content is None:
            path.mkdir()
        else:
            path.write_bytes(content)
        assert main(["check", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "bad.txt" in err
        assert needle in err

    def test_help_has_examples(self, capsys):
        with pytest.raises(SystemExit) as info:
            main(["--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert "aistrike check --explain" in out
        assert "exit status: 0 on success, 2" in out


def test_python_dash_m_prints_the_seed_report():
    result = subprocess.run(
        [sys.executable, "-m", "aistrike"], capture_output=True, text=True, check=True
    )
    assert "Netflix" in result.stdout
    assert "$900,000" in result.stdout
