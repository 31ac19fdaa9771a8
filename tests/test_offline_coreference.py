"""Coreference of third-person subject pronouns: a plural pronoun ("they", "ils", "elles")
takes up a plural antecedent (a group of people, a body whose name is plural) and never a body
or a state named in the singular, unless the profile lets it by sense (English: a body, "the
ministry … they"; a state named in the singular stays "it"). Every sentence here is composed for
the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import speakers_and_quotes

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


def claims_of(text: str, language: str, engine: OfflineEngine) -> list[tuple[str, str]]:
    return speakers_and_quotes(engine.summarize(parse(text, language=language)))


@pytest.mark.parametrize(
    ("text", "language", "wrong", "quote"),
    [
        (
            "Les pêcheurs de Brévalon ont bloqué le port de Kervenec mardi. La Norvège a annoncé de nouveaux quotas "
            "de cabillaud. Ils estiment que ces quotas vont ruiner leur métier.",
            "fr",
            "norvege",
            "ces quotas vont ruiner leur métier",
        ),
        (
            "Les manifestantes ont défilé jeudi devant la mairie de Corvenne. Le Portugal a gelé les salaires du "
            "secteur. Elles affirment que le gel des salaires pousse les soignantes à partir.",
            "fr",
            "portugal",
            "le gel des salaires pousse les soignantes à partir",
        ),
        (
            "The fishermen of Dunmere blocked the harbour of Kelloway on Tuesday. Norway announced new cod quotas. "
            "They said the quotas would ruin their trade.",
            "en",
            "norway",
            "the quotas would ruin their trade",
        ),
        (
            "The nurses of the Saint Arnold clinic marched on Thursday. Portugal froze wages in the sector. "
            "They argued that the wage freeze was driving carers away.",
            "en",
            "portugal",
            "the wage freeze was driving carers away",
        ),
    ],
)
def test_a_plural_pronoun_never_takes_up_a_state_named_in_the_singular(
    engine: OfflineEngine, text: str, language: str, wrong: str, quote: str
) -> None:
    speakers = [s for s, q in claims_of(text, language, engine) if q == quote]
    assert speakers
    assert wrong not in speakers


@pytest.mark.parametrize(
    ("text", "language", "noun"),
    [
        (
            "The regulator Ofcar fined the television network Telvira on Monday. The {n} said the fine was unfair.",
            "en",
            "network",
        ),
        (
            "The regulator Ofcar fined the television network Telvira on Monday. The {n} said the fine was unfair.",
            "en",
            "broadcaster",
        ),
        (
            "The regulator Ofcar fined the television network Telvira on Monday. The {n} said the fine was unfair.",
            "en",
            "company",
        ),
        (
            "Le régulateur Arcova a infligé une amende à la chaîne de télévision Telvira lundi. {n} a affirmé "
            "que cette amende était injuste.",
            "fr",
            "La chaîne",
        ),
        (
            "Le régulateur Arcova a infligé une amende à la chaîne de télévision Telvira lundi. {n} a affirmé "
            "que cette amende était injuste.",
            "fr",
            "Le diffuseur",
        ),
        (
            "Le régulateur Arcova a infligé une amende à la chaîne de télévision Telvira lundi. {n} a affirmé "
            "que cette amende était injuste.",
            "fr",
            "L'entreprise",
        ),
    ],
)
def test_a_class_noun_takes_up_the_body_it_introduced_by_name(
    engine: OfflineEngine, text: str, language: str, noun: str
) -> None:
    # "the television network Telvira": a proper name in apposition to a determined noun that
    # classifies bodies names a body of that class, whatever the NER makes of an unknown name;
    # "the network", "the broadcaster", "la chaîne" later take it up
    speakers = [s for s, q in claims_of(text.format(n=noun), language, engine) if "amende" in q or "fine" in q]
    assert speakers == ["telvira"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Shares of the carmaker Velkor fell after a ruling of the Dransfeld court. The firm said it would appeal.",
            "en",
        ),
        (
            "Les actions du constructeur Velkor ont chuté après une décision du tribunal de Dransfeld. Le groupe a "
            "annoncé qu'il ferait appel.",
            "fr",
        ),
    ],
)
def test_a_name_after_the_class_noun_s_complement_of_place_is_no_apposition(
    engine: OfflineEngine, text: str, language: str
) -> None:
    # "le tribunal de Dransfeld": a complement of place, not the court's name
    speakers = [s for s, q in claims_of(text, language, engine) if "appe" in q]
    assert speakers == ["velkor"]


@pytest.mark.parametrize(
    ("text", "language", "noun", "body"),
    [
        (
            "Ofcar Communications fined Telvira Broadcasting Corporation on Monday. The {n} said the fine was unfair.",
            "en",
            noun,
            "telvira broadcasting corporation",
        )
        for noun in ("network", "broadcaster", "channel", "outlet")
    ]
    + [
        (
            "Le Conseil supérieur de l'audiovisuel a sanctionné Telvira Médias lundi. {n} a affirmé que cette "
            "sanction était injuste.",
            "fr",
            noun,
            "telvira medias",  # the whole name, without the day after it
        )
        for noun in ("Le média", "La station", "L'éditeur")
    ],
)
def test_a_noun_of_a_trade_takes_up_the_body_last_named(
    engine: OfflineEngine, text: str, language: str, noun: str, body: str
) -> None:
    # "the broadcaster", "le média": a noun naming a body by its trade, with no name of its own,
    # takes up the body last named
    speakers = [s for s, q in claims_of(text.format(n=noun), language, engine) if "unfair" in q or "injuste" in q]
    assert speakers == [body]
