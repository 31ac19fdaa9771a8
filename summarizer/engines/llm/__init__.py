"""The LLM engine: any OpenAI-compatible server through instructor.

- ``engine``: :class:`LLMEngine` (sync and async), requests, parsing, error translation;
- ``prompting``: the Jinja2 prompts of ``prompts/`` and their hash;
- ``draft``: the schema the model fills, with the validators that ground its quotes;
- ``chunking``: long articles split and their briefings merged;
- ``catalog``: what is known of each model (prices, output limits);
- ``batch_api``: OpenAI Batch API request and result files;
- ``local_server``: llama.cpp serving a tiny GGUF on loopback (wire tests, demos).
"""

from .engine import DEFAULT_MODEL, MODES, LLMEngine

__all__ = ["DEFAULT_MODEL", "MODES", "LLMEngine"]
