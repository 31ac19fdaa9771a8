"""Dollar cost of model usage, from a price table users can edit.

The table ships as ``summarizer/data/prices.toml``; ``$SUMMARIZER_PRICES`` names a TOML
file of the same shape whose entries are used first. Unknown models cost ``None``.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import ConfigurationError


@lru_cache(maxsize=4)
def _table(user_file: str | None) -> dict[str, dict[str, float]]:
    shipped = tomllib.loads(resources.files("summarizer.data").joinpath("prices.toml").read_text(encoding="utf-8"))
    models: dict[str, Any] = dict(shipped.get("models", {}))
    if user_file:
        try:
            with open(user_file, "rb") as handle:
                models.update(tomllib.load(handle).get("models", {}))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigurationError(f"SUMMARIZER_PRICES={user_file}: unreadable price table ({exc})") from None
    return models


def cost_usd(model: str | None, prompt_tokens: int, completion_tokens: int) -> float | None:
    """Cost of the tokens at the model's listed prices, or None when the model is not listed."""
    if not model:
        return None
    entry = _table(os.environ.get("SUMMARIZER_PRICES") or None).get(model)
    if entry is None:
        return None
    cost = prompt_tokens * float(entry["input_per_million"]) + completion_tokens * float(entry["output_per_million"])
    return round(cost / 1_000_000, 6)
