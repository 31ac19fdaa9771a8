"""Disagreements whose target does not speak: the one a verb of accusation or opposition is aimed
at, named by a role noun, a body's noun or a group's ("X condemned the energy minister", "X a
dénoncé le ministre de l'Énergie"), or owning what it is aimed at ("X rejected the plan of the
anglers' federation"), is an actor and the other side; a pronoun object of a clause hung on such
a verb takes up that verb's object ("X condemned Y, accusing him of …").

Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import opposed, run

from summarizer.engines.offline import OfflineEngine

_EN = ("Dispute over the Velmar dam\n\nVelmar, 4 May. The fishermen's leader Ilse Marwick said on Monday that the "
       "river was dying. Senator Paul Drennan condemned the energy minister on Tuesday, accusing him of hiding the "
       "water tests. The regional council rejected the plan of the anglers' federation.")
_FR = ("Querelle autour du barrage de Velmar\n\nVelmar, 4 mai. La porte-parole des pêcheurs, Ilse Marwick, a déclaré "
       "lundi que la rivière se mourait. Le sénateur Paul Drennan a dénoncé mardi le ministre de l'Énergie, "
       "l'accusant de cacher les analyses de l'eau. Le conseil régional a rejeté le projet de la fédération de "
       "pêche.")


@pytest.mark.parametrize(("language", "text", "target"),
                         [("en", _EN, "energy minister"), ("fr", _FR, "ministre de l'energie")])
def test_the_role_an_accusation_is_aimed_at_is_the_other_side(engine: OfflineEngine, language: str, text: str,
                                                              target: str) -> None:
    b = run(engine, text, language)
    assert opposed(b, "paul drennan", target)


@pytest.mark.parametrize(("language", "text", "critic", "owner"),
                         [("en", _EN, "regional council", "anglers' federation"),  # (round 26: possessive named)
                          ("fr", _FR, "conseil regional", "federation de peche")])
def test_the_body_owning_what_is_rejected_is_the_other_side(engine: OfflineEngine, language: str, text: str,
                                                            critic: str, owner: str) -> None:
    b = run(engine, text, language)
    assert opposed(b, critic, owner)
    assert not opposed(b, critic, "ilse marwick")  # not the protagonist by default


_PORT_EN = ("Harbor workers strike in Port Elin\n\nThe union leader Maria Fenwick criticised the shipping company "
            "Balder Lines on Tuesday. \"Balder Lines has ignored every safety warning for years,\" Fenwick told "
            "reporters.\n\nMayor Tom Okafor also condemned the transport minister, accusing him of neglecting the "
            "port.")
_PORT_FR = ("Grève des dockers à Port-Élin\n\nLa dirigeante syndicale Marie Fenouil a critiqué mardi la compagnie "
            "maritime Balder Lignes. « Balder Lignes ignore tous les avertissements depuis des années », a déclaré "
            "Marie Fenouil.\n\nLe maire Thomas Okafor a également dénoncé le ministre des Transports, l'accusant de "
            "négliger le port.")


@pytest.mark.parametrize(("language", "text"), [("en", _PORT_EN), ("fr", _PORT_FR)])
def test_a_pronoun_after_an_accusation_takes_up_its_object(engine: OfflineEngine, language: str, text: str) -> None:
    b = run(engine, text, language)
    assert not opposed(b, "okafor", "fenwick") and not opposed(b, "okafor", "fenouil")
    assert any(opposed(b, "okafor", t) for t in ("transport minister", "ministre des transports", "transports"))


def test_an_indefinite_role_object_is_no_actor(engine: OfflineEngine) -> None:
    text = ("Velmar\n\nVelmar, 4 May. Senator Paul Drennan criticised a minister on Tuesday for the delays, "
            "and said the dam would open in June.")
    b = run(engine, text, "en")
    assert not any(a.name.lower() == "minister" for a in b.actors)


@pytest.mark.parametrize(
    ("language", "text", "critic", "target"),
    [
        ("en", "Dam row\n\nVelmar, 4 May. Economist Lena Holt is critical of the energy ministry and its handling "
               "of the dam.", "lena holt", "energy ministry"),
        ("fr", "Barrage\n\nVelmar, 4 mai. L'économiste Léa Holt est furieuse contre le conseil régional.",
         "lea holt", "conseil regional"),
    ],
)
def test_the_body_an_adjective_of_opposition_is_aimed_at_is_the_other_side(
        engine: OfflineEngine, language: str, text: str, critic: str, target: str) -> None:
    b = run(engine, text, language)
    assert opposed(b, critic, target)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mayor Tom Calloway sharply criticised the handling of the strike by Minister Bo Garrick."),
        ("fr", "La maire Inès Calloway a sévèrement critiqué la conduite de la grève par le ministre Bo Garrick."),
        ("en", "Mayor Tom Calloway judged Minister Bo Garrick's timetable unrealistic."),
        ("fr", "La maire Inès Calloway a jugé le calendrier du ministre Bo Garrick irréaliste."),
        ("fr", "La maire Inès Calloway a qualifié le calendrier du ministre Bo Garrick de désastre."),
    ],
)
def test_the_author_of_an_act_criticised_or_judged_is_the_other_side(engine: OfflineEngine, language: str,
                                                                    text: str) -> None:
    """The agent the parser hangs on the verb is the act noun's ("criticised the handling of Z by Y"); a
    judgement the parser hangs on the name closing the object qualifies the object ("jugé le calendrier
    de Y irréaliste")."""
    head = "Strike\n\nKessel, 9 June. " if language == "en" else "Grève\n\nKessel, 9 juin. "
    b = run(engine, head + text, language)
    assert opposed(b, "calloway", "bo garrick")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mayor Tom Calloway judged Minister Bo Garrick's timetable ambitious."),
        ("fr", "La maire Inès Calloway a jugé le calendrier du ministre Bo Garrick ambitieux."),
    ],
)
def test_a_judgement_that_is_no_reproach_opposes_no_one(engine: OfflineEngine, language: str, text: str) -> None:
    head = "Strike\n\nKessel, 9 June. " if language == "en" else "Grève\n\nKessel, 9 juin. "
    b = run(engine, head + text, language)
    assert not opposed(b, "calloway", "bo garrick")


