"""Disagreements from general constructions of opposition in news prose, in both languages: who did
what an act of opposition is against (a participle's agent, a relative clause's subject), a rebuttal of
what another speaker just said, two stances set against each other, adjectives of opposition.

Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import opposed, sides

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


def _opposed(engine: OfflineEngine, language: str, text: str, one: str, other: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)


# ---------------------------------------------------------------- who did what is opposed
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        # the participle hangs on the noun's own complement
        (
            "fr",
            "Le maire Otto Brand a critiqué les tarifs de stationnement introduits par l'Autorité portuaire.",
            "otto brand",
            "autorite portuaire",
        ),
        # a participle set off by a comma after the object
        (
            "fr",
            "Le Parti vert a dénoncé la fermeture, annoncée en mai par la gouverneure Ilse Tarn.",
            "parti vert",
            "ilse tarn",
        ),
        # the subject of a relative clause whose object is the noun
        (
            "fr",
            "Le Parti vert a également rejeté le plan budgétaire que la gouverneure Ilse Tarn a présenté lundi.",
            "parti vert",
            "ilse tarn",
        ),
        # "against"/"contre" a thing someone did
        (
            "en",
            "The Velden Party protested against the closures ordered by the Harbour Authority.",
            "velden party",
            "harbour authority",
        ),
        (
            "fr",
            "Le Parti vert a protesté contre la fermeture décidée par l'Autorité portuaire.",
            "parti vert",
            "autorite portuaire",
        ),
    ],
)
def test_the_author_of_what_is_opposed_is_the_other_side(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    _opposed(engine, language, text, one, other)


# ---------------------------------------------------------------- a rebuttal of what was just said
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            "Governor Ilse Tarn said the ferry line was losing money, but the Velden Party denied that.",
            "ilse tarn",
            "velden party",
        ),
        (
            "en",
            "Governor Ilse Tarn said on Monday that the ferry line was losing money. The Velden Party disputes this.",
            "ilse tarn",
            "velden party",
        ),
        (
            "en",
            "Governor Ilse Tarn said on Monday that the ferry line was losing money. The Velden Party said the "
            "opposite.",
            "ilse tarn",
            "velden party",
        ),
        (
            "fr",
            "La gouverneure Ilse Tarn a affirmé que la ligne perdait de l'argent, mais le Parti vert l'a démenti.",
            "ilse tarn",
            "parti vert",
        ),
        (
            "fr",
            "La gouverneure Ilse Tarn a affirmé lundi que la ligne perdait de l'argent. Le Parti vert conteste cela.",
            "ilse tarn",
            "parti vert",
        ),
        (
            "fr",
            "La gouverneure Ilse Tarn a déclaré que la fermeture ferait économiser de l'argent. Le Parti vert a "
            "affirmé le contraire.",
            "ilse tarn",
            "parti vert",
        ),
    ],
)
def test_a_pronoun_or_the_contrary_rebuts_the_last_other_speaker(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    """A verb of rebuttal whose object is a pronoun ("denied it", "l'a démenti"), or "the opposite" said
    ("a affirmé le contraire"), answers what the last other speaker said."""
    _opposed(engine, language, text, one, other)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Velden Party met on Monday in Orlin. Its treasurer denied it in a short note."),
        ("fr", "Le Parti vert s'est réuni lundi à Orlin. Son trésorier l'a démenti dans une courte note."),
    ],
)
def test_a_rebuttal_with_no_one_said_before_opposes_no_one(engine: OfflineEngine, language: str, text: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- two stances set against each other
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            "Governor Ilse Tarn supports the ferry reform, while the Velden Party opposes it.",
            "ilse tarn",
            "velden party",
        ),
        (
            "en",
            "Governor Ilse Tarn backs the ferry reform, but the Velden Party rejects it.",
            "ilse tarn",
            "velden party",
        ),
        (
            "en",
            "Governor Ilse Tarn presented the reform as a necessary saving, but the Velden Party denounced it as "
            "a betrayal.",
            "ilse tarn",
            "velden party",
        ),
        (
            "en",
            "The reform was presented by Governor Ilse Tarn as a saving but denounced by the Velden Party as a "
            "betrayal.",
            "ilse tarn",
            "velden party",
        ),
        (
            "fr",
            "La gouverneure Ilse Tarn soutient la réforme, mais le Parti vert la rejette.",
            "ilse tarn",
            "parti vert",
        ),
        (
            "fr",
            "La réforme a été présentée par la gouverneure Ilse Tarn comme une économie, mais dénoncée par le "
            "Parti vert.",
            "ilse tarn",
            "parti vert",
        ),
        (
            "fr",
            "La gouverneure Ilse Tarn a présenté la réforme comme une économie, mais le Parti vert l'a dénoncée.",
            "ilse tarn",
            "parti vert",
        ),
    ],
)
def test_clauses_joined_by_but_or_while_oppose_two_stances_on_one_thing(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    """After "but", "while", "mais", a verb of opposition against one of support, or taking up by a pronoun
    (or as a participle sharing the subject) what the other clause's actor presented."""
    _opposed(engine, language, text, one, other)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Governor Ilse Tarn praised the ferry crews, but the Velden Party criticised the timetable."),
        ("fr", "La gouverneure Ilse Tarn a salué les équipages, mais le Parti vert a critiqué les horaires."),
    ],
)
def test_support_and_opposition_of_two_things_are_no_disagreement(
    engine: OfflineEngine, language: str, text: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- what happens to someone; a sentence
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Governor Ilse Tarn condemned the murder of journalist Piet Olsen in Orlin."),
        ("en", "The Velden Party denounced the arrest of Senator Mara Quill by the police."),
        ("en", "The Velden Party deplored the death of Senator Mara Quill, who died on Sunday."),
        ("fr", "La gouverneure Ilse Tarn a condamné le meurtre du journaliste Piet Olsen à Orlin."),
        ("fr", "Le Parti vert a dénoncé l'arrestation de la sénatrice Mara Quill par la police."),
        ("fr", "Le Parti vert regrette le départ de la sénatrice Mara Quill."),
    ],
)
def test_who_undergoes_what_is_condemned_is_no_other_side(engine: OfflineEngine, language: str, text: str) -> None:
    """The "of/de" complement of a noun of what happens to someone (a murder, an arrest, a death, a
    departure) undergoes it: condemning it is no stance against that one."""
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Orlin High Court condemned Piet Olsen to death on Monday."),
        ("fr", "Le tribunal d'Orlin a condamné Mara Quill à deux ans de prison."),
        # "poursuivre" a thing: to continue it, not to sue
        ("fr", "La gouverneure Ilse Tarn poursuit la réforme lancée par son prédécesseur Piet Olsen."),
    ],
)
def test_a_sentence_or_a_continued_act_is_no_criticism(engine: OfflineEngine, language: str, text: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Velden Party criticised the police, whereas Governor Ilse Tarn visited the harbour."),
        ("fr", "Le Parti vert a critiqué la police, alors que la gouverneure Ilse Tarn visitait la ville."),
    ],
)
def test_a_stance_set_beside_a_fact_told_is_no_disagreement(engine: OfflineEngine, language: str, text: str) -> None:
    """ "whereas", "alors que" set a stance against a stance or words said, not against a fact told
    (the party stands against the police it criticised, not against the governor)."""
    b = engine.summarize(parse(text, language=language))
    assert not any("ilse tarn" in a | z for a, z in sides(b)), sides(b)


