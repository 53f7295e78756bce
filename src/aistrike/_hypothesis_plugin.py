"""Hypothesis entry point: registers :mod:`aistrike.strategies` when Hypothesis loads.

The strategies module is imported inside the hook, not at the top, because
Hypothesis calls the hook while it is still being imported.
"""


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415

    from aistrike.strategies import STRATEGIES  # noqa: PLC0415 - see the module docstring

    for cls, strategy in STRATEGIES.items():
        st.register_type_strategy(cls, strategy)
