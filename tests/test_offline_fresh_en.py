"""Reported speech of English news that the offline engine missed on articles it was never tuned
on (evals/fresh), stated as general rules and checked on news items composed for the purpose
(new names, new situations; none taken from an eval article)."""

from __future__ import annotations

import pytest

from summarizer.engines.offline import OfflineEngine
from tests.briefing_queries import opposed, run, said_by


# ------------------------------------------------------------------ a gerund of saying under a preposition
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The council of Marrow Bay met on Tuesday. Councillor Petra Lindqvist opened the debate "
            "by warning that the ferry subsidy would run out in June.\n",
            "the ferry subsidy would run out",
            "petra lindqvist",
        ),
        (
            "Fishermen blocked the port of Essling for a day. The Coastal Workers Union was the "
            "loudest in blaming the regional board for the closures.\n",
            "the regional board for the closures",
            "coastal workers union",
        ),
        (
            "The trial of the Dunmore mill owner resumed. His lawyer, Tomas Reyes, stunned the jury "
            "after claiming that the accounts had been forged by a rival.\n",
            "the accounts had been forged",
            "tomas reyes",
        ),
        (
            "Senator Ruth Achebe backed the new rail link. She went on by noting that the line "
            "would halve travel times to the coast.\n",
            "the line would halve travel times",
            "ruth achebe",
        ),
    ],
)
def test_a_gerund_of_saying_under_a_preposition_speaks_with_the_subject(
    engine: OfflineEngine, text: str, words: str, speaker: str
) -> None:
    """A gerund after a preposition of manner or time ("by saying", "in blaming", "after
    claiming") has no subject of its own: it takes the subject of the verb (or of the adjective's
    verb) the preposition qualifies."""
    assert said_by(run(engine, text, "en"), words) == {speaker}


def test_a_gerund_of_saying_after_for_is_not_the_subjects(engine: OfflineEngine) -> None:
    """"for" takes the object's subject ("Y thanked X for saying …"): the rule leaves it alone."""
    text = (
        "The festival of Corran closed on Sunday. The mayor, Idris Hale, thanked the volunteer "
        "Nadia Petrov for saying that the town would host it again.\n"
    )
    assert "idris hale" not in said_by(run(engine, text, "en"), "the town would host it again")


