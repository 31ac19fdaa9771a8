"""People named by their relation to others or their part in an event ("the father", "la
voisine", "the victim's widow") speak like other role nouns, and are never taken for the
person who spoke just before; a quotation closed on a full stop ends its sentence, so the
capitalised sentence after it is no incise of it. Every sentence here is composed for the
test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("A court in Dunmore jailed a local couple for ten years on Friday. The judge said the couple had "
         "shown no remorse. The father said \"I never meant to hurt anyone.\"", "I never meant to hurt anyone",
         "father"),
        ("Firefighters put out a blaze in a bakery in Elmstead overnight. A fire officer said the oven had "
         "overheated. The owner's neighbour said she had smelled smoke for an hour before the alarm.",
         "she had smelled smoke", "owner's neighbour"),
        ("The trial of the Harbour Street robbery opened on Monday. Prosecutor Dana Whitlow said the "
         "evidence was overwhelming. The defendant told the jury he had been at home that night.",
         "he had been at home", "defendant"),
    ],
)
def test_en_relations_speak(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, words) == {speaker}, [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Le tribunal de Vernac a condamné un couple à dix ans de prison vendredi. Le juge a estimé que le "
         "couple n'avait montré aucun remords. La mère a affirmé qu'elle regrettait tout.",
         "elle regrettait tout", "mere"),
        ("Un incendie a détruit une boulangerie de Saint-Aubin dans la nuit. Un officier des pompiers a "
         "indiqué que le four avait surchauffé. La voisine a raconté qu'elle avait senti la fumée une heure "
         "avant l'alarme.", "elle avait senti la fumée", "voisine"),
        ("Le procès du braquage de la rue du Port s'est ouvert lundi. La procureure Anne Vidal a jugé les "
         "preuves accablantes. Le prévenu a assuré qu'il était chez lui ce soir-là.",
         "il était chez lui", "prevenu"),
    ],
)
def test_fr_relations_speak(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    b = engine.summarize(parse(text, language="fr"))
    assert said_by(b, words) == {speaker}, [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker", "next_speaker"),
    [
        ("Le conseil de Vernac a voté le budget.\n\nLe maire a dit : « Nous tiendrons parole. » La ministre a "
         "affirmé qu'elle suivrait le dossier.", "fr", "Nous tiendrons parole", "maire", "ministre"),
        ("The Dunmore council passed its budget on Tuesday.\n\nThe mayor told reporters: \"We will keep our "
         "promises.\" The minister said she would follow the matter closely.", "en",
         "We will keep our promises", "mayor", "minister"),
    ],
)
def test_a_quotation_closed_on_a_full_stop_is_not_the_next_sentences(
    engine: OfflineEngine, text: str, language: str, words: str, speaker: str, next_speaker: str
) -> None:
    # the French parser opens the next sentence with the closing mark; the English one does not, and
    # guards the same reading
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}, [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]
    assert next_speaker in said_by(b, "follow" if language == "en" else "suivrait")


@pytest.mark.parametrize(
    ("text", "language", "words", "speaker"),
    [
        ("The town of Corley held a vote.\n\nSeveral party chairmen said the vote had been rigged.", "en",
         "the vote had been rigged", "party chairmen"),  # the quantifier dropped, as "Three" below
        ("The town of Corley held a vote.\n\nThree secretaries of the union said the strike would continue.", "en",
         "the strike would continue", "secretaries of the union"),
        ("La commune de Corlay a voté.\n\nDeux adjointes du maire ont affirmé que le budget était faux.", "fr",
         "le budget était faux", "adjointes du maire"),
        ("La prison de Vernac a été inspectée.\n\nLes témoignages des anciens détenus rapportent que les cellules "
         "sont surpeuplées.", "fr", "les cellules sont surpeuplées", "anciens detenus"),
        ("The Vernon jail was inspected.\n\nThe testimonies of the survivors say that the guards beat them every "
         "night.", "en", "the guards beat them", "survivors"),
    ],
)
def test_plurals_of_role_and_statement_nouns(
    engine: OfflineEngine, text: str, language: str, words: str, speaker: str
) -> None:
    """Roles and statements in the plural by the profile's plural rule ("chairman" ->
    "chairmen", "adjointe" -> "adjointes", "témoignage" -> "témoignages"), not listed twice."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}, [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]
