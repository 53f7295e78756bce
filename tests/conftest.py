"""Hypothesis profiles: ``dev`` (default, quick) and ``ci`` (many more examples)."""

import os

from hypothesis import HealthCheck, settings


settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "ci", max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
