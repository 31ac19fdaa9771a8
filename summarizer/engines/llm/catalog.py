"""What is known of each model: prices per token and the most output one call may ask for.

The table ships as ``summarizer/data/models.toml``; ``$SUMMARIZER_MODELS`` (or its older
name ``$SUMMARIZER_PRICES``) names a TOML file of the same shape whose entries win. The
table is read and checked when an engine is built, so a bad user file is a
:class:`~summarizer.errors.ConfigurationError` before any call is paid for. Unknown models
cost ``None`` and get :data:`DEFAULT_MAX_OUTPUT_TOKENS`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ...errors import ConfigurationError

DEFAULT_MAX_OUTPUT_TOKENS = 8192
_MAX_TABLE_BYTES = 1024 * 1024  # a model table is a few kilobytes
_PRICE_KEYS = ("input_per_million", "output_per_million")
_KEYS = frozenset((*_PRICE_KEYS, "max_output_tokens"))


@dataclass(frozen=True)
class ModelInfo:
    """One model's prices (US dollars per million tokens) and output limit."""

    input_per_million: float
    output_per_million: float
    max_output_tokens: int | None = None


def _entries(data: dict[str, Any], where: str) -> dict[str, ModelInfo]:
    models = data.get("models", {})
    if not isinstance(models, dict):
        raise ConfigurationError(f"{where}: [models] must be a table of models")
    table: dict[str, ModelInfo] = {}
    for name, entry in models.items():
        if not isinstance(entry, dict):
            raise ConfigurationError(f'{where}: models."{name}" must be a table')
        unknown = sorted(set(entry) - _KEYS)
        if unknown:
            raise ConfigurationError(f'{where}: models."{name}" has unknown key(s) {", ".join(unknown)}')
        prices = []
        for key in _PRICE_KEYS:
            value = entry.get(key)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ConfigurationError(f'{where}: models."{name}".{key} must be a number >= 0, not {value!r}')
            prices.append(float(value))
        limit = entry.get("max_output_tokens")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ConfigurationError(f'{where}: models."{name}".max_output_tokens must be a whole number >= 1')
        table[str(name)] = ModelInfo(prices[0], prices[1], limit)
    return table


@lru_cache(maxsize=4)
def load(user_file: str | None = None) -> dict[str, ModelInfo]:
    """The shipped table updated with ``user_file``'s entries, checked."""
    shipped = resources.files("summarizer.data").joinpath("models.toml").read_text(encoding="utf-8")
    table = _entries(tomllib.loads(shipped), "summarizer/data/models.toml")
    if user_file:
        where = f"SUMMARIZER_MODELS={user_file}"
        if os.path.exists(user_file) and not os.path.isfile(user_file):  # a FIFO or device: never opened
            raise ConfigurationError(f"{where}: cannot read the model table (not a regular file)")
        try:
            with open(user_file, "rb") as handle:
                data = tomllib.loads(handle.read(_MAX_TABLE_BYTES).decode("utf-8"))
        except OSError as exc:
            raise ConfigurationError(f"{where}: cannot read the model table ({exc.strerror or exc})") from None
        except UnicodeDecodeError:
            raise ConfigurationError(f"{where}: the model table is not UTF-8 text") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(f"{where}: the model table is not valid TOML ({exc})") from None
        table.update(_entries(data, where))
    return table


def info(model: str | None, user_file: str | None = None) -> ModelInfo | None:
    """The catalog's entry for ``model``, if listed."""
    return load(user_file).get(model) if model else None


def max_output_tokens(model: str | None, user_file: str | None = None) -> int:
    """The output budget to ask for by default: the model's limit, else 8192."""
    entry = info(model, user_file)
    return entry.max_output_tokens if entry and entry.max_output_tokens else DEFAULT_MAX_OUTPUT_TOKENS


def cost_usd(
    model: str | None, prompt_tokens: int, completion_tokens: int, user_file: str | None = None
) -> float | None:
    """Cost of the tokens at the model's listed prices, or None when the model is not listed."""
    entry = info(model, user_file)
    if entry is None:
        return None
    cost = prompt_tokens * entry.input_per_million + completion_tokens * entry.output_per_million
    return round(cost / 1_000_000, 6)
