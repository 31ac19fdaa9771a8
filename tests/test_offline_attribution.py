"""Who said it: quotations are given to the right speaker by general mechanisms of news
discourse — the turn of a quoted speaker ends when another actor takes the floor, a quotation
in a clause is the words of that clause's subject or of the verb of saying that reports it.
Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by_any_name

from summarizer.engines.offline import OfflineEngine
from summarizer.schema import Briefing
from tests.briefing_queries import run


def show(b: Briefing) -> list[tuple[str | None, list[str]]]:
    return [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


# A quotation with no cue in a clause whose subject is another named speaker is that
# speaker's words (the last quoted speaker's turn is over).
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker", "not_speaker"),
    [
        (
            "fr",
            "Le maire Lucien Ferrand a défendu le projet de tramway : « Les travaux dureront deux ans "
            "et pas un jour de plus ». Odile Marchetti, conseillère d'opposition, a ensuite pris la parole "
            "contre ce « calendrier totalement irréaliste pour les commerçants du centre ».",
            "calendrier totalement irréaliste",
            "odile marchetti",
            "lucien ferrand",
        ),
        (
            "en",
            'Mayor Walter Brandt defended the tram plan: "The works will last two years and not a day '
            'more." Councillor Fiona Gallagher then took the floor against this "timetable utterly '
            'unrealistic for the shops downtown".',
            "timetable utterly unrealistic",
            "fiona gallagher",
            "walter brandt",
        ),
    ],
)
def test_a_new_subject_ends_the_quoted_turn(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str, not_speaker: str
) -> None:
    b = run(engine, text, language)
    assert speaker in said_by_any_name(b, words) and not_speaker not in said_by_any_name(b, words), show(b)


# Another speaker's speech act between two quotations ends the first speaker's turn, even
# when that speaker is named by a pronoun.
@pytest.mark.parametrize(
    ("language", "text", "words", "not_speaker"),
    [
        (
            "fr",
            "La ministre Irène Castaing a reçu lundi Marius Delorme, le président du club. « C'est un "
            "échange très constructif et franc », a-t-elle déclaré. De son côté, il a confirmé la rencontre. "
            "Les deux parties ont abordé « des pistes sérieuses de financement » lors de l'entretien.",
            "des pistes sérieuses",
            "irene castaing",
        ),
        (
            "en",
            "Minister Irene Castaing met Marius Delorme, the club's chairman, on Monday. \"It was a very "
            'frank and constructive exchange," she said. For his part, he confirmed the meeting. Both '
            'sides discussed "serious ways to raise the money" during the talks.',
            "serious ways to raise the money",
            "irene castaing",
        ),
    ],
)
def test_another_speech_act_ends_the_quoted_turn(
    engine: OfflineEngine, language: str, text: str, words: str, not_speaker: str
) -> None:
    b = run(engine, text, language)
    assert not_speaker not in said_by_any_name(b, words), show(b)


# A quotation inside the words an incise reports ("… « … » et « … », a précisé X") is the
# incise's speaker's, not the last quoted speaker's.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker", "not_speaker"),
    [
        (
            "fr",
            "La ministre Irène Castaing a reçu lundi Marius Delorme, le président du club. « C'est un "
            "échange très constructif et franc », a-t-elle déclaré. Les deux parties ont abordé « des pistes "
            "sérieuses de financement » ainsi que le « calendrier des travaux », a précisé le président du club.",
            "des pistes sérieuses",
            "marius delorme",
            "irene castaing",
        ),
        (
            "en",
            "Minister Irene Castaing met Marius Delorme, the club's chairman, on Monday. \"It was a very "
            'frank and constructive exchange," she said. Both sides discussed "serious ways to raise the '
            'money" and the "schedule of the works", the chairman said on Tuesday.',
            "serious ways to raise the money",
            "marius delorme",
            "irene castaing",
        ),
    ],
)
def test_a_quotation_inside_an_incise_content(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str, not_speaker: str
) -> None:
    b = run(engine, text, language)
    assert speaker in said_by_any_name(b, words) and not_speaker not in said_by_any_name(b, words), show(b)


# A source frame ("selon X", "according to X") gives its sentence to X; a verb of saying in a
# clause inside that sentence does not take it over (only the verb the frame qualifies does).
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "Le ministère de la Santé a ouvert deux cliniques dans la vallée l'an dernier. Selon le docteur "
            "Paul Verdier, beaucoup de familles restent à l'écart parce que le ministère affirme que les "
            "cliniques manquent d'infirmières.",
            "beaucoup de familles restent",
            "paul verdier",
        ),
        (
            "en",
            "The health ministry opened two clinics in the valley last year. According to Dr Paul Verdier, "
            "many families still stay away because the ministry says the clinics are short of nurses.",
            "many families still stay away",
            "paul verdier",
        ),
    ],
)
def test_a_frame_is_not_voiced_by_a_verb_inside_its_clause(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert speaker in said_by_any_name(b, words), show(b)


# A named person between commas after a phrase naming one of a group or a spokesperson is who
# speaks ("l'un des juristes de X, Jane Roe, précise"), whatever label the parser gave the name.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "La mairie de Valcourt a présenté mardi son plan pour les logements vacants. L'un des juristes "
            "de l'association Toit Commun, Bastien Roussel, précise que « la loi permet déjà de "
            "réquisitionner ces bâtiments vides ».",
            "la loi permet déjà",
            "bastien roussel",
        ),
        (
            "en",
            "Valcourt town hall presented its plan for empty homes on Tuesday. One of the lawyers of the "
            'Common Roof association, Bastien Roussel, explains that "the law already allows these empty '
            'buildings to be requisitioned".',
            "the law already allows",
            "bastien roussel",
        ),
    ],
)
def test_a_name_in_apposition_speaks_for_its_phrase(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert speaker in said_by_any_name(b, words), show(b)


# Whom a spokesperson answers or addresses ("à une question de X", "to a question from X") is
# not whom the spokesperson speaks for.
@pytest.mark.parametrize(
    ("language", "text", "words", "not_speaker"),
    [
        (
            "fr",
            "Le syndicat Force Rail a appelé à la grève jeudi. « Nous ne signerons pas cet accord au "
            "rabais », a rétorqué la porte-parole de la direction à une question du quotidien La Gazette du Nord.",
            "Nous ne signerons pas",
            "gazette du nord",
        ),
        (
            "en",
            'The Rail Force union called a strike on Thursday. "We will not sign this cut-price deal," '
            "replied the spokeswoman of the management to a question from the Valmont Daily Courier.",
            "We will not sign",
            "valmont daily courier",
        ),
    ],
)
def test_the_addressee_of_a_spokesperson_does_not_speak(
    engine: OfflineEngine, language: str, text: str, words: str, not_speaker: str
) -> None:
    b = run(engine, text, language)
    assert not_speaker not in said_by_any_name(b, words), show(b)


# "Pour X, …" / "For X, …" opening a sentence frames X's view even when X is a long phrase.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "La mairie de Valcourt a présenté mardi son plan pour les logements vacants. Pour les élus de "
            "l'opposition au conseil municipal de Valcourt, ce plan arrive bien trop tard pour les familles.",
            "ce plan arrive bien trop tard",
            "elus",
        ),
        (
            "en",
            "Valcourt town hall presented its plan for empty homes on Tuesday. But for the councillors of "
            "the opposition on the town council of Valcourt, the plan comes far too late for families.",
            "the plan comes far too late",
            "councillors",
        ),
    ],
)
def test_a_long_source_frame_opening_a_sentence(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert any(speaker in name for name in said_by_any_name(b, words)), show(b)


# A pronoun after a spokesperson's words takes up the one who spoke: the body the spokesperson
# speaks for ("… said a spokeswoman for X. She added …": X), or the spokesperson, whose gender
# is the French article's ("une porte-parole … Elle a ajouté").
@pytest.mark.parametrize(
    ("language", "text", "words", "not_speaker"),
    [
        (
            "fr",
            "La pêcheuse Anna Lund a accusé lundi le ministère de la Pêche de cacher les chiffres. « Les "
            "quotas ont été respectés par tous les bateaux du port », a déclaré une porte-parole du "
            "ministère de la Pêche. Elle a ajouté que l'enquête prendrait encore plusieurs semaines.",
            "l'enquête prendrait encore",
            "anna lund",
        ),
        (
            "en",
            "Fisher Anna Lund accused the Valdorian Fisheries Ministry of hiding the figures on Monday. "
            '"The quotas were respected by every boat in the port," said a spokeswoman for the Fisheries '
            "Ministry. She added that the inquiry would take several more weeks.",
            "the inquiry would take",
            "anna lund",
        ),
    ],
)
def test_a_pronoun_takes_up_the_spokesperson(
    engine: OfflineEngine, language: str, text: str, words: str, not_speaker: str
) -> None:
    b = run(engine, text, language)
    found = said_by_any_name(b, words)
    assert found and not_speaker not in found and "fisher anna lund" not in found, show(b)


# A definite body noun ("le ministère") takes up the body last introduced with that noun, even
# when no proper name names it ("le ministère de l'Agriculture"), before any other named body.
# (English takes another path: "the ministry" is its own nominal actor in the actors stage.)
def test_a_body_noun_takes_up_a_body_introduced_with_it(engine: OfflineEngine) -> None:
    text = (
        "Le syndicat Terre Vive a bloqué les routes du département mardi. « Ces blocages sont "
        "inacceptables », juge le ministère de l'Agriculture. Le ministère s'est dit prêt à « recevoir "
        "les représentants des éleveurs dès lundi »."
    )
    b = run(engine, text, "fr")
    found = said_by_any_name(b, "recevoir les représentants")
    assert "ministere de l'agriculture" in found and "terre vive" not in found, show(b)


# A statement qualified by a nationality adjective ("the Portuguese statement", "le communiqué
# portugais") is the state's, not that of whoever last issued a statement.
@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "fr",
            "Le Premier ministre Rui Almada a publié un communiqué lundi. Le Portugal accueillera le sommet "
            "des pêcheurs en mai. Le communiqué portugais appelle à un cessez-le-feu immédiat le long du fleuve.",
            "cessez-le-feu immédiat",
        ),
        (
            "en",
            "Prime Minister Rui Almada released a statement on Monday. Portugal will host the fishermen's "
            "summit in May. The Portuguese statement called for an immediate ceasefire along the river.",
            "an immediate ceasefire",
        ),
    ],
)
def test_a_statement_qualified_by_a_nationality_is_the_states(
    engine: OfflineEngine, language: str, text: str, words: str
) -> None:
    b = run(engine, text, language)
    found = said_by_any_name(b, words)
    assert "portugal" in found and "rui almada" not in found, show(b)


# A discourse aside with a possessive ("de son côté", "pour sa part") is never the speaker: the
# subject before it is. (The English "for its part" is parsed another way; not covered yet.)
def test_a_possessive_aside_is_not_the_speaker(engine: OfflineEngine) -> None:
    text = (
        "La procureure Lina Varga a ouvert une enquête lundi : « Nous irons jusqu'au bout de cette "
        "affaire ». Le gouvernement a de son côté dénoncé « une campagne de dénigrement sans précédent "
        "contre ses ministres »."
    )
    b = run(engine, text, "fr")
    found = said_by_any_name(b, "une campagne de dénigrement")
    assert found and "lina varga" not in found, show(b)
