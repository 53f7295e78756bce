import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "first_import",
    ["from aistrike.strategies import money", "import hypothesis", "import aistrike"],
)
def test_strategies_register_whatever_is_imported_first(first_import):
    """Importing aistrike.strategies first loads Hypothesis, whose entry point must not loop back."""
    program = (
        f"{first_import}\n"
        "from hypothesis import strategies as st\n"
        "import aistrike\n"
        "from aistrike.reference import Strike\n"
        "assert isinstance(st.from_type(aistrike.JobPosting).example(), aistrike.JobPosting)\n"
        "assert isinstance(st.from_type(Strike).example(), Strike)\n"
    )
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed program
        [sys.executable, "-c", program], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
