"""Indirect speech of the offline engine: what a reporting verb's complement covers and who
speaks it, in both languages. Every sentence here is composed for the test
(tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.cues import CueFinder
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.pipeline import load_pipeline
from summarizer.engines.offline.profile import profile
from summarizer.schema import Briefing
from tests.briefing_queries import quotes_by, said_by


def _claims(b: Briefing) -> list[tuple[str | None, list[str]]]:
    return [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


# ---------------------------------------------------------------- fronted circumstances
@pytest.mark.parametrize(
    ("lang", "text", "participle", "verb", "said", "not_said"),
    [
        (
            "en",
            "In an earlier press note sent out that same week, the Ministry of Fisheries denounced "
            "the quotas of the northern treaty.",
            "sent",
            "denounced",
            "the quotas of the northern treaty",
            "press note",
        ),
        (
            "fr",
            "Dans un communiqué publié le lendemain, le ministère de la Pêche a dénoncé les quotas du traité nordique.",
            "publié",
            "dénoncé",
            "les quotas du traité nordique",
            "communiqué",
        ),
    ],
)
def test_fronted_phrase_without_subject_is_no_content(
    lang: str, text: str, participle: str, verb: str, said: str, not_said: str
) -> None:
    """A phrase without a subject before the reporting verb is a circumstance, not what was
    said, even when the parser hangs it on the verb as its complement clause (as it does in
    some contexts): the verb's object is the content."""
    doc = load_pipeline(lang)(text)
    part = next(t for t in doc if t.text == participle)
    part.head = next(t for t in doc if t.text == verb)
    part.dep_ = "ccomp"
    t = Document.build(doc)
    contents = [t.text[c.content[0] : c.content[1]] for c in CueFinder(t, profile(lang)).run() if c.content]
    assert any(said in x for x in contents), contents
    assert not any(not_said in x for x in contents), contents


# ---------------------------------------------------------------- a second statement in a participle
@pytest.mark.parametrize(
    ("lang", "text", "first", "second", "speaker"),
    [
        (
            "en",
            "Olga Brandt claimed she had drafted the budget alone, insisting that nobody in the cabinet "
            "had seen it before the vote.",
            "she had drafted the budget alone",
            "nobody in the cabinet had seen it",
            "Olga Brandt",
        ),
        (
            "en",
            "Olga Brandt said the new ferry terminal would be finished by May, adding that the county "
            "would pay for the access roads.",
            "the new ferry terminal would be finished by May",
            "the county would pay for the access roads",
            "Olga Brandt",
        ),
        (
            "fr",
            "Le président Paul Marchal réclamait la création d'une commission d'experts, jugeant que ce "
            "drame appelait une réforme des urgences.",
            "la création d'une commission d'experts",
            "ce drame appelait une réforme des urgences",
            "Paul Marchal",
        ),
        (
            "en",
            "Senator Dana Price demanded a full inquiry into the flooding of the valley, arguing that "
            "the council had ignored the warnings.",
            "a full inquiry into the flooding of the valley",
            "the council had ignored the warnings",
            "Dana Price",
        ),
        (
            "fr",
            "Gaston Ferrand a affirmé que le barrage de la Sionne serait achevé en juin, ajoutant que "
            "les riverains seraient indemnisés avant l'hiver.",
            "le barrage de la Sionne serait achevé en juin",
            "les riverains seraient indemnisés avant l'hiver",
            "Gaston Ferrand",
        ),
    ],
)
def test_participle_of_saying_is_a_claim_of_its_own(
    engine: OfflineEngine, lang: str, text: str, first: str, second: str, speaker: str
) -> None:
    """ "X said A, adding that B": the first content stops before the participle, and B is a
    claim of X (not of the subject of A)."""
    b = engine.summarize(parse(text, language=lang))
    quotes = quotes_by(b, speaker)
    assert any(first in q and second not in q for q in quotes), _claims(b)
    assert any(second in q and first not in q for q in quotes), _claims(b)


