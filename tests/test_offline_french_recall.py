"""Offline engine: French reported-speech constructions that left statements with no claim at
all, each checked on sentences composed here, in French and, where the construction exists in
English too, in English."""

from __future__ import annotations

from briefing_queries import quotes, run, said_by

from summarizer.engines.offline import OfflineEngine


# ------------------------------------------------- a participle of saying opening the sentence
# A present participle of saying at the head of the sentence, set off by a comma ("Estimant que
# A, X a voté contre", "Tout en reconnaissant que A, X …", "Arguing that A, X voted …") has the
# subject of the main clause as its understood subject: X says A, and A stops at the comma.
def test_french_fronted_participle_speaks_with_the_main_subject(engine: OfflineEngine) -> None:
    text = (
        "Le conseil de Quimperlé a examiné le budget des écoles mardi. Estimant que la cantine doit "
        "rester gratuite, la conseillère Annick Le Goff a voté contre."
    )
    b = run(engine, text, "fr")
    assert "annick le goff" in said_by(b, "la cantine doit rester gratuite")
    assert not any("voté contre" in q for q in quotes(b) if "cantine" in q)


def test_french_fronted_gerund_with_an_adverb_speaks_with_the_main_subject(engine: OfflineEngine) -> None:
    text = (
        "Le budget des transports de Vannes a été adopté jeudi. Tout en reconnaissant que les bus "
        "coûtent cher, le maire Yann Pelleter a voté le texte."
    )
    b = run(engine, text, "fr")
    assert "yann pelleter" in said_by(b, "les bus coûtent cher")


def test_french_fronted_participle_with_a_quotation_and_a_clitic_subject(engine: OfflineEngine) -> None:
    text = (
        "La sénatrice Odile Ferrand a quitté la séance lundi. Soulignant que « les hôpitaux ruraux "
        "ferment les uns après les autres », elle a refusé de voter la loi."
    )
    b = run(engine, text, "fr")
    assert "odile ferrand" in said_by(b, "les hôpitaux ruraux ferment")


def test_french_fronted_participle_of_speaking_without_content_says_nothing(engine: OfflineEngine) -> None:
    text = "S'exprimant lundi devant la presse, le syndicat Force Marée a lancé une grève des dockers."
    b = run(engine, text, "fr")
    assert not any("lundi devant la presse" in q for q in quotes(b))


def test_english_fronted_participle_speaks_with_the_main_subject(engine: OfflineEngine) -> None:
    text = (
        "The Dunmore council debated the school budget on Tuesday. Insisting that \"the canteen must "
        "stay free\", councillor Ailsa Brodie voted against it."
    )
    b = run(engine, text, "en")
    assert "ailsa brodie" in said_by(b, "the canteen must stay free")


def test_english_fronted_participle_of_speaking_on_a_channel_says_nothing(engine: OfflineEngine) -> None:
    text = "Speaking on Harbour Radio in Tallow, union leader Moira Kestle said the dockers would strike."
    b = run(engine, text, "en")
    assert not any("Harbour Radio" in q for q in quotes(b))
    assert "moira kestle" in said_by(b, "the dockers would strike")


# ----------------------------------------------------------- "ce dernier", "the latter"
# "Ce dernier", "cette dernière", "ces derniers" with a demonstrative, and "the latter", take up
# the last one named that agrees with them, not the most salient: "Y a reçu X. Ce dernier a
# déclaré …" has X speak.
def test_french_ce_dernier_takes_up_the_last_one_named(engine: OfflineEngine) -> None:
    text = (
        "Le préfet Alain Durot a reçu le syndicaliste Paul Kervella mardi à Brest. Ce dernier a déclaré "
        "que le port restera ouvert tout l'hiver."
    )
    b = run(engine, text, "fr")
    assert said_by(b, "le port restera ouvert") == {"paul kervella"}


