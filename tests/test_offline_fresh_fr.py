"""Rules found on the fresh French cases (evals/fresh), each stated in general grammatical terms
and tested on sentences composed for the test (new names, new situations;
tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import run, speakers_and_quotes

from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold


def _said(engine: OfflineEngine, text: str, language: str, words: str) -> list[str]:
    """The folded speakers of the claims whose evidence holds ``words``."""
    return [s for s, q in speakers_and_quotes(run(engine, text, language)) if words in q]


# A French subject clitic stands before its verb with only the negation, object and reflexive
# clitics and the auxiliaries between them ("il ne lui reproche pas", "elle s'en est prise à"):
# it is the verb's subject whatever label the parser gave it.
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Le député Karim Benali critique le ministre Louis Garnier. Au fond, il lui reproche de ne "
         "jamais venir dans la circonscription.", "venir dans la circonscription", "karim benali"),
    ],
)
def test_fr_subject_clitic_before_object_clitics_speaks(engine: OfflineEngine, text: str, words: str,
                                                        speaker: str) -> None:
    assert speaker in _said(engine, text, "fr", words), speakers_and_quotes(run(engine, text, "fr"))


# A detached participle or adjective phrase opening a sentence ("Surpris par Y, il déclare …",
# "Angered by Y's plan, she said …") has no subject of its own: its understood subject is the
# main clause's. So the names inside it (its agent, its complements) are not that subject, and
# the phrase is no content of the main verb of saying.
@pytest.mark.parametrize(
    ("text", "language", "words", "speaker", "phrase"),
    [
        ("Le sénateur Hugo Ferrand a pris la parole. Étonné par la proposition du ministre Luc Bertin, "
         "il a déclaré : « Cette réforme arrive bien trop tard. »", "fr", "Cette réforme arrive",
         "hugo ferrand", "Étonné par la proposition"),
        ("Senator Hugh Farrell took the floor. Surprised by the proposal of Minister Luke Burton, he "
         "declared: \"This reform comes far too late.\"", "en", "This reform comes", "hugh farrell",
         "Surprised by the proposal"),
    ],
)
def test_detached_phrase_names_are_not_the_subject(engine: OfflineEngine, text: str, language: str, words: str,
                                                   speaker: str, phrase: str) -> None:
    claims = speakers_and_quotes(run(engine, text, language))
    assert [s for s, q in claims if words in q] == [speaker], claims
    assert not any(phrase in q for _, q in claims), claims


# A relative clause set off by a comma after an apposition set off by commas ("X, le successeur de
# Y, qui a répondu …", "X, the successor of Y, who retorted …") takes up what the apposition
# describes, the name before it, not a name inside the apposition's complement.
@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        ("En 2004, l'avocat Jean Mattei s'était opposé à Paul Orsini, le successeur de Pierre Santoni, "
         "qui lui avait répondu : « Vous défendez des criminels et vous le savez très bien. »", "fr",
         "Vous défendez des criminels", "paul orsini"),
        ("In 2004, the lawyer John Matthews clashed with Paul Ormond, the successor of Peter Sanders, "
         "who retorted: \"You defend criminals and you know it very well.\"", "en",
         "You defend criminals", "paul ormond"),
    ],
)
def test_relative_after_apposition_takes_up_its_anchor(engine: OfflineEngine, text: str, language: str,
                                                       words: str, speaker: str) -> None:
    assert _said(engine, text, language, words) == [speaker], speakers_and_quotes(run(engine, text, language))


def _names(engine: OfflineEngine, text: str, language: str) -> list[list[str]]:
    """Each actor's name and aliases, folded."""
    return [[fold(n) for n in (a.name, *a.aliases)] for a in run(engine, text, language).actors]