@pytest.mark.parametrize(
    ("language", "sentence", "target"),
    [
        ("en", "Senator Ada Brook sued the city council over the budget.", "city council"),
        ("en", "Senator Ada Brook slammed the ruling party over the cuts.", "ruling party"),
        ("fr", "La sénatrice Ada Brook a attaqué la décision du conseil municipal.", "conseil municipal"),
        ("fr", "La sénatrice Ada Brook reproche aux élus locaux leur silence.", "elus locaux"),
        ("en", "Senator Ada Brook criticised the opposition for its silence.", "opposition"),
        ("fr", "La sénatrice Ada Brook a critiqué l'opposition pour son silence.", "opposition"),
    ],
)
def test_the_party_aimed_at_is_named_without_the_verbs_complement(engine: OfflineEngine, language: str,
                                                                  sentence: str, target: str) -> None:
    """The target keeps only its "of" complements ("the city council", not "the city council over the
    budget"), a noun after a preposition contracted with the article is definite ("du conseil"), the one
    reproached ("reprocher aux élus") is a target, and a party named by a noun of opposition ("the
    opposition") is one."""
    head = "Budget\n\nVelmar, 4 May. " if language == "en" else "Budget\n\nVelmar, 4 mai. "
    b = run(engine, head + sentence, language)
    assert any(a.name.lower().replace("é", "e") == target for a in b.actors), [a.name for a in b.actors]
    assert opposed(b, "ada brook", target)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Norway threatened Denmark with sanctions over the seized trawler."),
        ("fr", "La Norvège a menacé le Danemark de sanctions après la saisie du chalutier."),
        ("fr", "La Norvège et le Danemark sont en désaccord sur les droits de pêche."),
    ],
)
def test_a_threat_or_a_conflict_shared_by_coordinated_subjects_opposes_them(engine: OfflineEngine, language: str,
                                                                           sentence: str) -> None:
    head = "Fishing\n\nOslo, 2 March. " if language == "en" else "Pêche\n\nOslo, 2 mars. "
    b = run(engine, head + sentence, language)
    assert opposed(b, "norway", "denmark") or opposed(b, "norvege", "danemark")


@pytest.mark.parametrize(
    ("language", "text", "blocked"),
    [
        ("en", "Web access\n\nDelhi, 3 May. The Orvan Telecom company has blocked Pixvault Inc. on its network, users "
               "said. Orvan Telecom said it acted on a court order.", "pixvault inc."),
        ("fr", "Accès au web\n\nDakar, 3 mai. La société Orvan Télécom a bloqué la société Pixvault sur son réseau, "
               "selon des usagers. Orvan Télécom a affirmé agir sur décision de justice.", "pixvault"),
    ],
)
def test_blocking_an_actor_itself_is_no_disagreement(engine: OfflineEngine, language: str, text: str,
                                                     blocked: str) -> None:
    """A verb that stops what someone seeks is against an act or words ("X blocked Y's bill"), not against
    the one it shuts out (a site, a road, a crowd)."""
    b = run(engine, text, language)
    assert not opposed(b, "orvan telecom", blocked)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Budget\n\nVelmar, 4 May. Senator Ada Brook blocked Governor Lars Penn's budget bill on Tuesday."),
        ("fr", "Budget\n\nVelmar, 4 mai. La sénatrice Ada Brook a bloqué le projet de loi du gouverneur Lars Penn."),
    ],
)
def test_blocking_someones_act_opposes_them(engine: OfflineEngine, language: str, text: str) -> None:
    b = run(engine, text, language)
    assert opposed(b, "ada brook", "lars penn")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Web access\n\nDelhi, 3 May. India is blocking access to the photo site Pixvault Inc. as well as two "
               "music sites, users said."),
        ("fr", "Accès au web\n\nDakar, 3 mai. Le Sénégal bloque l'accès au site Pixvault ainsi qu'à deux sites de "
               "musique, selon des usagers."),
    ],
)
def test_blocking_access_to_an_actor_is_no_disagreement(engine: OfflineEngine, language: str, text: str) -> None:
    """Only an act or words the object names as someone's (its possessor, its "of" complement) make the one
    it blocks a side: access to a site is nobody's act."""
    b = run(engine, text, language)
    assert not b.disagreements, [d.topic for d in b.disagreements]