# ---------------------------------------------------------------- "said in a statement that …"
@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (
            "en",
            "The prototype is long and thin. The Orvane Space Agency stated in a press release that the new jet "
            "is expected to cruise at twice the speed of sound.",
            "the new jet is expected to cruise at twice the speed of sound",
            "orvane space agency",
        ),
        (
            "fr",
            "La ministre Claire Dubosc a indiqué dans un communiqué que les quotas de pêche seraient revus en juin.",
            "les quotas de pêche seraient revus en juin",
            "claire dubosc",
        ),
    ],
)
def test_complement_clause_after_an_adverbial_of_the_verb(
    engine: OfflineEngine, lang: str, text: str, words: str, speaker: str
) -> None:
    """ "X said in a statement that …": the that-clause is the content, even when the parser
    hangs it as a relative clause on the noun of the adverbial."""
    b = engine.summarize(parse(text, language=lang))
    assert speaker in said_by(b, words), _claims(b)


def test_relative_clause_on_the_adverbial_is_no_content(engine: OfflineEngine) -> None:
    """A true relative clause on that noun ("in a statement that the minister read") is no
    content: the relative pronoun fills a slot of its verb."""
    b = engine.summarize(
        parse("The Orvane Space Agency said in a statement that the minister had read on Monday.", language="en")
    )
    assert not any("the minister had read" in q for _, qs in _claims(b) for q in qs), _claims(b)


# ---------------------------------------------------------------- asking someone to do something
@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (
            "en",
            "Mayor Linda Crowe invited the residents to attend a public meeting on the flooding.",
            "the residents to attend a public meeting",
            "linda crowe",
        ),
        (
            "en",
            "Senator Alan Petrie asked the Supreme Court to suspend the new election map before the vote.",
            "the Supreme Court to suspend the new election map",
            "alan petrie",
        ),
        (
            "en",
            "Senator Alan Petrie encouraged the farmers to sell their grain before the winter.",
            "the farmers to sell their grain",
            "alan petrie",
        ),
        (
            "fr",
            "La maire de Valbourg, Hélène Garnier, a invité les habitants à participer à une réunion publique.",
            "les habitants à participer à une réunion publique",
            "helene garnier",
        ),
        (
            "fr",
            "La ministre Claire Dubosc a encouragé les agriculteurs à vendre leur blé avant l'hiver.",
            "les agriculteurs à vendre leur blé",
            "claire dubosc",
        ),
    ],
)
def test_request_with_the_one_asked_and_an_infinitive(
    engine: OfflineEngine, lang: str, text: str, words: str, speaker: str
) -> None:
    """ "X asked/invited/encouraged Y to do Z", "X a invité/encouragé Y à faire Z": the request
    (the one asked and what they are asked to do) is X's claim."""
    b = engine.summarize(parse(text, language=lang))
    assert speaker in said_by(b, words), _claims(b)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mayor Linda Crowe invited the new ambassador for dinner at the town hall."),
        ("fr", "La maire Hélène Garnier a invité le nouvel ambassadeur pour un dîner à la mairie."),
    ],
)
def test_invitation_without_an_infinitive_is_no_claim(engine: OfflineEngine, lang: str, text: str) -> None:
    """Inviting someone somewhere says nothing: no infinitive, no claim."""
    b = engine.summarize(parse(text, language=lang))
    assert not b.claims, _claims(b)