# A note's call number glued to the word it annotates ("le Parti vert[1]", "the Green Party[2]") is
# markup, not part of the name.
@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Le Mouvement écologiste breton[1] a voté contre la loi sur les digues. Sa porte-parole, Anne "
         "Kerhervé, a déclaré que « cette loi sacrifie le littoral ».", "fr", "mouvement ecologiste breton"),
        ("The Coastal Green Party[2] voted against the dyke bill. Its spokeswoman, Anne Kerr, said that "
         "\"this law sacrifices the coast\".", "en", "coastal green party"),
    ],
)
def test_note_call_numbers_are_not_part_of_names(engine: OfflineEngine, text: str, language: str, name: str) -> None:
    names = _names(engine, text, language)
    assert not any("[" in n or "]" in n or any(ch.isdigit() for ch in n) for ns in names for n in ns), names
    assert any(name in ns for ns in names), names


# A body's name is the same body as that name qualified by a nationality adjective, which only
# says whose it is ("le Parti vert" after "le Parti vert danois"; English puts the adjective first,
# "the Green Party" after "the Danish Green Party", which an earlier rule already finds), and its
# initials may leave the adjective out ("le PS" for "le Parti social danois").
@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Le Parti vert danois a voté contre la loi sur les éoliennes. Le Parti vert a déclaré que "
         "« cette loi sacrifie la côte ». Le gouvernement a répondu que la loi restait nécessaire.", "parti vert"),
        ("Le Parti social danois a exclu le député Lars Holm mardi. Le PS lui reproche d'avoir voté contre "
         "le budget de la défense.", "ps"),
    ],
)
def test_fr_body_named_with_and_without_its_nationality_is_one(engine: OfflineEngine, text: str, short: str) -> None:
    names = _names(engine, text, "fr")
    owners = [ns for ns in names if short in ns]
    assert len(owners) == 1 and any(n.endswith(" danois") for n in owners[0]), names


# A French incise inside unquoted reported speech inverts its subject clitic ("Malgré les pertes,
# souligne-t-il, le port restera fermé"): the clitic is the incise's own subject, and the words on
# both sides of the incise are what is said ("appuyer" reports so in an incise, like "souligner").
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le maire Paul Riou a présenté son plan. Malgré les pertes des pêcheurs, souligne-t-il, le port "
         "restera fermé tout l'hiver.", "le port restera fermé"),
        ("La ministre Claire Hamon a visité la digue. Contrairement aux rumeurs, appuie-t-elle, les travaux "
         "commenceront avant l'été.", "les travaux commenceront"),
    ],
)
def test_fr_incise_with_inverted_clitic_inside_reported_speech(engine: OfflineEngine, text: str, words: str) -> None:
    said = _said(engine, text, "fr", words)
    assert said and said[0] in {"paul riou", "claire hamon"}, speakers_and_quotes(run(engine, text, "fr"))


# A short copular sentence whose subject is a demonstrative or a noun of judgement, with that noun
# owned by an actor ("C'est la remarque de X.", "Le constat est de X.", "That was the remark of X."),
# gives that actor the sentence before it in the paragraph.
@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        ("La ministre Odile Marchand a visité le port de Brest mardi. Les quais ne résisteront pas à une "
         "nouvelle tempête. Le constat est de l'ingénieur Louis Kerjean, qui a inspecté la digue.", "fr",
         "Les quais ne résisteront pas", "louis kerjean"),
        ("Le syndicat des dockers a rencontré le préfet. Les salaires n'ont pas bougé depuis dix ans. "
         "C'est la remarque de Soizic Le Bihan, déléguée du syndicat.", "fr", "Les salaires n'ont pas bougé",
         "soizic le bihan"),
        ("The dockers union met the governor on Monday. Wages have not moved in ten years. That was the "
         "remark of Susan Miles, a union delegate.", "en", "Wages have not moved", "susan miles"),
    ],
)
def test_judgement_noun_gives_back_the_sentence_before(engine: OfflineEngine, text: str, language: str, words: str,
                                                       speaker: str) -> None:
    assert _said(engine, text, language, words) == [speaker], speakers_and_quotes(run(engine, text, language))