def test_a_contrast_with_what_a_speaker_says_is_read_on_the_saying(engine: OfflineEngine) -> None:
    """The clause of contrast hangs on what is said ("the reform is useful"): the stance is the sayer's."""
    text = "Governor Ilse Tarn says the reform is useful, whereas the Velden Party rejects it."
    _opposed(engine, "en", text, "ilse tarn", "velden party")


# ---------------------------------------------------------------- adjectives of displeasure or opposition
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            "The Velden Party was angry with the Harbour Authority's handling of the closures.",
            "velden party",
            "harbour authority",
        ),
        (
            "en",
            "The Velden Party is furious about the decision taken by Governor Ilse Tarn.",
            "velden party",
            "ilse tarn",
        ),
        (
            "en",
            "The Velden Party remains highly critical of Governor Ilse Tarn's ferry plan.",
            "velden party",
            "ilse tarn",
        ),
        (
            "fr",
            "Le Parti vert est furieux contre la décision prise par la gouverneure Ilse Tarn.",
            "parti vert",
            "ilse tarn",
        ),
        ("fr", "Le Parti vert est en colère contre l'Autorité portuaire.", "parti vert", "autorite portuaire"),
        ("fr", "Le Parti vert reste hostile au projet de la gouverneure Ilse Tarn.", "parti vert", "ilse tarn"),
    ],
)
def test_an_adjective_of_displeasure_opposes_its_subject_to_whom_its_complement_names(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    _opposed(engine, language, text, one, other)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Velden Party was not unhappy with Governor Ilse Tarn."),
        ("fr", "Le Parti vert n'est pas hostile au projet de la gouverneure Ilse Tarn."),
    ],
)
def test_a_negated_adjective_of_displeasure_opposes_no_one(engine: OfflineEngine, language: str, text: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- a contrastive topic
def test_a_stressed_pronoun_after_the_second_speaker_contrasts_the_two_claims(engine: OfflineEngine) -> None:
    """ "Y, lui, affirme …": the stressed pronoun set off by commas makes Y a contrastive topic."""
    text = (
        "La gouverneure Ilse Tarn a déclaré que la fermeture ferait économiser de l'argent. Le Parti vert, lui, a "
        "affirmé qu'elle ruinerait les îles."
    )
    _opposed(engine, "fr", text, "ilse tarn", "parti vert")


def test_an_object_clitic_is_no_contrastive_topic(engine: OfflineEngine) -> None:
    text = (
        "La gouverneure Ilse Tarn a déclaré que la fermeture ferait économiser de l'argent. Le Parti vert lui a "
        "répondu qu'il étudierait le dossier."
    )
    b = engine.summarize(parse(text, language="fr"))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- nouns of opposition; replies
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "fr",
            "L'opposition du Parti vert à la réforme de la gouverneure Ilse Tarn s'est durcie.",
            "parti vert",
            "ilse tarn",
        ),
        (
            "en",
            "The opposition of the Velden Party to Governor Ilse Tarn's reform has hardened.",
            "velden party",
            "ilse tarn",
        ),
    ],
)
def test_the_of_complement_of_a_noun_of_opposition_beside_its_target_is_its_author(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    _opposed(engine, language, text, one, other)


def test_a_reply_with_a_negative_judgement_is_adverse(engine: OfflineEngine) -> None:
    text = "Répondant à la gouverneure Ilse Tarn, le Parti vert a jugé les chiffres faux."
    _opposed(engine, "fr", text, "parti vert", "ilse tarn")


# ---------------------------------------------------------------- negative judgements
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            '"Governor Ilse Tarn\'s ferry plan is pathetic," said Velden Party leader Mara Quill on Monday.',
            "mara quill",
            "ilse tarn",
        ),
        (
            "fr",
            "« La réforme de la gouverneure Ilse Tarn est une mascarade », a déclaré Mara Quill, cheffe du Parti vert.",
            "mara quill",
            "ilse tarn",
        ),
    ],
)
def test_judging_someone_s_act_a_failure_or_a_sham_is_against_them(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    _opposed(engine, language, text, one, other)


# ---------------------------------------------------------------- the subject of a participle
def test_a_present_participle_hung_on_a_name_has_it_for_subject(engine: OfflineEngine) -> None:
    """ "« … », a déclaré X, accusant Y de …": the participle's subject is the name it hangs on."""
    text = (
        "« Ils mentent depuis des mois », a déclaré la sénatrice Mara Quill, accusant le Parti vert de cacher le "
        "déficit."
    )
    _opposed(engine, "fr", text, "mara quill", "parti vert")


# ---------------------------------------------------------------- nouns of displeasure voiced
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            "The Velden Party expressed its regret over the closure ordered by Governor Ilse Tarn.",
            "velden party",
            "ilse tarn",
        ),
        ("en", "The Velden Party voiced anger over Governor Ilse Tarn's decision.", "velden party", "ilse tarn"),
        (
            "fr",
            "Le Parti vert a exprimé son rejet de la réforme de la gouverneure Ilse Tarn.",
            "parti vert",
            "ilse tarn",
        ),
    ],
)
def test_a_noun_of_displeasure_voiced_over_what_someone_did_is_against_them(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    """ "expressed its regret over …", "voiced anger over …", "a exprimé son rejet de …": with a possessive
    for its author, the noun's "of/de" complement is what it is against."""
    _opposed(engine, language, text, one, other)


def test_regret_over_what_someone_underwent_is_no_disagreement(engine: OfflineEngine) -> None:
    text = "The Velden Party expressed its regret over the death of Senator Mara Quill."
    b = engine.summarize(parse(text, language="en"))
    assert not b.disagreements, sides(b)
