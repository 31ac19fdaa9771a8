"""Claim attribution precision from general linguistics: what a reporting clause does not
assert (a negated, supposed or questioned saying), who a pronoun takes up, who speaks when
told something. Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.engines.offline import OfflineEngine
from tests.briefing_queries import quotes, run


# A negated verb of saying reports nothing said; a condition only supposes a saying; a
# question asks whether it was said. A verb whose negation still asserts (litotes: "did not
# hide", "n'exclut pas") is said.
@pytest.mark.parametrize(
    ("language", "text", "unsaid"),
    [
        ("en", "Orchard rules\n\nThe grower Lena Havik did not say that the pears were sour.\n", "pears were sour"),
        ("en", "Orchard rules\n\nThe grower Lena Havik has never claimed the pears were sour.\n", "pears were sour"),
        (
            "en",
            "Orchard rules\n\nIf the inspector Ivo Brann claimed the pears were sour, the buyers would leave.\n",
            "pears were sour",
        ),
        ("en", "Orchard rules\n\nDid the grower Lena Havik really say the pears were sour?\n", "pears were sour"),
        (
            "fr",
            "Le verger\n\nLa productrice Léna Havik n'a pas affirmé que les poires étaient acides.\n",
            "poires étaient acides",
        ),
        (
            "fr",
            "Le verger\n\nLa productrice Léna Havik n'a jamais déclaré que les poires étaient acides.\n",
            "poires étaient acides",
        ),
        (
            "fr",
            "Le verger\n\nSi l'inspecteur Ivo Brann affirmait que les poires sont acides, les acheteurs partiraient.\n",
            "poires sont acides",
        ),
        (
            "fr",
            "Le verger\n\nLa productrice Léna Havik a-t-elle vraiment dit que les poires étaient acides ?\n",
            "poires étaient acides",
        ),
    ],
)
def test_a_negated_supposed_or_questioned_saying_is_no_claim(
    engine: OfflineEngine, language: str, text: str, unsaid: str
) -> None:
    b = run(engine, text, language)
    assert not any(unsaid in q for q in quotes(b)), quotes(b)


@pytest.mark.parametrize(
    ("language", "text", "said", "speaker"),
    [
        (
            "en",
            "Orchard rules\n\nThe grower Lena Havik did not deny that the harvest of pears was poor.\n",
            "harvest of pears was poor",
            "lena havik",
        ),
        (
            "fr",
            "Le verger\n\nLa productrice Léna Havik n'exclut pas que la récolte de poires soit mauvaise.\n",
            "récolte de poires soit mauvaise",
            "lena havik",
        ),
        (
            "fr",
            "Le verger\n\nLa productrice Léna Havik n'a dit que la vérité : la récolte de poires sera mauvaise, "
            "a-t-elle déclaré.\n",
            "récolte de poires sera mauvaise",
            "lena havik",
        ),
    ],
)
def test_a_negation_that_still_asserts_keeps_the_claim(
    engine: OfflineEngine, language: str, text: str, said: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert speaker in said_by(b, said), quotes(b)


# The subject of a verb of saying in the passive is the one told or spoken of, never the one
# who speaks (the speaker is the agent, when there is one).
@pytest.mark.parametrize(
    ("language", "text", "said", "told"),
    [
        (
            "en",
            "Orchard rules\n\nThe grower Lena Havik was told that the pears were sour.\n",
            "pears were sour",
            "lena havik",
        ),
        (
            "en",
            "Orchard rules\n\nThe growers Lena Havik and Ivo Brann were warned that the pears were sour.\n",
            "pears were sour",
            "ivo brann",
        ),
        (
            "fr",
            "Le verger\n\nLa productrice Léna Havik a été informée que les poires étaient acides.\n",
            "poires étaient acides",
            "lena havik",
        ),
        (
            "fr",
            "Le verger\n\nLéna Havik a été prévenue que les poires étaient acides.\n",
            "poires étaient acides",
            "lena havik",
        ),
    ],
)
def test_the_one_told_in_the_passive_is_no_speaker(
    engine: OfflineEngine, language: str, text: str, said: str, told: str
) -> None:
    b = run(engine, text, language)
    assert told not in said_by(b, said), quotes(b)


# A subject pronoun takes up the most salient agreeing referent: the subject of the sentence
# just before outranks a speaker named two sentences back (recency outweighs the speaker's role).
@pytest.mark.parametrize(
    ("language", "text", "said", "speaker"),
    [
        (
            "en",
            "Orchard rules\n\nLena Havik and Mira Solberg visited the orchard. Havik said the pears were sour. "
            "Solberg, a chemist, disagreed. She said the fruit was perfectly ripe.\n",
            "fruit was perfectly ripe",
            "mira solberg",
        ),
        (
            "en",
            "Orchard rules\n\nIvo Brann and Teo Lindqvist visited the orchard. Brann said the pears were sour. "
            "Lindqvist, the inspector, frowned. He said the fruit was perfectly ripe.\n",
            "fruit was perfectly ripe",
            "teo lindqvist",
        ),
        (
            "fr",
            "Le verger\n\nLéna Havik et Mira Solberg ont visité le verger. Havik a affirmé que les poires étaient "
            "acides. Solberg, une chimiste, n'était pas d'accord. Elle a assuré que les fruits étaient "
            "parfaitement mûrs.\n",
            "fruits étaient parfaitement mûrs",
            "mira solberg",
        ),
        (
            "fr",
            "Le verger\n\nIvo Brann et Téo Lindqvist ont visité le verger. Brann a affirmé que les poires étaient "
            "acides. Lindqvist, l'inspecteur, a froncé les sourcils. Il a assuré que les fruits étaient "
            "parfaitement mûrs.\n",
            "fruits étaient parfaitement mûrs",
            "teo lindqvist",
        ),
    ],
)
def test_a_pronoun_takes_up_the_last_subject_before_an_earlier_speaker(
    engine: OfflineEngine, language: str, text: str, said: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, said) == {speaker}, quotes(b)


# "par X" / "by X" is the agent of the participle it follows ("the ban imposed by X"), never of
# an active verb of saying before it: an active compound past has no agent.
@pytest.mark.parametrize(
    ("language", "text", "said", "not_speaker"),
    [
        (
            "fr",
            "Le verger\n\nLéna Havik, présidente de la coopérative, a critiqué l'interdiction imposée par "
            "l'inspecteur Ivo Brann.\n",
            "interdiction imposée",
            "ivo brann",
        ),
        (
            "fr",
            "Le verger\n\nLéna Havik (coopérative) a critiqué l'interdiction imposée par l'inspecteur Ivo Brann.\n",
            "interdiction imposée",
            "ivo brann",
        ),
        (
            "en",
            "Orchard rules\n\nLena Havik, head of the cooperative, has criticised the ban imposed by the inspector "
            "Ivo Brann.\n",
            "ban imposed",
            "ivo brann",
        ),
    ],
)
def test_the_agent_of_a_participle_is_no_speaker_of_the_verb_before(
    engine: OfflineEngine, language: str, text: str, said: str, not_speaker: str
) -> None:
    b = run(engine, text, language)
    assert not_speaker not in said_by(b, said), quotes(b)


# A plural pronoun takes up the coordinated subject of the sentence just before ("X and Y met.
# They said …"): both speak, not a group named earlier.
@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        (
            "en",
            "Orchard rules\n\nThe growers say they were never consulted. Lena Havik and Ivo Brann met on Monday. "
            "They said talks would continue.\n",
            "talks would continue",
        ),
        (
            "fr",
            "Le verger\n\nLes producteurs affirment qu'ils n'ont jamais été consultés. Léna Havik et Ivo Brann se "
            "sont rencontrés lundi. Ils ont indiqué que les discussions continueraient.\n",
            "discussions continueraient",
        ),
    ],
)
def test_a_plural_pronoun_takes_up_a_coordinated_subject(
    engine: OfflineEngine, language: str, text: str, said: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, said) == {"lena havik", "ivo brann"}, quotes(b)


# Who reports is more salient than who is reported on: a subject inside a reported clause does
# not outrank the reporting clause's subject as a later pronoun's antecedent.
@pytest.mark.parametrize(
    ("language", "text", "said", "speaker"),
    [
        (
            "fr",
            "Le verger\n\nLe ministère de l'Agriculture a indiqué que l'inspecteur Ivo Brann avait rencontré les "
            "producteurs pendant une heure. Les poires seront testées à nouveau en mai, a-t-il précisé.\n",
            "testées à nouveau",
            "ministere de l'agriculture",
        ),
        (
            "en",
            "Orchard rules\n\nThe grower Lena Havik said that the chemist Mira Solberg had visited the orchard on "
            "Monday. The pears would be tested again in May, she added.\n",
            "tested again",
            "lena havik",
        ),
    ],
)
def test_a_pronoun_takes_up_the_reporter_not_the_reported(
    engine: OfflineEngine, language: str, text: str, said: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, said) == {speaker}, quotes(b)


# A past participle of saying on a noun is passive: the one it describes is criticised, accused,
# told — never the one who speaks ("X, accused of lying", "X, critiqué pour …").
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Orchard rules\n\nThe inspector Ivo Brann, criticised last week for banning the pears, met the growers.\n",
        ),
        ("en", "Orchard rules\n\nThe growers met the inspector Ivo Brann, accused of lying about the samples.\n"),
        (
            "fr",
            "Le verger\n\nL'inspecteur Ivo Brann, critiqué la semaine dernière pour avoir interdit les poires, a "
            "rencontré les producteurs.\n",
        ),
        (
            "fr",
            "Le verger\n\nLes producteurs ont rencontré l'inspecteur Ivo Brann, accusé d'avoir menti sur les "
            "échantillons.\n",
        ),
    ],
)
def test_the_one_a_past_participle_describes_is_no_speaker(engine: OfflineEngine, language: str, text: str) -> None:
    b = run(engine, text, language)
    assert not [q for c in b.claims for q in (e.quote for e in c.evidence)], quotes(b)


# "Reject" with a plain object that is no saying (a budget, a bill) is a decision, an act, not a
# claim; with a noun of saying ("the accusations") it is still a claim.
@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "Orchard rules\n\nThe town council rejected the budget for the orchards on Monday.\n", None),
        ("fr", "Le verger\n\nLe conseil municipal a rejeté le budget des vergers lundi.\n", None),
        (
            "en",
            "Orchard rules\n\nThe inspector Ivo Brann rejected the accusations of the growers on Monday.\n",
            "ivo brann",
        ),
        ("fr", "Le verger\n\nL'inspecteur Ivo Brann a rejeté les accusations des producteurs lundi.\n", "ivo brann"),
    ],
)
def test_rejecting_a_thing_is_an_act_rejecting_words_a_claim(
    engine: OfflineEngine, language: str, text: str, speaker: str | None
) -> None:
    b = run(engine, text, language)
    speakers = said_by(b, "accusations") if speaker else {q for q in quotes(b) if "budget" in q}
    assert speakers == ({speaker} if speaker else set()), quotes(b)