def test_french_cette_derniere_skips_a_masculine_last_name(engine: OfflineEngine) -> None:
    text = (
        "La préfète Odile Marchand a rencontré le syndicaliste Paul Kervella mardi. Cette dernière a "
        "assuré que les quais seraient rénovés."
    )
    b = run(engine, text, "fr")
    assert said_by(b, "les quais seraient rénovés") == {"odile marchand"}


def test_english_the_latter_takes_up_the_last_one_named(engine: OfflineEngine) -> None:
    text = (
        "Governor Alan Dunmore met union leader Paul Kerr on Tuesday in Tallow. The latter said that the "
        "port would stay open all winter."
    )
    b = run(engine, text, "en")
    assert said_by(b, "the port would stay open") == {"paul kerr"}


# Only a naming counts as "the last one named": where the writer of a quotation was seen, at
# its closing mark, it was not named again; a person after "à" (written to) is no place; a
# place named in an apposition ("the mayor of Tallow") is no one taken up.
def test_french_ce_dernier_after_a_quotation_takes_up_its_addressee(engine: OfflineEngine) -> None:
    text = (
        "Paul Martin a écrit lundi à Marc Petit, le maire de Brest :\n\n"
        "« Nous refusons ce plan, qui coûtera trop cher à la commune. »\n\n"
        "Ce dernier a répondu que la ville paierait sa part."
    )
    b = run(engine, text, "fr")
    assert said_by(b, "Nous refusons ce plan") == {"paul martin"}
    assert said_by(b, "la ville paierait sa part") == {"marc petit"}


def test_english_the_latter_after_a_quotation_takes_up_its_addressee(engine: OfflineEngine) -> None:
    text = (
        "Paul Martin wrote on Monday to Mark Small, the mayor of Tallow:\n\n"
        "\"We reject this plan, which would cost the town far too much.\"\n\n"
        "The latter replied that the town would pay its share."
    )
    b = run(engine, text, "en")
    assert said_by(b, "the town would pay its share") == {"mark small"}


def test_english_the_latter_skips_a_place_in_an_apposition(engine: OfflineEngine) -> None:
    text = (
        "John Pike met Mark Small, the mayor of Tallow, on Monday. The latter said that the town would "
        "pay its share."
    )
    b = run(engine, text, "en")
    assert said_by(b, "the town would pay its share") == {"mark small"}


# ------------------------------------------------------ heads of schools named by their office
# "le recteur", "la doyenne", "le proviseur", "the dean" are offices like "le maire": with their
# complement they name a speaker, who speaks even unnamed.
def test_french_dean_of_a_faculty_speaks_by_office(engine: OfflineEngine) -> None:
    text = "La doyenne de la faculté de droit a annoncé que la bibliothèque fermera en mars."
    b = run(engine, text, "fr")
    assert said_by(b, "la bibliothèque fermera en mars") == {"doyenne de la faculte de droit"}


def test_english_dean_of_a_school_speaks_by_office(engine: OfflineEngine) -> None:
    text = "The dean of the law school said that the library would close in March."
    b = run(engine, text, "en")
    assert said_by(b, "the library would close in March") == {"dean of the law school"}


# ------------------------------------- a present-tense verb of saying read as the noun's modifier
# The parser often reads a present-tense verb right after its subject noun as that noun's
# adjective, and the infinitive after it as the noun's complement ("Le syndicat menace de …",
# "La directrice promet de …"): the verb still says its infinitive, its subject still speaks,
# and the verb is no part of the subject's name.
def test_french_threat_with_an_infinitive_after_a_nominal_subject(engine: OfflineEngine) -> None:
    text = "Le recteur de l'université de Nantes menace de fermer le département de chimie."
    b = run(engine, text, "fr")
    assert said_by(b, "fermer le département de chimie") == {"recteur de l'universite de nantes"}


def test_french_promise_with_an_infinitive_after_a_named_body(engine: OfflineEngine) -> None:
    text = "Le syndicat Force Marée menace de bloquer le port de Lorient dès lundi."
    b = run(engine, text, "fr")
    assert said_by(b, "bloquer le port de Lorient") == {"force maree"}
