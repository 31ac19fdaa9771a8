"""Offline engine: reporting frames other than a verb and its clause, on sentences composed here."""

from __future__ import annotations

from briefing_queries import said_by_any_name

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


# ---------------------------------------------------------------- comparative frames, inverted subject
def test_french_comparative_in_the_present_opening_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "Les éleveurs de Montarlet ont bloqué la route départementale jeudi. La préfète Odile Ferrand a "
        "reçu leurs représentants. Comme le rappelle Ferrand, le fonds d'urgence ne couvre que les "
        "pertes de l'hiver dernier."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "odile ferrand" in said_by_any_name(briefing, "le fonds d'urgence ne couvre que")


def test_french_comparative_with_a_role_noun_opening_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "Le lycée de Brenac fermera deux classes en septembre. Le recteur Paul Ivanic a confirmé la mesure. "
        "Comme le souligne Ivanic, les effectifs ont baissé de moitié en dix ans."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "paul ivanic" in said_by_any_name(briefing, "les effectifs ont baissé de moitié")


def test_english_as_x_put_it_opening_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "Ferry crews in Dunhaven stopped work on Tuesday. Harbour master Greta Olsson met the crews. "
        "As Olsson put it, the timetable leaves too few sailors on each boat."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "greta olsson" in said_by_any_name(briefing, "the timetable leaves too few sailors")


def test_english_as_x_put_it_closing_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "The Orrin valley dam will be raised by four metres. Engineer Marcus Bede has studied the plan "
        "for a year. The valley would flood twice as often, as Bede put it during the hearing."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "marcus bede" in said_by_any_name(briefing, "The valley would flood twice")


