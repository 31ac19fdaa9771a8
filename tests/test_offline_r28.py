"""Offline rules of round 28 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a common noun that names someone — a body, a state's or a level of government's noun ("parliament",
  "government", « gouvernement », « département »), a role, a group — names no act or words, whatever its
  ending ("-ment" makes "appointment" an act, not "parliament"), and, as the object of a verb of criticism,
  has no owner: criticising it is not criticising whoever spoke of it or acted on it before;
* a definite noun of a body or of a role as the object of a verb of criticism ("X accused the network of
  …", « X a accusé la chaîne de … ») takes up the body of that class last named, or the role's last
  holder, as it does when it speaks;
* « se plaindre de » is a verb of opposition: what one complains of is what one is against (« X se plaint
  des nouvelles règles de Y »);
* a body named in full (two words or more) that does once what a body does outside anyone's words
  (welcomes, signs, sues …: ``deed``'s acts of a state) is an actor of the news, as a state is, though
  named once ("Environmental group River First welcomed the decision", « Norvane Énergie a signé un
  accord avec la région »);
* « punir » is a verb of harm, as "punish" is: the thing that punishes someone is judged bad (« la taxe
  punira les familles modestes » against the tax; another's « la taxe est équitable » for it);
* words against a thing they take up by a demonstrative, as the subject of what judges it ("This plan is
  unfair", « Ce projet est injuste »), are against whoever did or said that thing before (the owner search
  of acts); a thing some other subject acts on ("warm water is eroding these ice shelves") is no stance of
  the speaker's to take up;
* an incise verb after a quotation that the parser left with no subject before it but its inverted
  subject and a euphonic « -t- » (the quotation's verb hung on it as an adverbial clause, the clitic read
  as a passive subject) has that inverted subject for its speaker: « … », a-t-il affirmé; « … », a affirmé
  l'avocat;
* pleading for an acquittal is pleading innocence (``innocence``: « relaxe », « acquittement »,
  "acquittal", as the verb's object or through its preposition: « a plaidé la relaxe », "pleaded for an
  acquittal"): against the one who accused;
* the party a verb of disagreement names through its preposition may be named by its words, whose
  possessor or complement is the party, a body taken up as well ("X disagreed with the ministry's
  account");
* one named a critic of a thing (``oppose.critics``: "X is a fierce critic of the plan", « X est un adversaire
  de ce plan ») is against whoever put that thing forward, as a critic of a person is against that person;
* a conjunct verb shares its head's grammatical subject, never the agent of a passive head: "X was
  disappointed by the ruling and will appeal", « X a été surpris par le jugement et fera appel »: X
  appeals, not the ruling's author.
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold, profile
from tests.briefing_queries import brief, opposed, said_by


@pytest.mark.parametrize(("language", "someone", "acts"), [
    ("en", ["government", "parliament", "governments", "department", "movement"], ["appointment", "settlement"]),
    ("fr", ["gouvernement", "parlement", "département", "gouvernements"], ["licenciement", "remaniement"]),
])
def test_a_noun_naming_someone_names_no_act_whatever_its_ending(language: str, someone: list[str],
                                                                acts: list[str]) -> None:
    p = profile(language)
    assert all(p.names_someone(fold(w)) and not p.names_act(fold(w)) for w in someone)
    assert all(p.names_act(fold(w)) and not p.names_someone(fold(w)) for w in acts)


FESTIVAL = {
    "en": "Harbour festival opens in Kestrel Bay\n\n"
          "The Kestrel Bay harbour festival opened on Saturday before four thousand visitors.\n\n"
          "{before}\n\n"
          "The mayor, Peter Vance, {verb} parliament for cutting the festival's subsidies.\n",
    "fr": "Le festival de Lanvik s'ouvre\n\n"
          "Le festival de Lanvik s'est ouvert samedi devant quatre mille spectateurs.\n\n"
          "{before}\n\n"
          "Le maire, Jean Vasseur, reproche au gouvernement d'avoir réduit les subventions du festival.\n",
}


@pytest.mark.parametrize(("language", "before", "verb"), [
    ("en", "The singer Nora Haldane said parliament had forgotten the town's musicians.", "criticised"),
    ("en", "Last week the singer Nora Haldane wrote to parliament to ask for more money.", "blamed"),
    ("fr", "La chanteuse Nora Haldane se plaint de la politique culturelle du gouvernement régional.", ""),
    ("fr", "La semaine dernière, la chanteuse Nora Haldane a écrit au gouvernement pour demander des fonds.", ""),
])
def test_criticising_an_unnamed_body_is_not_against_who_spoke_of_it_before(language: str, before: str,
                                                                            verb: str) -> None:
    b = brief(FESTIVAL[language].format(before=before, verb=verb), language)
    mayor = "Peter Vance" if language == "en" else "Jean Vasseur"
    assert {a.name for a in b.actors} >= {mayor, "Nora Haldane"}
    assert not opposed(b, fold(mayor), fold("Nora Haldane"))


@pytest.mark.parametrize(("language", "text", "body"), [
    ("en", "Broadcaster loses its licence\n\n"
           "The Tamsin network went off the air on Tuesday after regulators refused to renew its licence.\n\n"
           "The Tamsin network said the decision was unlawful and that it would keep paying its staff.\n\n"
           "Senator Ruth Okafor accused the network of misleading its viewers about the ruling.\n", "Tamsin network"),
    ("fr", "La chaîne Varno privée d'antenne\n\n"
           "La chaîne Varno a cessé d'émettre mardi après le refus du régulateur de renouveler sa licence.\n\n"
           "La chaîne Varno a affirmé que la décision était illégale et qu'elle continuerait à payer ses salariés.\n\n"
           "La sénatrice Ruth Okafor a accusé la chaîne de tromper ses téléspectateurs sur la décision.\n", "Varno"),
])
def test_a_definite_body_noun_criticised_takes_up_the_body_named_before(language: str, text: str, body: str) -> None:
    b = brief(text, language)
    assert opposed(b, fold("Ruth Okafor"), fold(body))


def test_what_one_complains_of_is_what_one_is_against() -> None:
    b = brief("Colère des dockers à Lanmouth\n\n"
              "L'autorité portuaire de Lanmouth a instauré lundi de nouvelles règles d'horaires pour les dockers.\n\n"
              "Le syndicat des dockers se plaint des nouvelles règles de l'autorité, qui selon lui réduiront les "
              "salaires.\n", "fr")
    assert opposed(b, fold("syndicat des dockers"), fold("autorité portuaire de Lanmouth"))


@pytest.mark.parametrize(("language", "text", "one", "other"), [
    ("fr", "La sénatrice Anne Roux a affirmé que l'usine polluait le fleuve. Le maire Paul Girard a démenti cette "
           "accusation vendredi.", "Paul Girard", "Anne Roux"),
    ("en", "Senator Anne Ross said the plant was polluting the river. Mayor Tom Baker denied the accusation on "
           "Friday.", "Tom Baker", "Anne Ross"),
])
def test_a_noun_of_words_that_may_also_name_a_party_still_takes_up_the_words(language: str, text: str, one: str,
                                                                              other: str) -> None:
    """Guard: « l'accusation » also names the prosecution (a group), but a denial of it answers its speaker."""
    assert opposed(brief(text, language), fold(one), fold(other))


