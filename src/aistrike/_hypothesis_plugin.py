"""Hypothesis entry point: registers :mod:`aistrike.strategies` when Hypothesis loads.

The strategies module is imported inside the hook, not at the top, because
Hypothesis calls the hook while it is still being imported. When the import of
:mod:`aistrike.strategies` is what loads Hypothesis, the hook leaves the
registration to that module, which registers itself once it is complete.
"""

import sys


def _hypothesis_setup_hook() -> None:
    loading = sys.modules.get("aistrike.strategies")
    if loading is not None and not hasattr(loading, "register"):
        return  # aistrike.strategies is importing Hypothesis right now; it registers itself
    from aistrike.strategies import register  # noqa: PLC0415 - see the module docstring

    register()
