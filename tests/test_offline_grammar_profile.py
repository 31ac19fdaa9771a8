"""The closed-class words the offline rules read live in each language's profile
(``[grammar]`` of ``summarizer/data/lang/<xx>.toml``), not in the rule code."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pytest

from summarizer.engines.offline.profile import LANGUAGES, Grammar, _grammar, _read, fold, profile
from summarizer.errors import ConfigurationError

ENGINE = Path(__file__).resolve().parent.parent / "summarizer" / "engines" / "offline"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_states_every_grammar_list(language: str) -> None:
    # a list may be empty ("elided" in English), but never forgotten
    table = _read(language)["grammar"]
    assert sorted(f.name for f in fields(Grammar) if f.name not in table) == []
    grammar = profile(language).grammar
    empty = {f.name for f in fields(Grammar) if not getattr(grammar, f.name)}
    # English has no negative clitic nor article contracted with a preposition, nor an impersonal subject that
    # speaks for a place or a side ("indique-t-on à Matignon", "du côté de la mairie, on assure"), nor a passive
    # made with a reflexive ("se voir reprocher");
    # the French pipeline gives no verb lemmas to make act nouns from; French has no relative pronoun that takes
    # up people only ("qui" takes up things too: "le projet, qui prévoit …"), and its pronoun of anyone at all
    # is the impersonal « on », never a quantifier; English has no narrative infinitive (« Et d'ajouter : … »)
    assert empty <= {"elided", "ungendered", "negation_clitics", "act_noun_endings", "definite_preps",
                     "impersonal", "impersonal_preps", "side_nouns", "undergoing", "reflexives",
                     "animate_relatives", "generic_pronouns", "narrative_openers"}, empty


@pytest.mark.parametrize("language", LANGUAGES)
def test_grammar_words_are_folded_like_the_tokens_they_are_compared_with(language: str) -> None:
    # the rules compare fold(token.text): a list written "à" must hold "a"
    grammar = profile(language).grammar
    for f in fields(Grammar):
        for word in getattr(grammar, f.name):
            assert word == fold(word), (f.name, word)


def test_french_prepositions_with_accents_reach_the_rules_folded() -> None:
    grammar = profile("fr").grammar
    assert fold("à") in grammar.to_preps and fold("à") in grammar.criticised_preps
    assert "à" not in grammar.to_preps  # never the unfolded form, which no folded token equals


def test_an_unknown_grammar_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="complementizers"):
        _grammar({"complementizers": ["that"]})


def test_each_language_keeps_its_own_words() -> None:
    en, fr = profile("en").grammar, profile("fr").grammar
    assert "that" in en.marks and "that" not in fr.marks
    assert "que" in fr.marks and "que" not in en.marks


def _function_words() -> set[str]:
    words: set[str] = set()
    labels: set[str] = set()
    for language in LANGUAGES:
        grammar = profile(language).grammar
        for f in fields(Grammar):
            words |= {w for w in getattr(grammar, f.name) if len(w) > 1}
        labels |= {label for role in profile(language).labels.values() for label in role}
    return words - labels - set(LANGUAGES)  # "aux" is a French word and a label, "en" a language code


def test_the_rule_code_holds_no_list_of_function_words() -> None:
    # a literal set, tuple or list of strings in the rule code holding a word of a [grammar]
    # list (a preposition, a complementiser, a relative …) is language knowledge that belongs
    # in the profiles
    words = _function_words()
    offenders = []
    for path in sorted(ENGINE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Set | ast.Tuple | ast.List) and len(node.elts) >= 2 and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                found = {e.value for e in node.elts if isinstance(e, ast.Constant)} & words
                if found:
                    offenders.append(f"{path.name}:{node.lineno} {sorted(found)}")
    assert offenders == []