@pytest.mark.parametrize(("language", "text", "one", "other"), [
    ("en", "Court halts Varn dam\n\n"
           "A regional court on Tuesday ruled that the construction of the Varn dam was unlawful.\n\n"
           "The energy ministry said it was disappointed by the ruling and would appeal.\n",
     "energy ministry", "regional court"),
    ("fr", "Le barrage de la Varne suspendu\n\n"
           "Un tribunal régional a jugé mardi que la construction du barrage de la Varne était illégale.\n\n"
           "Le ministère de l'Énergie a été surpris par le jugement et fera appel.\n",
     "ministère de l'Énergie", "tribunal régional"),
])
def test_a_conjunct_shares_the_subject_not_the_agent_of_a_passive(language: str, text: str, one: str,
                                                                  other: str) -> None:
    assert opposed(brief(text, language), fold(one), fold(other))


@pytest.mark.parametrize(("language", "text", "body"), [
    ("en", "Court halts Varn dam\n\n"
           "A regional court on Tuesday ruled that the construction of the Varn dam was unlawful.\n\n"
           "Environmental group River First welcomed the decision.\n", "River First"),
    ("fr", "Accord sur le port de Lanmouth\n\n"
           "La région a présenté lundi son plan pour le port de Lanmouth.\n\n"
           "Norvane Énergie a signé un accord avec la région pour construire deux éoliennes.\n", "Norvane Énergie"),
])
def test_a_body_named_in_full_that_acts_once_as_a_body_is_an_actor(language: str, text: str, body: str) -> None:
    b = brief(text, language)
    assert any(a.name == body and a.kind == "organization" for a in b.actors)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Ostland : la taxe sur l'internet mobile divise\n\n"
           "Le gouvernement d'Ostland a annoncé lundi une taxe sur chaque gigaoctet de données mobiles.\n\n"
           "Le blogueur Tomas Rell affirme que la taxe punira les familles modestes.\n\n"
           "L'économiste Ana Pirez juge au contraire la taxe équitable.\n"),
    ("en", "Ostland's mobile data tax divides\n\n"
           "The government of Ostland announced a tax on every gigabyte of mobile data on Monday.\n\n"
           "Blogger Tomas Rell said the tax would punish poor families.\n\n"
           "Economist Ana Pirez said the tax was fair.\n"),
])
def test_what_punishes_someone_is_judged_bad(language: str, text: str) -> None:
    assert opposed(brief(text, language), fold("Tomas Rell"), fold("Ana Pirez"))


