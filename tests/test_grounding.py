"""Grounding: quotes are found exactly, forgiving typography only, with original offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.grounding import NormalizedText, QuoteNotFound, is_grounded, locate, normalize, typographic


def test_straight_apostrophe_quote_finds_curly_apostrophe_text(seed_text: str) -> None:
    # the seed writes "d’une heure" with U+2019; a model types a plain apostrophe
    span = locate(seed_text, "discuté pendant près d'une heure et demie")
    found = seed_text[span.start : span.end]
    assert found == "discuté pendant près d’une heure et demie"  # the stored quote keeps ’


def test_curly_quote_finds_straight_apostrophe_text(seed_text: str) -> None:
    # the seed's quotations use ASCII apostrophes: 'irréaliste'
    span = locate(seed_text, "Un retour aux frontières de 2014 est ‘irréaliste’")
    assert seed_text[span.start : span.end] == "Un retour aux frontières de 2014 est 'irréaliste'"


def test_guillemets_and_nbsp_match_straight_double_quotes() -> None:
    article = "Il a dit\u00a0: «\u202fnous refusons\u202f» hier."
    span = locate(article, 'a dit : " nous refusons "')
    assert article[span.start : span.end] == "a dit\u00a0: «\u202fnous refusons\u202f»"


def test_whitespace_runs_collapse_but_case_is_kept() -> None:
    article = "Le Kremlin  a\n\nrapporté   que"
    assert article[slice(*_span(article, "Kremlin a rapporté"))] == "Kremlin  a\n\nrapporté"
    with pytest.raises(QuoteNotFound):
        locate(article, "le kremlin a rapporté")


def test_no_fuzzy_matching(seed_text: str) -> None:
    with pytest.raises(QuoteNotFound, match="not found verbatim"):
        locate(seed_text, "Un retour aux frontières de 2014 est irréaliste")  # marks dropped
    with pytest.raises(QuoteNotFound):
        locate(seed_text, "")


def test_after_picks_a_later_occurrence(seed_text: str) -> None:
    first = locate(seed_text, "Vladimir Poutine")
    later = locate(seed_text, "Vladimir Poutine", after=first.end)
    assert later.start > first.start
    assert seed_text[later.start : later.end] == "Vladimir Poutine"


def test_every_occurrence_is_listed(seed_text: str) -> None:
    spans = NormalizedText(seed_text).find_all("Donald Trump")
    assert len(spans) == seed_text.count("Donald Trump")


def _span(article: str, quote: str) -> tuple[int, int]:
    span = locate(article, quote)
    return span.start, span.end


TYPOGRAPHY = st.sampled_from(list("’‘'\"«»“” \u00a0\u202f\n\tabcé.,;:!?-"))


@settings(max_examples=300, deadline=None)
@given(st.text(TYPOGRAPHY | st.characters(), max_size=120), st.data())
def test_any_substring_grounds_back_to_itself(article: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(article)))
    end = data.draw(st.integers(start, len(article)))
    quote = article[start:end]
    if not normalize(quote):
        with pytest.raises(QuoteNotFound):
            locate(article, quote)
        return
    span = locate(article, quote)
    found = article[span.start : span.end]
    assert is_grounded(article, found, span.start, span.end)
    assert normalize(found) == normalize(quote)


def test_the_whitespace_table_is_pythons() -> None:
    import sys

    from summarizer.grounding import _WHITESPACE

    assert {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} == _WHITESPACE


@settings(max_examples=300, deadline=None)
@given(st.text(TYPOGRAPHY | st.characters(), max_size=120))
def test_the_fast_typographic_index_is_the_general_one(article: str) -> None:
    # the translate-based index of the typographic fold against the per-character loop that
    # every other fold takes (a lambda is not `typographic` itself, so it takes the loop)
    fast = NormalizedText(article)
    general = NormalizedText(article, lambda ch: typographic(ch))
    assert (fast.text, fast._starts, fast._ends) == (general.text, general._starts, general._ends)
    plain = general.text.strip(" ")
    assert normalize(article) == plain