# ------------------------------------------------------------------ a passive keeps its object's reading
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "A pipeline near Corvald was damaged overnight. The sabotage was claimed by the Northern "
            "Resistance Council in a message to local radio.\n",
            "The sabotage was claimed",
            "northern resistance council",
        ),
        (
            "en",
            "Water ran short in Tessaly for a third week. The resignation of the water commissioner "
            "was demanded by the Tessaly Residents Association.\n",
            "The resignation of the water commissioner was demanded",
            "tessaly residents association",
        ),
        (
            "fr",
            "Un oléoduc a été endommagé près de Corvald dans la nuit. Le sabotage a été revendiqué par "
            "le Conseil de la résistance du Nord dans un message à une radio locale.\n",
            "Le sabotage a été revendiqué",
            "conseil de la resistance du nord",
        ),
        (
            "fr",
            "L'eau manque à Tessaly depuis trois semaines. La démission du commissaire aux eaux a été "
            "réclamée par l'Union des consommateurs.\n",
            "La démission du commissaire aux eaux a été réclamée",
            "union des consommateurs",
        ),
    ],
)
def test_a_passive_with_its_agent_says_what_the_active_object_would(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """A verb whose object is said however short (claiming an act, demanding, opposing) says its
    passive subject, with the act, in the agent's voice: "X claimed the attack" and "the attack
    was claimed by X" report the same claim."""
    assert said_by(run(engine, text, language), words) == {speaker}


# ------------------------------------------------------------------ the court: the most salient one
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "On Monday, the Court of Appeal struck down the fishing quota for the northern coast of Ostria. "
            "Its rulings can be overturned only by the Federal Court.\n\n"
            "The court ruled that the quota \"ignored the rights of coastal villages.\"\n\n"
            "The Court added that the ministry \"must redraw the quota within a month.\"\n",
            "must redraw the quota",
            "court of appeal",
        ),
        (
            "fr",
            "Lundi, la Cour d'appel a annulé le quota de pêche de la côte nord d'Ostrie. Ses décisions ne "
            "peuvent être cassées que par la Cour fédérale.\n\n"
            "La Cour a estimé que le quota « ignorait les droits des villages côtiers ».\n",
            "ignorait les droits des villages",
            "cour d'appel",
        ),
    ],
)
def test_the_bodys_head_noun_takes_up_the_body_named_as_a_subject(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """Of two bodies whose names hold the same head noun, "the Court" takes up the salient one,
    named as a subject (the topic of its clause), not the one named last in a complement."""
    assert said_by(run(engine, text, language), words) == {speaker}


# ------------------------------------------------------------------ two verbs of saying coordinated
@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "The port of Halden will stay open through the winter. Harbour master Ines Varga said "
            "that the pilots had accepted the new rota but denied that any bonus had been offered.\n",
            "the pilots had accepted the new rota",
            "any bonus had been offered",
            "ines varga",
        ),
        (
            "Two flights from Orsk were grounded on Friday. Northwind Airways confirmed that the "
            "aircraft were being inspected and denied that its pilots were on strike.\n",
            "the aircraft were being inspected",
            "its pilots were on strike",
            "northwind airways",
        ),
    ],
)
def test_a_verb_of_saying_coordinated_with_the_reporting_verb_is_a_claim_of_its_own(
    engine: OfflineEngine, text: str, first: str, second: str, speaker: str
) -> None:
    """"X said that A but denied that B": two speech acts of X, A and B apart, though the parser
    hangs the second verb on A's verb (the first claim stops before the coordinator)."""
    b = run(engine, text, "en")
    assert said_by(b, first) == {speaker}
    assert said_by(b, second) == {speaker}
    assert not said_by(b, f"{first} but") and not said_by(b, f"{first} and")


# ------------------------------------------------------------------ alleging: a verb of accusing
@pytest.mark.parametrize(
    ("language", "text", "words", "speakers"),
    [
        (
            "en",
            "The mayoral vote in Tarsia was held on Sunday. Both the Green Party and the Farmers League "
            "have alleged fraud.\n",
            "alleged fraud",
            {"green party", "farmers league"},
        ),
        (
            "fr",
            "Le scrutin municipal de Tarsia a eu lieu dimanche. Le Parti vert et la Ligue paysanne ont "
            "allégué des fraudes.\n",
            "allégué des fraudes",
            {"parti vert", "ligue paysanne"},
        ),
    ],
)
def test_what_is_alleged_is_said_however_short(
    engine: OfflineEngine, language: str, text: str, words: str, speakers: set[str]
) -> None:
    """"To allege" is a verb of accusing, like "accuse" and "charge": its object is said with it
    however short ("X alleged fraud"), by each of its coordinated subjects."""
    assert said_by(run(engine, text, language), words) == speakers


# ------------------------------------------------------------------ a source frame after the content
@pytest.mark.parametrize(
    ("language", "text", "words", "frame", "speaker", "source"),
    [
        (
            "en",
            "Ferry fares to the islands of Holm rose again in May. Transport Minister Olav Rask criticised "
            "the new harbour fees, according to the Holm Courier.\n",
            "the new harbour fees",
            "according to",
            "olav rask",
            "holm courier",
        ),
        (
            "fr",
            "Les tarifs des ferries vers les îles de Holm ont encore augmenté en mai. Le ministre des "
            "Transports Olav Rask a critiqué les nouvelles taxes portuaires, selon le Courrier de Holm.\n",
            "les nouvelles taxes portuaires",
            "selon",
            "olav rask",
            "courrier de holm",
        ),
    ],
)
def test_a_source_frame_after_a_comma_is_no_part_of_what_was_said(
    engine: OfflineEngine, language: str, text: str, words: str, frame: str, speaker: str, source: str
) -> None:
    """"X criticised Y, according to Z": the frame names who reports X's words; the content stops
    before it, and the one reporting does not stand against the one reported."""
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}
    assert not said_by(b, frame)
    assert not opposed(b, speaker, source)
