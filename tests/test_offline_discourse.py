"""Two discourse facts the parser alone gets wrong. Adverbials of turn-taking inside a verb
group ("X a pour sa part condamné …", "X, for its part, condemned …") are blanked in the copy
the parser reads, so the verb keeps its subject and object; the claim's text never starts with
them. A group taken up by a demonstrative and the same noun ("quelques associations … ces
associations") is the group named before, not a second actor. Every sentence here is composed
for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import speakers_and_quotes

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.document import mask_markup
from summarizer.engines.offline.profile import fold, profile


def claims_of(text: str, language: str, engine: OfflineEngine) -> list[tuple[str, str]]:
    return speakers_and_quotes(engine.summarize(parse(text, language=language)))


@pytest.mark.parametrize(
    ("text", "language", "speaker", "quote"),
    [
        ("La mairie de Corlay va fermer deux écoles. L'Association des parents d'élèves a pour sa part condamné "
         "une décision brutale.", "fr", "association des parents d'eleves", "une décision brutale"),
        ("La mairie de Corlay va fermer deux écoles. La Fédération des commerçants a de son côté dénoncé une "
         "mesure injuste.", "fr", "federation des commercants", "une mesure injuste"),
        ("La mairie de Corlay va fermer deux écoles. Les syndicats enseignants réclament quant à eux un moratoire "
         "sur les fermetures.", "fr", "syndicats enseignants", "un moratoire sur les fermetures"),
        ("La mairie de Corlay va fermer deux écoles. Le maire Paul Viard a une nouvelle fois dénoncé une mesure "
         "injuste.", "fr", "paul viard", "une mesure injuste"),
        ("La mairie de Corlay va fermer deux écoles. Le maire Paul Viard a dans la foulée dénoncé une mesure "
         "injuste.", "fr", "paul viard", "une mesure injuste"),
        ("The Corley council will close two schools. The Parents Union, for its part, said the decision was "
         "brutal.", "en", "parents union", "the decision was brutal"),
    ],
)
def test_adverbials_of_turn_taking_leave_the_verb_its_subject(
    engine: OfflineEngine, text: str, language: str, speaker: str, quote: str
) -> None:
    assert (speaker, quote) in claims_of(text, language, engine)


def test_blanked_adverbials_keep_offsets_and_lines() -> None:
    blank = profile("fr").parse_blank
    text = "L'Union, de son côté, a voté.\nPour sa part, Marc a dit non. Ils ont quant à eux   voté.\nde son côtéx"
    masked = mask_markup(text, blank)
    assert len(masked) == len(text) and masked.count("\n") == 2
    expected = text.replace(", de son côté,", " " * 14).replace("Pour sa part,", " " * 13)
    expected = expected.replace("quant à eux", " " * 11)
    assert masked == expected


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Quelques associations étudiantes ont manifesté mardi contre la hausse des frais. Ces associations "
         "réclament la gratuité des études.", "fr", "associations etudiantes"),
        ("Several tenant groups marched on Tuesday against the rent rise. These groups demand a freeze on "
         "rents.", "en", "tenant groups"),
    ],
)
def test_a_demonstrative_and_the_same_noun_take_up_the_group(
    engine: OfflineEngine, text: str, language: str, group: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    names = [fold(a.name) for a in b.actors]
    assert any(group in n for n in names), names
    assert not any(n.endswith(group.split()[-1]) and group not in n for n in names), names


@pytest.mark.parametrize(
    ("text", "language", "speaker", "words"),
    [
        ("The flood closed the bridge at Pellow for a week.\n\nMany residents were angry, like Nora Quist "
         "(@noraquist):\n\nThe council knew the river would rise and did nothing to warn the farms below the "
         "bridge.", "en", "nora quist", "The council knew the river would rise"),
        ("La crue a fermé le pont de Pellac pendant une semaine.\n\nBeaucoup d'habitants étaient en colère, "
         "comme Nora Quistel (@noraquistel) :\n\nLa mairie savait que la rivière monterait et n'a rien fait "
         "pour prévenir les fermes en aval du pont.", "fr", "nora quistel", "La mairie savait que la rivière"),
    ],
)
def test_a_named_example_before_a_colon_speaks_the_block(
    engine: OfflineEngine, text: str, language: str, speaker: str, words: str
) -> None:
    """"Many were angry, like Jane Roe (@janeroe):" — the block after the colon is the words of
    the one named as an example, not of the group she exemplifies."""
    assert any(who == speaker and words in quote for who, quote in claims_of(text, language, engine))


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Pellow residents posted their anger online.\n\nRuth Amble wrote:\n\nThe bridge is closed again "
         "#Pellow. Do you really think the council cares about the farms @PellowCouncil?", "en",
         "The bridge is closed again"),
        ("Les habitants de Pellac ont dit leur colère en ligne.\n\nRuth Amblard a écrit :\n\nLe pont est "
         "encore fermé #Pellac. Croyez-vous vraiment que la mairie se soucie des fermes @MairiePellac ?", "fr",
         "Le pont est encore fermé"),
    ],
)
def test_a_statement_ending_on_a_hashtag_before_a_question_is_no_question(
    engine: OfflineEngine, text: str, language: str, words: str
) -> None:
    """A hashtag or handle is set aside to see whether a text is only a question, but not the
    full stop after it: "… closed #Town. Do you …?" states something before it asks."""
    assert any(words in quote for _, quote in claims_of(text, language, engine))
