import runpy
import sys

import pytest

import aistrike

from aistrike import DeserializationError, Money, PayUnit, from_json


def test_version_comes_from_the_installed_metadata():
    assert aistrike.__version__.count(".") >= 2


def test_unknown_attribute():
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        aistrike.nope  # noqa: B018


def test_main_module_runs_the_command_line(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["aistrike", "check"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("aistrike", run_name="__main__")
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("APPROXIMATE")


@pytest.mark.parametrize(
    ("data", "cls", "says"),
    [
        ('{"amount": "lots", "currency": "USD"}', Money, "not a decimal: 'lots' @ $.amount"),
        ('{"amount": true, "currency": "USD"}', Money, "got bool True @ $.amount"),
        ("[1, 2]", Money, "expected a JSON object"),
        ("5", PayUnit, "expected a string, got int 5"),
        ('"fortnight"', PayUnit, "'fortnight' is not a PayUnit; expected one of 'hour'"),
        (b"\xff\xfe", Money, "not valid JSON"),
        ('{"amount": "1", "currency": 5}', Money, "expected str, got int 5"),
    ],
)
def test_json_errors_say_what_and_where(data, cls, says):
    with pytest.raises(DeserializationError) as info:
        from_json(data, cls)
    assert says in str(info.value)
    assert info.value.errors
