"""Evaluation: scoring briefings against gold, running eval sets, cassettes."""