def test_english_put_without_as_is_no_saying(engine: OfflineEngine) -> None:
    text = (
        "The Orrin valley council met on Monday. Mayor Lena Corr put the budget to a vote after a long "
        "debate about the bridge."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert not said_by_any_name(briefing, "the budget")


# ---------------------------------------------------------------- nominalised reporting
def test_english_possessor_of_a_saying_noun_with_a_that_clause(engine: OfflineEngine) -> None:
    text = (
        "Nurses at the Pellam clinic protested on Friday. Ward manager Ilse Marrow met them in the afternoon. "
        "Marrow's assertion that night shifts would be shortened calmed the crowd."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "ilse marrow" in said_by_any_name(briefing, "night shifts would be shortened")


def test_english_possessive_determiner_and_an_of_complement(engine: OfflineEngine) -> None:
    text = (
        "Councillor Rupert Haines opposed the tram budget on Monday. His allegations of rigged tenders "
        "were sent to the regional auditor."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "rupert haines" in said_by_any_name(briefing, "rigged tenders")


def test_english_saying_noun_with_an_infinitive(engine: OfflineEngine) -> None:
    text = (
        "The Kelso steelworks lost two contracts this year. Owner Dana Pruitt's pledge to keep every furnace "
        "running drew applause from the staff."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "dana pruitt" in said_by_any_name(briefing, "keep every furnace running")


def test_french_possessive_determiner_and_a_de_complement(engine: OfflineEngine) -> None:
    text = (
        "Le conseiller Rupert Haines s'est opposé au budget du tramway lundi. Ses accusations de favoritisme "
        "ont été transmises à la chambre régionale des comptes."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "rupert haines" in said_by_any_name(briefing, "accusations de favoritisme")


def test_french_saying_noun_with_par_author(engine: OfflineEngine) -> None:
    text = (
        "L'aciérie de Kelso a perdu deux contrats cette année. L'annonce par Dana Pruitt de la fermeture "
        "du haut fourneau a surpris les salariés."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "dana pruitt" in said_by_any_name(briefing, "la fermeture du haut fourneau")


def test_french_saying_noun_with_de_author_and_an_infinitive(engine: OfflineEngine) -> None:
    text = (
        "L'aciérie de Kelso a perdu deux contrats cette année. La propriétaire Dana Pruitt a réuni le personnel. "
        "La promesse de Pruitt de garder tous les fourneaux allumés a rassuré les salariés."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "dana pruitt" in said_by_any_name(briefing, "garder tous les fourneaux")


def test_saying_noun_without_author_is_no_claim(engine: OfflineEngine) -> None:
    text = (
        "The Kelso steelworks lost two contracts this year. The allegations of rigged tenders reached the "
        "regional auditor on Monday."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert not said_by_any_name(briefing, "rigged tenders")


# ---------------------------------------------------------------- commitment and intention
def test_english_hopes_is_hope_whatever_the_lemmatizer_says(engine: OfflineEngine) -> None:
    text = (
        "The Tarrow ferry line closed in March. Transport minister Hilde Roan visited the harbour on Monday. "
        "Roan hopes to restore two crossings a day before the summer."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "hilde roan" in said_by_any_name(briefing, "restore two crossings a day")


def test_english_verbs_of_intention_with_an_infinitive(engine: OfflineEngine) -> None:
    text = (
        "The Tarrow ferry line closed in March. Transport minister Hilde Roan intends to reopen the line in "
        "June. Mayor Osgood Fenn is seeking to buy the old ferry for the town."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "hilde roan" in said_by_any_name(briefing, "reopen the line in June")
    assert "osgood fenn" in said_by_any_name(briefing, "buy the old ferry")


def test_english_seek_with_a_plain_object_is_no_claim(engine: OfflineEngine) -> None:
    text = "The Tarrow ferry line closed in March. Captain Osgood Fenn is seeking new work on the river barges."
    briefing = engine.summarize(parse(text, language="en"))
    assert not said_by_any_name(briefing, "new work on the river")


def test_french_verbs_of_commitment_and_intention_with_an_infinitive(engine: OfflineEngine) -> None:
    text = (
        "La ligne de bac de Tarrow a fermé en mars. La ministre des Transports Hilde Roan s'est engagée à rouvrir "
        "la ligne en juin. Le maire Osgood Fenn cherche à racheter l'ancien bac pour la commune."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "hilde roan" in said_by_any_name(briefing, "rouvrir la ligne en juin")
    assert "osgood fenn" in said_by_any_name(briefing, "racheter l'ancien bac")


def test_french_entendre_with_an_infinitive(engine: OfflineEngine) -> None:
    text = (
        "La ligne de bac de Tarrow a fermé en mars. La ministre des Transports Hilde Roan entend rouvrir la "
        "ligne avant l'été."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "hilde roan" in said_by_any_name(briefing, "rouvrir la ligne avant")


def test_french_engager_with_a_plain_object_is_no_claim(engine: OfflineEngine) -> None:
    text = "La ligne de bac de Tarrow a fermé en mars. Le maire Osgood Fenn a engagé des travaux sur le quai."
    briefing = engine.summarize(parse(text, language="fr"))
    assert not said_by_any_name(briefing, "des travaux sur le quai")


# ---------------------------------------------------------------- a noun of saying issued by the subject
def test_english_subject_issues_a_noun_of_saying(engine: OfflineEngine) -> None:
    text = (
        "The Brannock mine was sold in May. Miners' delegate Petra Lusk has levelled charges of falsified "
        "safety reports at the new owners."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "petra lusk" in said_by_any_name(briefing, "falsified safety reports")


def test_french_subject_issues_a_noun_of_saying(engine: OfflineEngine) -> None:
    text = (
        "La mine de Brannock a été vendue en mai. La déléguée des mineurs Petra Lusk a porté des accusations "
        "de fraude contre les nouveaux propriétaires."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "petra lusk" in said_by_any_name(briefing, "accusations de fraude contre")


def test_english_noun_of_saying_with_no_content_is_no_claim(engine: OfflineEngine) -> None:
    text = "The Brannock mine was sold in May. Delegate Petra Lusk made some promises of her own on Friday."
    briefing = engine.summarize(parse(text, language="en"))
    assert not said_by_any_name(briefing, "promises of her own")


# ---------------------------------------------------------------- the author after "by", a relative complementiser
def test_english_saying_noun_with_by_author_and_a_that_clause(engine: OfflineEngine) -> None:
    text = (
        "The Corran bridge was closed in April. Engineer Nadia Voss inspected it twice. The warning by Voss "
        "that the cables had rusted through was ignored by the county."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "nadia voss" in said_by_any_name(briefing, "the cables had rusted through")


def test_french_saying_noun_with_selon_laquelle(engine: OfflineEngine) -> None:
    text = (
        "Le pont de Corran a été fermé en avril. L'affirmation de l'ingénieure Nadia Voss selon laquelle les "
        "câbles étaient rongés par la rouille a été ignorée par le département."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "nadia voss" in said_by_any_name(briefing, "les câbles étaient rongés")
    assert not any(c.evidence[0].quote.startswith("L'affirmation") for c in briefing.claims)


# ---------------------------------------------------------------- frames with a genitive source, quoting frames
def test_english_possessive_frame_with_a_genitive(engine: OfflineEngine) -> None:
    text = (
        "The Lisk valley school lost its bus service in May. Headteacher Amos Quarry wrote to the council. "
        "In Quarry's view, the pupils now walk too far on an unlit road."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "amos quarry" in said_by_any_name(briefing, "the pupils now walk too far")


def test_english_possessive_frame_with_a_genitive_closing_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "The Lisk valley school lost its bus service in May. Headteacher Amos Quarry wrote to the council. "
        "The pupils now walk too far on an unlit road, in Quarry's words."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "amos quarry" in said_by_any_name(briefing, "The pupils now walk too far")


def test_english_to_quote_frames_a_speaker(engine: OfflineEngine) -> None:
    text = (
        "The Lisk valley school lost its bus service in May. Headteacher Amos Quarry wrote to the council. "
        "To quote Quarry, the pupils now walk too far on an unlit road."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "amos quarry" in said_by_any_name(briefing, "the pupils now walk too far")


def test_french_pour_citer_frames_a_speaker(engine: OfflineEngine) -> None:
    text = (
        "L'école de la vallée de Lisk a perdu son car scolaire en mai. Le directeur Amos Quarry a écrit au "
        "conseil. Pour citer Quarry, les élèves marchent désormais trop loin sur une route sans éclairage."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "amos quarry" in said_by_any_name(briefing, "les élèves marchent désormais trop loin")