# ---------------------------------------------------------------- expressing a state of mind
@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker", "not_start"),
    [
        (
            "fr",
            "Le ministre Paul Ferrand a exprimé le souhait de réformer la police municipale avant l'été.",
            "réformer la police municipale",
            "paul ferrand",
            "de ",
        ),
        (
            "fr",
            "La ministre Claire Dubosc a exprimé l'espoir qu'un accord soit trouvé avant Noël.",
            "un accord soit trouvé avant Noël",
            "claire dubosc",
            "qu'",
        ),
        (
            "en",
            "Minister Paul Ferrand expressed hope that the talks would end before Christmas.",
            "the talks would end before Christmas",
            "paul ferrand",
            "that ",
        ),
        (
            "en",
            "Minister Paul Ferrand voiced doubts about the new tax on diesel fuel.",
            "the new tax on diesel fuel",
            "paul ferrand",
            "voiced",
        ),
    ],
)
def test_expressing_a_state_of_mind_with_its_complement(
    engine: OfflineEngine, lang: str, text: str, words: str, speaker: str, not_start: str
) -> None:
    """ "X expressed hope that …", "X a exprimé le souhait de …": the noun of the state of
    mind is the saying, its complement (without "que"/"that") what was said."""
    b = engine.summarize(parse(text, language=lang))
    assert speaker in said_by(b, words), _claims(b)
    assert not any(q.startswith(not_start) for _, qs in _claims(b) for q in qs), _claims(b)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "La ministre Claire Dubosc a exprimé ses regrets."), ("en", "Minister Paul Ferrand expressed regret.")],
)
def test_state_of_mind_without_complement_is_no_claim(engine: OfflineEngine, lang: str, text: str) -> None:
    b = engine.summarize(parse(text, language=lang))
    assert not b.claims, _claims(b)


# ---------------------------------------------------------------- a relative clause of saying
@pytest.mark.parametrize(
    ("lang", "text", "said", "not_said", "speaker"),
    [
        (
            "fr",
            "Jean Valmont, qui a affirmé que la réforme serait reportée, a quitté la salle.",
            "la réforme serait reportée",
            "quitté la salle",
            "jean valmont",
        ),
        (
            "fr",
            "La CGT, qui estime que la réforme est injuste, appelle à la grève jeudi.",
            "la réforme est injuste",
            "appelle à la grève jeudi",
            "cgt",
        ),
        (
            "en",
            "Jane Roe, who said that the reform would be delayed, left the room.",
            "the reform would be delayed",
            "left the room",
            "jane roe",
        ),
    ],
)
def test_content_of_a_relative_clause_ends_with_it(
    engine: OfflineEngine, lang: str, text: str, said: str, not_said: str, speaker: str
) -> None:
    """ "X, qui a affirmé que A, a quitté …": A is X's claim, and the main clause after the
    comma is not part of it."""
    b = engine.summarize(parse(text, language=lang))
    assert speaker in said_by(b, said), _claims(b)
    assert not any(said in q and not_said in q for _, qs in _claims(b) for q in qs), _claims(b)


# ---------------------------------------------------------------- quoted as saying
@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker", "not_speaker"),
    [
        (
            "en",
            "Governor Jane Roe was quoted by the local paper as saying the dam could burst.",
            "the dam could burst",
            "jane roe",
            "local paper",
        ),
        (
            "en",
            "The newspaper quoted Governor Jane Roe as saying that the dam could burst.",
            "the dam could burst",
            "jane roe",
            "newspaper",
        ),
        (
            "fr",
            "Jean Valmont a été cité comme disant que le barrage pourrait céder.",
            "le barrage pourrait céder",
            "jean valmont",
            "",
        ),
    ],
)
def test_quoted_as_saying(
    engine: OfflineEngine, lang: str, text: str, words: str, speaker: str, not_speaker: str
) -> None:
    """ "X was quoted as saying …", "Y quoted X as saying …": X speaks, not who quotes."""
    b = engine.summarize(parse(text, language=lang))
    who = said_by(b, words)
    assert speaker in who, _claims(b)
    assert not_speaker == "" or not any(not_speaker in w for w in who), _claims(b)


