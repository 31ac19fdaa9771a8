"""Offline engine: reported-speech constructions found missing on unseen French news (evals/fresh),
each checked on sentences composed here, in French and, where the rule is not French only, English."""

from __future__ import annotations

from briefing_queries import run, said_by

from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


# ---------------------------------------------------------------- an incise inside the sentence
# A reporting verb set between two commas with its subject inverted after it ("…, ajoute le
# maire, …", "…, a-t-il ajouté, …", "…, the mayor added, …") interrupts what was said: the words
# on both sides of it are the speaker's, and the subject inverted in the incise speaks, not the
# nominal the parser made subject of the words before.
def test_french_incise_with_an_inverted_role_noun_between_subject_and_verb(engine: OfflineEngine) -> None:
    text = (
        "La maire de Corvelle, Ines Batard, a présenté mardi le plan de circulation. Les premières "
        "navettes, précise la maire, rouleront dès le mois de juin."
    )
    b = run(engine, text, "fr")
    assert "ines batard" in said_by(b, "rouleront dès le mois de juin")


def test_french_incise_with_an_inverted_clitic_between_subject_and_verb(engine: OfflineEngine) -> None:
    text = (
        "Le directeur du port de Sambre, Hugo Lemarchal, a reçu les dockers jeudi. Le nouveau quai, "
        "a-t-il assuré, sera livré avant l'hiver."
    )
    b = run(engine, text, "fr")
    assert "hugo lemarchal" in said_by(b, "sera livré avant l'hiver")


def test_french_incise_after_a_connective_gives_the_words_after_it(engine: OfflineEngine) -> None:
    text = (
        "La syndicaliste Maëlle Orsini a dénoncé la fermeture de l'atelier. En outre, ajoute Maëlle "
        "Orsini, les intérimaires perdront leur prime de fin d'année."
    )
    b = run(engine, text, "fr")
    assert "maelle orsini" in said_by(b, "les intérimaires perdront leur prime")


def test_french_incise_after_the_copula_keeps_its_complement(engine: OfflineEngine) -> None:
    text = (
        "Les pêcheurs de Lorvenn ont manifesté sur le port samedi. Le nouveau quota est, affirment les "
        "pêcheurs, une condamnation des petits bateaux."
    )
    b = run(engine, text, "fr")
    assert "pecheurs" in said_by(b, "une condamnation des petits bateaux")


def test_english_incise_after_a_connective_gives_the_words_after_it(engine: OfflineEngine) -> None:
    text = (
        "Union organiser Dara Quill criticised the closure of the bakery plant. Moreover, added Dara "
        "Quill, the night shift will lose its bonus this winter."
    )
    b = run(engine, text, "en")
    assert "dara quill" in said_by(b, "the night shift will lose its bonus")


def test_french_incise_closed_after_a_quotation_is_not_an_inner_incise(engine: OfflineEngine) -> None:
    text = (
        "« Nous irons jusqu'au bout », a déclaré Rémi Castagne, l'un des délégués du personnel, devant "
        "l'usine de Sorvain."
    )
    b = run(engine, text, "fr")
    assert not said_by(b, "l'un des délégués du personnel")


# ---------------------------------------------------------------- a frame ending in an elided "de"
# "de l'avis de X" / "de l'opinion de X" are source frames like "selon X"; before a vowel their
# last word is written "d'" glued to the name ("de l'avis d'Amandine Roche").
def test_french_frame_with_its_preposition_elided_before_the_name(engine: OfflineEngine) -> None:
    text = (
        "La digue de Pellerin a été renforcée l'an dernier. De l'avis d'Amandine Roche, hydrologue, la "
        "digue ne tiendra pas une crue centennale."
    )
    b = run(engine, text, "fr")
    assert "amandine roche" in said_by(b, "la digue ne tiendra pas une crue centennale")


def test_french_frame_de_l_opinion_de(engine: OfflineEngine) -> None:
    text = (
        "Le réseau de bus de Quintal adopte un tarif unique. De l'opinion de Jules Ferrat, président "
        "des usagers, le tarif unique pénalise les trajets courts."
    )
    b = run(engine, text, "fr")
    assert "jules ferrat" in said_by(b, "le tarif unique pénalise les trajets courts")


