"""Court filings, round 15 (sentences written for the test, checked by
tests/test_no_dev_sentences.py): what a party files in court ("the complaint", "the lawsuit",
"the motion", "la plainte", "la requête") asserts for whoever filed it or brought the case, as a
statement does for whoever issued it; a verb that acts against a filing or a statement
("dismissed", "rejected") makes its subject neither the author of the filing nor the speaker of
what the filing says."""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, said_by


def _article(*paragraphs: str) -> str:
    """An article of ``paragraphs``: the first is the headline."""
    return "\n\n".join(paragraphs) + "\n"


_EN = _article(
    "Tenants sue Brenton over rent rules",
    "The Harlow Tenants Union filed a complaint against the city of Brenton on Monday, saying the "
    "new rent rules break state law.",
    "The complaint notes that rents in the district rose by 40 percent in two years. According to "
    "the complaint, the city ignored repeated warnings from residents.",
    "Mayor Dana Whitcombe said the city would fight the lawsuit. \"These rules protect families,\" she "
    "said.",
    "The lawsuit also claims that the council met in secret to approve the rules. In a motion filed "
    "on Friday, the union asks the court to suspend the rules; the motion argues that tenants face "
    "eviction within weeks.",
)

_FR = _article(
    "Des locataires attaquent la ville de Brenton",
    "L'Union des locataires de Harlow a déposé lundi une plainte contre la ville de Brenton, "
    "estimant que les nouvelles règles sur les loyers violent la loi.",
    "La plainte souligne que les loyers du quartier ont augmenté de 40 % en deux ans. Selon la "
    "plainte, la ville a ignoré les avertissements répétés des habitants.",
    "La maire Dana Whitcombe a déclaré que la ville contesterait la plainte. « Ces règles protègent "
    "les familles », a-t-elle ajouté.",
    "La requête affirme également que le conseil s'est réuni en secret pour approuver les règles.",
)

# the case brought by a verb of suing, its complaint taken up eight sentences later
_SUED = _article(
    "Tenants take Brenton to court",
    "The Harlow Tenants Union sued the city of Brenton on Monday over its new rent rules.",
    "The rules, passed in January, cap the number of tenants per flat. Landlords welcomed them. The "
    "city says they will ease crowding. Housing experts are divided. Some councillors have asked for "
    "a review. A vote on the budget is due in May. The mayor has not commented.",
    "The complaint notes that rents in the district rose by 40 percent in two years.",
)


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        (_EN, "en", "rents in the district rose", "harlow tenants union"),  # "the complaint notes that …"
        (_EN, "en", "the city ignored repeated warnings", "harlow tenants union"),  # "according to the complaint"
        (_EN, "en", "the council met in secret", "harlow tenants union"),  # "the lawsuit also claims …"
        (_EN, "en", "tenants face eviction within weeks", "harlow tenants union"),  # "the motion argues …"
        (_EN, "en", "These rules protect families", "dana whitcombe"),  # the other side keeps its words
        (_FR, "fr", "les loyers du quartier ont augmenté", "union des locataires de harlow"),
        (_FR, "fr", "la ville a ignoré les avertissements", "union des locataires de harlow"),  # "selon la plainte"
        (_FR, "fr", "le conseil s'est réuni en secret", "union des locataires de harlow"),  # "la requête affirme"
        (_FR, "fr", "Ces règles protègent les familles", "dana whitcombe"),
        (_SUED, "en", "rents in the district rose", "harlow tenants union"),
    ],
)
def test_a_filing_speaks_for_its_filer(text: str, language: str, words: str, speaker: str) -> None:
    assert said_by(brief(text, language), words) == {speaker}


_DISMISSED = _article(
    "Court throws out tenants' case",
    "The Harlow Tenants Union sued the city of Brenton in March.",
    "On Tuesday, Judge Miriam Osei dismissed a lawsuit claiming that the rent rules break state law. "
    "The union said it would appeal.",
    "Days earlier, the city council had rejected a petition calling for the rules to be scrapped.",
)

_REJETEE = _article(
    "Le tribunal de Brenton statue",
    "L'Union des locataires de Harlow a attaqué la ville de Brenton en justice en mars.",
    "Mardi, la juge Miriam Osei a rejeté une requête affirmant que les règles violent la loi. "
    "L'union a annoncé qu'elle ferait appel.",
)


def test_who_dismisses_a_filing_is_not_its_author() -> None:
    b = brief(_DISMISSED, "en")
    assert "miriam osei" not in said_by(b, "the rent rules break state law")
    assert not said_by(b, "a petition calling for the rules")  # rejecting a petition is not saying its words
    assert said_by(b, "it would appeal") == {"harlow tenants union"}


def test_who_rejects_a_filing_does_not_speak_its_words() -> None:
    b = brief(_REJETEE, "fr")
    assert "miriam osei" not in said_by(b, "les règles violent la loi")
    assert said_by(b, "elle ferait appel") == {"union des locataires de harlow"}