@pytest.mark.parametrize(("language", "text", "author"), [
    ("en", "Pensions: the government unveils its plan\n\n"
           "The government of Ostland presented its pension plan on Wednesday, raising the retirement age to 65.\n\n"
           '"This plan is brutal and unfair," said opposition lawmaker Marc Lenoir.\n', "Ostland"),
    ("fr", "Retraites : le gouvernement dévoile son projet\n\n"
           "Le gouvernement d'Ostland a présenté mercredi son projet de réforme des retraites, qui repousse l'âge "
           "légal à 65 ans.\n\n"
           "« Ce projet est brutal et injuste », a dénoncé le député d'opposition Marc Lenoir.\n",
     "Ostland"),  # (round 39: the state whose government acts, as in English)
])
def test_words_against_a_thing_taken_up_by_a_demonstrative_are_against_its_author(language: str, text: str,
                                                                                 author: str) -> None:
    assert opposed(brief(text, language), fold("Marc Lenoir"), fold(author))


def test_a_thing_another_subject_acts_on_is_no_stance_to_take_up() -> None:
    """Guard: the speaker says what warm water does to the shelves the researchers mapped."""
    b = brief("Warm water under Antarctic ice\n\n"
              "Researchers at the University of Lanmouth mapped the ice shelves of the Varn coast with radar last "
              "year.\n\n"
              '"Warm water is eroding these ice shelves at their weakest points," said glaciologist Ines Dahl.\n', "en")
    assert {c.speaker for c in b.claims} == {"ines-dahl"}
    assert not b.disagreements


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "« Mon client n'a jamais reçu ces rapports », a-t-il affirmé."),
    ("fr", "« Mon client n'a jamais reçu ces rapports », a affirmé l'avocat."),
    ("en", '"My client never received those reports," the lawyer said.'),
])
def test_an_incise_after_a_quotation_names_its_inverted_subject(language: str, text: str) -> None:
    lead = {"fr": "Le procès de Lanvik\n\nL'avocat de l'ancien maire, Me Paul Brun, a plaidé la relaxe. ",
            "en": "The Lanvik trial\n\nThe former mayor's lawyer, Paul Brun, asked for an acquittal. "}[language]
    b = brief(lead + text + "\n", language)
    words = text.split("»")[0].split('," ')[0].strip('«" ')
    assert said_by(b, words) == {"paul brun"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Procès de l'incendie de Lanvik\n\n"
           "Le parquet a requis mardi dix ans de prison contre l'ancien maire de Lanvik, Henri Caudel, jugé pour "
           "homicides involontaires.\n\n"
           "« Il savait, et il n'a rien fait », a lancé la procureure, Anne Morvan.\n\n"
           "L'avocat de l'ancien maire, Me Paul Brun, a plaidé la relaxe.\n"),
    ("en", "Lanvik fire trial\n\n"
           "Prosecutors on Tuesday asked for a ten-year prison sentence for the former mayor of Lanvik, Henri Caudel, "
           "on trial for manslaughter.\n\n"
           '"He knew, and he did nothing," prosecutor Anne Morvan told the court.\n\n'
           "Caudel's lawyer, Paul Brun, pleaded for an acquittal.\n"),
])
def test_pleading_for_an_acquittal_is_against_the_accusation(language: str, text: str) -> None:
    assert opposed(brief(text, language), fold("Paul Brun"), fold("Anne Morvan"))


@pytest.mark.parametrize(("language", "text", "body"), [
    ("en", "Protest in Ostburg\n\n"
           "The interior ministry said officers had acted with restraint after protesters threw stones.\n\n"
           "Blogger Ilya Sorn disagreed with the ministry's account.\n", "interior ministry"),
    ("fr", "Manifestation à Ostburg\n\n"
           "Le ministère de l'Intérieur a affirmé que les policiers avaient agi avec retenue après des jets de "
           "pierres.\n\n"
           "Le blogueur Ilya Sorn n'est pas d'accord avec la version du ministère.\n", "ministère de l'Intérieur"),
])
def test_disagreeing_with_a_bodys_words_is_disagreeing_with_the_body(language: str, text: str, body: str) -> None:
    assert opposed(brief(text, language), fold("Ilya Sorn"), fold(body))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ostland budget\n\n"
           "Finance minister Carl Brandt unveiled a plan on Monday to cut fuel subsidies.\n\n"
           "Opposition leader Marc Lenoir is a fierce critic of the plan.\n"),
    ("fr", "Budget d'Ostland\n\n"
           "Le ministre des Finances, Carl Brandt, a présenté lundi un plan de réduction des subventions aux "
           "carburants.\n\n"
           "Le député Marc Lenoir est un adversaire de ce plan.\n"),
])
def test_a_critic_of_a_thing_is_against_who_put_it_forward(language: str, text: str) -> None:
    assert opposed(brief(text, language), fold("Marc Lenoir"), fold("Carl Brandt"))