# ---------------------------------------------------------------- a role noun with an office prefix
# "ex-ministre", "vice-présidente": a prefix of another or a past office joined by a hyphen keeps
# the noun a role noun, so it names a person who can be an incise's inverted subject.
def test_french_role_noun_with_a_hyphenated_office_prefix_speaks_in_an_incise(engine: OfflineEngine) -> None:
    text = (
        "L'ex-ministre Odile Varenne a critiqué le budget de la culture. Les théâtres de province "
        "fermeront l'été, a estimé l'ex-ministre."
    )
    b = run(engine, text, "fr")
    assert "odile varenne" in said_by(b, "Les théâtres de province fermeront")


# ---------------------------------------------------------------- a capitalised name particle
# Inside a sentence a particle written with a capital ("le capitaine De Brémond") is part of the
# surname, not an article or a preposition before it.
def test_french_capitalised_particle_inside_a_sentence_stays_in_the_name(engine: OfflineEngine) -> None:
    text = (
        "Le camp militaire de Sorvel fermera en juin. Le capitaine De Brémond a annoncé la fermeture "
        "du camp mardi, devant les élus."
    )
    b = run(engine, text, "fr")
    assert "de bremond" in said_by(b, "la fermeture du camp")



# ---------------------------------------------------------------- an acronym spelt out in parentheses
# "l'ARP (Armée de Résistance Populaire)": a body's name in parentheses right after an acronym its
# words' initials spell (small words aside) names the same body as the acronym.
def _aliases_of(b: Briefing, name: str) -> set[str]:
    return {fold(x) for a in b.actors if fold(a.name) == name for x in a.aliases}


def test_french_acronym_spelt_out_in_parentheses_after_it(engine: OfflineEngine) -> None:
    text = (
        "Les anciens combattants ont défilé dimanche à Varne. Pour l'ARP (Armée de Résistance Populaire), "
        "ce défilé fut une revanche sur trente ans d'oubli."
    )
    assert "arp" in _aliases_of(run(engine, text, "fr"), "armee de resistance populaire")


def test_english_acronym_spelt_out_in_parentheses_after_it(engine: OfflineEngine) -> None:
    text = (
        "Anglers met at Lake Saulce on Saturday. For the LAA (Lake Anglers Association), the new dam "
        "threatens the spawning grounds."
    )
    assert "laa" in _aliases_of(run(engine, text, "en"), "lake anglers association")


# ---------------------------------------------------------------- numeral nouns past the thousands
# "deux millions d'agriculteurs", "millions of farmers": like "des milliers de", a numeral noun
# heads the subject, and its complement is who acts and speaks.
def test_french_numeral_noun_million_heads_a_group_that_speaks(engine: OfflineEngine) -> None:
    text = (
        "La réforme des retraites agricoles sera votée en mars. Les quelque 2 millions d'agriculteurs du "
        "pays exhortent le Sénat à rejeter la réforme."
    )
    assert said_by(run(engine, text, "fr"), "rejeter la réforme")


def test_english_numeral_noun_millions_heads_a_group_that_speaks(engine: OfflineEngine) -> None:
    text = "The farm pension reform goes to a vote in March. Millions of farmers urged the Senate to reject the reform."
    assert said_by(run(engine, text, "en"), "reject the reform")


# ---------------------------------------------------------------- what the parser hangs on an incise
# Past an incise's closing comma the words go on with the clause it cuts, even when the parser
# made them the incise verb's object ("Il est, disent-ils, la cause de …").
def test_french_incise_verb_with_the_rest_of_the_clause_as_its_object(engine: OfflineEngine) -> None:
    text = (
        "Le salon du livre s'est ouvert lundi à Brenac. D'autres libraires ne croient pas au tout-numérique. "
        "Il est, disent-ils, la cause de diverses fermetures, celle des petites librairies de quartier."
    )
    assert "autres libraires" in said_by(run(engine, text, "fr"), "la cause de diverses fermetures")
