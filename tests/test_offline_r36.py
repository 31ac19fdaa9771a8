"""Offline rules of round 36 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* people who speak for others (``groups.spokes``: "officials", « responsables », « dirigeants ») in the plural,
  whose names inside are one place other than a country, as their complement ("Officials in Brenton said …", « Des
  responsables à Lorient ont affirmé … ») or before them ("Brenton health officials said …"), are a group of their
  own: a place never speaks, and they speak for no one the text names (a country's officials still speak for it);
* a noun of those who speak for others taking up a person introduced by that noun in an earlier sentence ("a
  government spokesperson said …" … "the spokesperson said") is that person, not the organisation last named;
* a noun that names anyone as a person (``groups.persons``: "person", « personne ») with an indefinite article and
  an adjective, a complement or a participle after it that says which ("a person familiar with the talks", « une
  personne proche du dossier », « une personne ayant requis l'anonymat ») is an unnamed individual who speaks,
  as the subject of a verb of saying or in a source frame; « Personne n'a affirmé … » is still no one;
* a hyphen inside a compound word, no space on either side ("cross-party", « pro-européens »), is part of the
  word in an unnamed speaker's name, not punctuation that ends it ("the group of cross-party MPs" had been "group
  of cross", "Low-cost airlines" "cost airlines"), whether the parser keeps it in the phrase or not;
* a common noun of a thing, no one's words and no one who speaks ("plans"), as the subject of a clause another
  verb of saying reports ("The audit office said Jane Roe's plans implied '…'"), does not make the one its phrase
  names speak: the reporting verb's subject speaks the whole clause (the quotation had gone to the plans' owner);
* one who praises a statement (``stances.support``, now with "hail") is not its author: the relative clause a
  statement noun heads after such a verb ("X hailed the figures, which suggest …") is no claim of X's;
* a clause has one complementiser: the words said keep the conjunction of a clause inside them ("X announced that
  if the party won, …", « X a annoncé que si le parti gagnait, … »), which had been cut with the "that"/« que »;
* the agents coordinated with a passive's agent all speak ("The plan was criticised by X, Y and Z", « Le projet a
  été critiqué par X et Y »), as co-subjects of the active do; words said together with one already opposed to
  someone are no reaction of their own against the article's protagonist;
* « des » and « du » are articles as well as prepositions contracted with one: the parser's preposition that opens
  a subject's phrase or a conjunct's, at the start of a clause or after a conjunction or a comma, is its article
  (« Des groupes et des élus ont critiqué … »: both speak; « Alors que …, des élus ont critiqué … »: the élus, not
  the subject of the clause before), while « de son côté » stays no subject;
* a definite phrase whose complement names other things than the complement an unnamed group or body was
  described with is another one ("A group of senators … The main group of oil companies said …", « Un groupe de
  sénateurs … Le principal groupe de lobbying de l'industrie a déclaré … »): neither the actors stage takes it up
  as the first group nor the claims stage as the body of that noun last named; "The authors … The authors of the
  report" stays one group;
* a word right after a quotation, its comma and an auxiliary stands where the incise's participle stands
  (« « … », a prétendu X », the tagger reading « prétendu » as the adjective "so-called"), as a word right after
  the comma does;
* a verb right after a quotation and its comma with its subject, a name or a noun phrase, inverted after it and no
  subject before it is the quotation's incise whatever the verb (« « … », sourit Paul Roche », « « … », gronde le
  maire »), as with an inverted clitic (round 35); a clause with its own subject after a quotation is none
  (« Jugeant que « … », elle se rangea … »);
* a title takes up a holder named before it, never one the text names only later (« « … », a esquissé le président
  vendredi » … « le président valdorien Paul Roche a déclaré »): a definite description refers back;
* the infinitive of the copula right after a verb of saying, its negation between, heads what the subject says of
  itself (« X a confirmé être en France », « X affirme ne pas être candidat »), whatever the parser hung the
  predicate on;
* an honorific the parser took for the inverted subject of an incise is the name's after it (« « … », a déclaré Me
  Paul Roche, avocat des parties civiles »: « Me », a lawyer's title, had been the subject, and no one spoke);
* a sign noun (``groups.signs``) as the inverted subject of a quotation's incise says nothing: who carries the signs
  does ('"…," read the banners carried by the strikers' had been the banners' claim).
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, quotes, said_by


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "Officials in Brenton said that the bridge would stay closed.\n", "the bridge would stay closed",
     "officials"),
    ("en", "Tarrow County health officials warned that the outbreak could spread.\n", "the outbreak could spread",
     "tarrow county health officials"),
    ("fr", "Des responsables à Lorient ont affirmé que le pont resterait fermé.\n", "le pont resterait fermé",
     "responsables"),
    ("fr", "Les dirigeants de Lorient ont assuré que le pont resterait fermé.\n", "le pont resterait fermé",
     "dirigeants"),
])
def test_spokespeople_of_a_place_are_a_group(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Bridge\n\n" + text, language)
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize(("text", "said", "kind"), [
    ("Russian officials said that the bridge would stay closed.\n", "the bridge would stay closed", "country"),
    ("Officials of the Valdor Transport Agency said that the bridge would stay closed.\n",
     "the bridge would stay closed", "organization"),
])
def test_spokespeople_of_a_country_or_body_speak_for_it(text: str, said: str, kind: str) -> None:
    b = brief("Bridge\n\n" + text, "en")
    speakers = said_by(b, said)
    assert [a.kind for a in b.actors if fold(a.name) in speakers] == [kind]


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "The Valdor ministry defended the law before the European Union. A government spokesperson said that "
     "the law was fair.\n\n\"We will not change it,\" the spokesperson said.\n", "We will not change it",
     "government spokesperson"),
    ("fr", "Le ministère a défendu la loi devant l'Union européenne. Un porte-parole du gouvernement a affirmé que "
     "la loi était juste.\n\n« Nous ne la changerons pas », a ajouté le porte-parole.\n", "Nous ne la changerons pas",
     "porte-parole du gouvernement"),
])
def test_a_spokesperson_taken_up_is_the_one_introduced(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Law\n\n" + text, language)
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "A person familiar with the talks said the firm would sell its bakery.\n", "the firm would sell its bakery"),
    ("en", "According to a person close to the mayor, the firm would sell its bakery.\n",
     "the firm would sell its bakery"),
    ("fr", "Une personne proche du dossier a affirmé que le groupe vendrait sa boulangerie.\n",
     "le groupe vendrait sa boulangerie"),
    ("fr", "Selon une personne ayant requis l'anonymat, le groupe vendrait sa boulangerie.\n",
     "le groupe vendrait sa boulangerie"),
])
def test_an_unnamed_person_described_speaks(language: str, text: str, said: str) -> None:
    b = brief("Bakery\n\n" + text, language)
    speakers = said_by(b, said)
    assert len(speakers) == 1
    assert [a.kind for a in b.actors if fold(a.name) in speakers] == ["person"]


def test_no_one_is_still_no_one() -> None:
    b = brief("Bakery\n\nPersonne n'a affirmé que le groupe vendrait sa boulangerie.\n", "fr")
    assert not b.claims


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "The group of cross-party MPs has accused the council of neglecting farmers.\n", "neglecting farmers",
     "group of cross-party mps"),
    ("fr", "Le collectif des élus pro-européens a affirmé que le traité serait signé.\n", "le traité serait signé",
     "collectif des elus pro-europeens"),
    ("en", "Low-cost airlines have criticised the new fees, arguing that the fees exceed the fares.\n",
     "the fees exceed the fares", "low-cost airlines"),
    ("en", "The state-owned broadcasters said that the fees exceed the fares.\n", "the fees exceed the fares",
     "state-owned broadcasters"),
])
def test_a_hyphen_inside_a_word_stays_in_the_name(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Treaty\n\n" + text, language)
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "The audit office said Paul Roche's plans implied \"a much sharper squeeze on spending\".\n",
     "a much sharper squeeze on spending", "audit office"),
    ("en", "The audit office said Paul Roche's plans implied a much sharper squeeze on spending.\n",
     "a much sharper squeeze on spending", "audit office"),
    ("en", "Lina Marsh said Paul Roche's spokesman claimed \"a much sharper squeeze on spending\".\n",
     "a much sharper squeeze on spending", "paul roche"),
])
def test_a_things_owner_does_not_speak_inside_a_report(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Budget\n\n" + text, language)
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize(("language", "text", "said", "speakers"), [
    ("en", "Paul Roche hailed the figures, which suggest the economy will expand.\n", "the economy will expand",
     set()),
    ("en", "The union sent a letter which said the plant would close.\n", "the plant would close", {"union"}),
    ("en", "The council released a statement which said the plant would close.\n", "the plant would close",
     {"council"}),
    ("fr", "Le syndicat a envoyé une lettre qui affirme que l'usine va fermer.\n", "l'usine va fermer", {"syndicat"}),
])
def test_who_praises_a_statement_is_not_its_author(language: str, text: str, said: str, speakers: set[str]) -> None:
    b = brief("Plant\n\n" + text, language)
    assert said_by(b, said) == speakers


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "Paul Roche announced that if the party won power, the first tax would be cut.\n",
     "if the party won power, the first tax would be cut"),
    ("en", "Paul Roche said that whether the party won or lost, the tax would be cut.\n",
     "whether the party won or lost, the tax would be cut"),
    ("fr", "Paul Roche a annoncé que si le parti gagnait, le premier impôt serait supprimé.\n",
     "si le parti gagnait, le premier impôt serait supprimé"),
])
def test_an_inner_clauses_conjunction_stays_in_the_words_said(language: str, text: str, said: str) -> None:
    b = brief("Tax\n\n" + text, language)
    assert said in quotes(b)
    assert said_by(b, said) == {"paul roche"}


@pytest.mark.parametrize(("language", "text", "said", "speakers"), [
    ("en", "The plan was also criticised by the Green Party, the Farmers League and the Valdor Union.\n",
     "criticised", {"green party", "farmers league", "valdor union"}),
    ("en", "The plan was criticised by Paul Roche and Lina Marsh.\n", "criticised", {"paul roche", "lina marsh"}),
    ("fr", "Le projet a été critiqué par Paul Roche et Lina Marsh.\n", "critiqué", {"paul roche", "lina marsh"}),
])
def test_coordinated_agents_of_a_passive_all_speak(language: str, text: str, said: str, speakers: set[str]) -> None:
    b = brief("Plan\n\n" + text, language)
    assert said_by(b, said) == speakers


@pytest.mark.parametrize(("text", "said", "speakers"), [
    ("Des groupes industriels et des élus conservateurs ont critiqué les mesures.\n", "critiqué",
     {"groupes industriels", "elus conservateurs"}),
    ("Paul Roche et des élus conservateurs ont affirmé que la loi était injuste.\n", "la loi était injuste",
     {"paul roche", "elus conservateurs"}),
    ("Alors que des militants ont salué les décrets, des groupes industriels et des élus conservateurs ont critiqué "
     "les mesures.\n", "critiqué", {"groupes industriels", "elus conservateurs"}),
    ("De son côté, le maire a affirmé que la loi était injuste.\n", "la loi était injuste", {"maire"}),
])
def test_des_opening_a_subject_is_its_article(text: str, said: str, speakers: set[str]) -> None:
    b = brief("Loi\n\n" + text, "fr")
    assert said_by(b, said) == speakers


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "A group of senators urged Paul Roche to resign. The main group of oil companies said that the law was a "
     "step back.\n", "the law was a step back", "main group of oil companies"),
    ("fr", "Un groupe de sénateurs a appelé Paul Roche à démissionner. Le principal groupe de lobbying de l'industrie "
     "a déclaré que la loi était un recul.\n", "la loi était un recul", "principal groupe de lobbying de l'industrie"),
])
def test_a_group_with_another_complement_is_another_group(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Law\n\n" + text, language)
    assert said_by(b, said) == {speaker}


def test_a_group_elaborated_by_a_complement_is_the_same() -> None:
    b = brief("Birds\n\nThe authors said that birds flap their wings early. The authors of the report said that "
              "the robot confirmed it.\n", "en")
    assert said_by(b, "birds flap their wings early") == said_by(b, "the robot confirmed it")


@pytest.mark.parametrize("text", [
    "« Problème d’agenda », a prétendu Maya Stern, figure militante du parti.\n",
    "« C’est un problème d’agenda », a prétendu Maya Stern.\n",
])
def test_a_participle_after_the_quotations_auxiliary_is_the_incise(text: str) -> None:
    b = brief("Agenda\n\n" + text, "fr")
    assert said_by(b, "agenda") == {"maya stern"}


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Une véritable fumisterie », sourit Paul Roche.\n", "paul roche"),
    ("« Une véritable fumisterie », gronde Paul Roche, avocat des parties civiles.\n", "paul roche"),
    ("« Une véritable fumisterie », sourit le maire.\n", "maire"),
])
def test_a_verb_with_its_subject_inverted_after_a_quotation_is_its_incise(text: str, speaker: str) -> None:
    b = brief("Procès\n\n" + text, "fr")
    assert said_by(b, "Une véritable fumisterie") == {speaker}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("fr", "Jugeant que « le port reste la priorité », elle se rangea du côté du maire.\n", "le port reste"),
    ("en", "Cherie Vale, known as \"Lucky Coyote\", held a session on costumes.\n", "Lucky Coyote"),
])
def test_a_clause_with_its_own_subject_after_a_quotation_is_no_incise(language: str, text: str, words: str) -> None:
    b = brief("Session\n\n" + text, language)
    assert not said_by(b, words)


def test_a_title_takes_up_no_holder_named_only_later() -> None:
    b = brief("Tarifs\n\nLina Marsh a annoncé des taxes. « Ils nous taxent, on les taxe », avait déjà esquissé le "
              "président vendredi.\n\nDans une interview, le président valdorien Paul Roche a déclaré que les "
              "Européens devaient réagir.\n", "fr")
    assert said_by(b, "Ils nous taxent") == {"president"}
    b = brief("Tarifs\n\nLe président valdorien Paul Roche a déclaré que les Européens devaient réagir. « Ils nous "
              "taxent, on les taxe », a ajouté le président.\n", "fr")
    assert said_by(b, "Ils nous taxent") == {"paul roche"}


@pytest.mark.parametrize(("text", "said"), [
    ("Lina Marsh a confirmé être en France pour la réunion.\n", "être en France"),
    ("Paul Roche affirme ne pas être candidat à la mairie.\n", "ne pas être candidat"),
])
def test_the_copulas_infinitive_after_a_verb_of_saying_is_what_is_said(text: str, said: str) -> None:
    b = brief("Réunion\n\n" + text, "fr")
    assert len(said_by(b, said)) == 1
    assert any(q.startswith(said) for q in quotes(b))


@pytest.mark.parametrize("text", [
    "« C'est une fumisterie », a déclaré Me Paul Roche, avocat des parties civiles.\n",
    "« C'est une fumisterie », a déclaré Mme Lina Marsh.\n",
])
def test_an_honorific_before_an_inverted_name_is_the_names(text: str) -> None:
    b = brief("Procès\n\n" + text, "fr")
    assert len(said_by(b, "C'est une fumisterie")) == 1


def test_who_carries_the_signs_says_their_slogan() -> None:
    b = brief("Strike\n\n\"Fair Pay, Not Fine Words,\" read the banners carried by the dockers.\n", "en")
    assert said_by(b, "Fair Pay, Not Fine Words") == {"dockers"}
