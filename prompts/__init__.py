"""Prompt templates (Jinja2), installed as the package data ``summarizer.prompts``."""