# ---------------------------------------------------------------- more verbs of saying and judging
@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (
            "fr",
            "La ministre Claire Dubosc craint que la sécheresse ne ruine les éleveurs du sud.",
            "la sécheresse ne ruine les éleveurs du sud",
            "claire dubosc",
        ),
        (
            "fr",
            "Le syndicat Terre Vive s'oppose à la construction du barrage sur la Sionne.",
            "la construction du barrage sur la Sionne",
            "terre vive",
        ),
        (
            "fr",
            "La ministre Claire Dubosc a mentionné que les quotas seraient revus en juin.",
            "les quotas seraient revus en juin",
            "claire dubosc",
        ),
        (
            "fr",
            "La ministre Claire Dubosc envisage de démissionner avant l'été.",
            "démissionner avant l'été",
            "claire dubosc",
        ),
        (
            "en",
            "Judge Maria Stone determined that the contract had been signed under pressure.",
            "the contract had been signed under pressure",
            "maria stone",
        ),
        (
            "en",
            "Senator Alan Petrie judged that the reform had come too late.",
            "the reform had come too late",
            "alan petrie",
        ),
    ],
)
def test_verbs_of_fearing_opposing_mentioning_judging(
    engine: OfflineEngine, lang: str, text: str, words: str, speaker: str
) -> None:
    b = engine.summarize(parse(text, language=lang))
    assert speaker in said_by(b, words), _claims(b)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Governor Jane Roe is expected to win the vote in March."),
        ("en", "Governor Jane Roe is projected to carry the northern counties."),
        ("fr", "Le ministre Jean Valmont a été prié de quitter la salle."),
        ("fr", "La ministre Claire Dubosc a été invitée à démissionner."),
    ],
)
def test_passive_with_an_infinitive_and_no_agent_is_no_claim_of_the_subject(
    engine: OfflineEngine, lang: str, text: str
) -> None:
    """ "X is expected to win", "X a été prié de partir": unnamed others speak of X; X says
    nothing."""
    b = engine.summarize(parse(text, language=lang))
    assert not b.claims, _claims(b)


# ---------------------------------------------------------------- saying nothing
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Governor Jane Roe did not say whether the dam would be rebuilt."),
        ("en", "Governor Jane Roe declined to say when the dam would be rebuilt."),
        ("en", "Governor Jane Roe refused to comment on the flooding of the valley."),
        ("fr", "La ministre Claire Dubosc n'a pas dit si le barrage serait reconstruit."),
        ("fr", "La ministre Claire Dubosc a refusé de commenter la décision du tribunal."),
        ("fr", "La ministre Claire Dubosc a demandé si le barrage serait reconstruit."),
    ],
)
def test_a_question_or_a_refusal_to_speak_is_no_claim(engine: OfflineEngine, lang: str, text: str) -> None:
    """An embedded yes-no question ("whether", "si") asserts nothing, and a refusal to speak
    ("declined to comment", "a refusé de commenter") says nothing."""
    b = engine.summarize(parse(text, language=lang))
    assert not b.claims, _claims(b)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "Governor Jane Roe refused to sign the budget of the regional council.", "to sign the budget"),
        ("fr", "La ministre Claire Dubosc a refusé de signer le budget du conseil régional.", "signer le budget"),
    ],
)
def test_a_refusal_to_act_is_still_a_claim(engine: OfflineEngine, lang: str, text: str, words: str) -> None:
    b = engine.summarize(parse(text, language=lang))
    assert any(words in q for _, qs in _claims(b) for q in qs), _claims(b)


# ---------------------------------------------------------------- a relative source frame
@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (
            "fr",
            "Le journal local cite la ministre Claire Dubosc, selon qui le barrage pourrait céder.",
            "le barrage pourrait céder",
            "claire dubosc",
        ),
        (
            "en",
            "The local paper quoted Minister Claire Dubosc, according to whom the dam could burst.",
            "the dam could burst",
            "claire dubosc",
        ),
    ],
)
def test_relative_source_frame(engine: OfflineEngine, lang: str, text: str, words: str, speaker: str) -> None:
    """ "X, selon qui A", "X, according to whom A": the antecedent is the source of A."""
    b = engine.summarize(parse(text, language=lang))
    assert speaker in said_by(b, words), _claims(b)
    assert not any(words in q and ("journal" in q or "paper" in q) for _, qs in _claims(b) for q in qs), _claims(b)
