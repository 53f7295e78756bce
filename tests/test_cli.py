import json

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
