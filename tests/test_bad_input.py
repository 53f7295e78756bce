"""Every entry of the bad-input catalogue raises what it should, with a message that says why."""

import pytest

from aistrike import AistrikeError
from tests.bad_input_catalogue import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.what for case in CASES])
def test_bad_input(case, tmp_path):
    with pytest.raises(case.raises) as info:
        case.run(tmp_path)
    message = str(info.value)
    assert case.says in message
    assert "\n" not in message.strip() or "@ $" in message  # one line, except JSON paths
    if issubclass(case.raises, AistrikeError):
        assert isinstance(info.value, ValueError | OSError | LookupError)


def test_catalogue_covers_the_issue():
    listed = " ".join(case.what for case in CASES)
    for needle in (
        "missing",
        "directory",
        "empty",
        "random bytes",
        "UTF-16",
        "16 MiB",
        "2023-13-45",
        "extract(None)",
        'extract(b"',
        "published=",
        "invalid JSON",
        "missing a field",
        "extra field",
        "float amount",
        "bad currency",
        "span beyond",
        "NaN",
        "Infinity",
        "low > high",
        "ended < started",
        "Money(-5)",
    ):
        assert needle in listed, needle
