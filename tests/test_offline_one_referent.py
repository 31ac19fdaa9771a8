"""One actor per referent, on composed news items in French and in English (sentences written for
the test, checked by tests/test_no_dev_sentences.py): a role in apposition before an honorific and
a name; one office under two titles, and the body of a single office holder; a body named only in
someone's title; those who speak for a group named otherwise; a body's name of syllables; the
handle heading a post its author was just said to publish."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.actors import _syllabic, initials
from summarizer.engines.offline.pipeline import _joined_names
from summarizer.engines.offline.profile import fold
from summarizer.schema import Actor, Briefing


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


def run(engine: OfflineEngine, language: str, text: str) -> Briefing:
    return engine.summarize(parse(text, language=language))


def holders(b: Briefing, name: str) -> list[Actor]:
    """The actors one of whose names is ``name`` (folded)."""
    return [a for a in b.actors if fold(name) in {fold(n) for n in (a.name, *a.aliases)}]


def one(b: Briefing, *names: str) -> Actor:
    """The single actor that bears every one of ``names``."""
    found = [a for a in b.actors if all(fold(n) in {fold(x) for x in (a.name, *a.aliases)} for n in names)]
    assert len(found) == 1, [(a.name, a.aliases) for a in b.actors]
    return found[0]


# ------------------------------------------------------------------ a role before an honorific and a name
@pytest.mark.parametrize(
    ("language", "text", "name", "role"),
    [
        ("fr", "Le chef du parquet de Lyon, M. Orlan Dufresnel, a affirmé mardi que l'enquête avançait vite.",
         "Orlan Dufresnel", "chef du parquet de Lyon"),
        ("en", "The head of the port authority, Mr. Tobias Quellmark, said on Monday that the cranes would restart.",
         "Tobias Quellmark", "head of the port authority"),
    ],
)
def test_role_in_apposition_before_an_honorific(engine: OfflineEngine, language: str, text: str, name: str,
                                                role: str) -> None:
    b = run(engine, language, text)
    one(b, name, role)


# ------------------------------------------------------------------ one office, two titles
@pytest.mark.parametrize(
    ("language", "text", "name", "title"),
    [
        ("fr", "Le chef du gouvernement, Ilse Varnholt, a présenté son budget mardi devant les députés. "
               "Le premier ministre a affirmé que les impôts ne monteraient pas cette année.",
         "Ilse Varnholt", "le premier ministre"),
        ("en", "The head of government, Ilse Varnholt, unveiled her budget to lawmakers on Tuesday. "
               "The prime minister said taxes would not rise this year.",
         "Ilse Varnholt", "the prime minister"),
    ],
)
def test_office_under_another_title_is_its_holder(engine: OfflineEngine, language: str, text: str, name: str,
                                                  title: str) -> None:
    b = run(engine, language, text)
    person = one(b, name, title)
    assert person.kind == "person"
    speakers = {c.speaker for c in b.claims}
    assert speakers == {person.id}


@pytest.mark.parametrize(
    ("language", "text", "name", "office"),
    [
        ("fr", "Le président finlandais, Aarne Koskelo, a reçu lundi son homologue estonien. La présidence "
               "finlandaise a démenti mardi que le sommet serait reporté.",
         "Aarne Koskelo", "la présidence finlandaise"),
        ("en", "Finnish President Aarne Koskelo met his Estonian counterpart on Monday. The Finnish presidency "
               "denied on Tuesday that the summit would be postponed.",
         "Aarne Koskelo", "the Finnish presidency"),
    ],
)
def test_presidency_is_the_president(engine: OfflineEngine, language: str, text: str, name: str,
                                     office: str) -> None:
    b = run(engine, language, text)
    one(b, name, office)


@pytest.mark.parametrize(
    ("language", "text", "title", "people"),
    [
        ("fr", "La ministre danoise de la Pêche, Anna Bergholt, est arrivée lundi à Malmö. La ministre suédoise de "
               "l'Agriculture, Lena Holmqvist, l'a accueillie à la gare. La ministre a affirmé que les quotas "
               "resteraient inchangés.",
         "la ministre", ("Anna Bergholt", "Lena Holmqvist")),
        ("en", "Danish fisheries minister Anna Bergholt met Swedish farm minister Lena Holmqvist in "
               "Malmo. The minister said quotas would stay unchanged.",
         "the minister", ("Anna Bergholt", "Lena Holmqvist")),
    ],
)
def test_title_two_people_hold_is_neither(engine: OfflineEngine, language: str, text: str, title: str,
                                          people: tuple[str, ...]) -> None:
    b = run(engine, language, text)
    for name in people:
        assert fold(title) not in {fold(n) for a in holders(b, name) for n in a.aliases}


# ------------------------------------------------------------------ a body named in a title only
@pytest.mark.parametrize(
    ("language", "text", "person", "body"),
    [
        ("fr", "Marta Eklundsen, présidente du groupe écologiste au Conseil régional de Norvalle, a dénoncé "
               "jeudi la fermeture de la ligne ferroviaire.",
         "Marta Eklundsen", "Conseil régional de Norvalle"),
        ("en", "Tom Brandvold, chairman of the Harlow County Council, said on Thursday that the reservoir was safe.",
         "Tom Brandvold", "Harlow County Council"),
    ],
)
def test_body_named_only_in_a_title_is_no_actor(engine: OfflineEngine, language: str, text: str, person: str,
                                                body: str) -> None:
    b = run(engine, language, text)
    assert holders(b, person)
    assert not holders(b, body)


def test_body_in_a_title_that_acts_is_an_actor(engine: OfflineEngine) -> None:
    b = run(engine, "en", "Tom Brandvold, chairman of the Harlow County Council, said on Thursday that the reservoir "
                          "was safe. The Harlow County Council later raised local taxes by a tenth.")
    assert holders(b, "Harlow County Council")


# ------------------------------------------------------------------ those who speak for a group
@pytest.mark.parametrize(
    ("language", "text", "group", "spokes"),
    [
        ("en", "Several dock unions joined the strike on Monday. The leaders of dock unions said the talks had "
               "failed because the owners refused any raise.",
         "dock unions", "the leaders of dock unions"),
        ("fr", "Plusieurs syndicats de grutiers ont rejoint la grève lundi. Les dirigeants des syndicats de "
               "grutiers ont affirmé que les discussions avaient échoué.",
         "syndicats de grutiers", "les dirigeants des syndicats de grutiers"),
    ],
)
def test_leaders_of_a_group_are_the_group(engine: OfflineEngine, language: str, text: str, group: str,
                                          spokes: str) -> None:
    b = run(engine, language, text)
    one(b, group, spokes)


# ------------------------------------------------------------------ a name of syllables
def test_syllables_of_a_long_name() -> None:
    assert _syllabic("fenatrans", ["federation", "nationale", "transports", "routiers"])
    assert _syllabic("normar", ["northern", "maritime", "alliance"])
    assert not _syllabic("normar", ["norvalle", "city", "council"])  # one piece spells no long name
    assert not _syllabic("velmar", ["velmar", "port", "authority"])
    assert not _syllabic("marco", ["marine", "corps"])  # two short pieces are chance


@pytest.mark.parametrize(
    ("language", "text", "long", "short"),
    [
        ("fr", "La Fédération nationale des transports routiers a dénoncé lundi la hausse des péages. "
               "Fenatrans a ensuite précisé que les chauffeurs bloqueraient les autoroutes.",
         "Fédération nationale des transports routiers", "Fenatrans"),
        ("en", "The Northern Maritime Alliance condemned the new port fees on Monday. Normar later said "
               "its ships would avoid the harbour.",
         "Northern Maritime Alliance", "Normar"),
    ],
)
def test_body_and_its_name_of_syllables_are_one(engine: OfflineEngine, language: str, text: str, long: str,
                                                short: str) -> None:
    b = run(engine, language, text)
    one(b, long, short)


# ------------------------------------------------------------------ a post and its author
@pytest.mark.parametrize(
    ("language", "text", "name", "handle"),
    [
        ("en", "Many residents were angry about the closure. Dana Whitlocke tweeted:\n\n"
               "@bluefinch77: The old bridge must stay open for the children who walk to school.\n",
         "Dana Whitlocke", "@bluefinch77"),
        ("fr", "Beaucoup d'habitants étaient en colère après la fermeture. Léa Marchetto a écrit :\n\n"
               "@pinsonbleu77 : Le vieux pont doit rester ouvert pour les enfants qui vont à l'école.\n",
         "Léa Marchetto", "@pinsonbleu77"),
    ],
)
def test_handle_heading_a_post_is_its_author(engine: OfflineEngine, language: str, text: str, name: str,
                                             handle: str) -> None:
    b = run(engine, language, text)
    one(b, name, handle)


# ------------------------------------------------------------------ one name the recogniser cut in two
def _doc(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, spaces=[True] * len(words), pos=pos, ents=ents)


def test_two_names_joined_by_a_capitalised_article_are_one() -> None:
    words = ["Alliance", "Rurale", "Les", "Semeurs", "a", "protesté", "."]
    pos = ["PROPN", "PROPN", "DET", "PROPN", "AUX", "VERB", "PUNCT"]
    # the article between the two names, or opening the second
    for ents in (["B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O"], ["B-ORG", "I-ORG", "B-ORG", "I-ORG", "O", "O", "O"]):
        doc = _joined_names(_doc(words, pos, ents))
        assert [(e.text, e.label_) for e in doc.ents] == [("Alliance Rurale Les Semeurs", "ORG")]


def test_names_apart_stay_apart() -> None:
    # a lower-case article, or two names of different kinds, join nothing
    words = ["Alliance", "Rurale", "les", "Semeurs", "a", "protesté", "."]
    pos = ["PROPN", "PROPN", "DET", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = _joined_names(_doc(words, pos, ["B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O"]))
    assert len(doc.ents) == 2
    words = ["Velkor", "Mines", "The", "Hague", "said", "."]
    pos = ["PROPN", "PROPN", "DET", "PROPN", "VERB", "PUNCT"]
    doc = _joined_names(_doc(words, pos, ["B-ORG", "I-ORG", "B-GPE", "I-GPE", "O", "O"]))
    assert len(doc.ents) == 2


@pytest.mark.parametrize(
    ("name", "acronym"),
    [("Union Verte Les Semeurs", "UVLS"), ("Union of Green Sowers", "UGS")],
)
def test_acronym_with_or_without_the_small_words(name: str, acronym: str) -> None:
    small = frozenset({"of", "les", "the"})
    assert fold(acronym) in {initials(name, small), initials(name, frozenset())}


# ------------------------------------------------------------------ a union of states, a company, short
@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "The United Nations said on Friday it would send observers to the border. The UN called on "
               "both armies to hold their fire.", ("United Nations", "UN")),
        ("fr", "L'Organisation des Nations unies a appelé vendredi au calme à la frontière. L'ONU a ajouté "
               "qu'elle enverrait des observateurs.", ("Organisation des Nations unies", "ONU")),
    ],
)
def test_union_named_in_full_and_short(engine: OfflineEngine, language: str, text: str,
                                       names: tuple[str, ...]) -> None:
    b = run(engine, language, text)
    one(b, *names)


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "Velkor Pharma Inc. said on Monday that its new vaccine was ready. Velkor added that it would "
               "ship the first doses next week.", ("Velkor Pharma Inc.", "Velkor")),
        ("fr", "Le groupe Brandel Industries a annoncé lundi la suppression de 300 postes. Selon la direction "
               "de Brandel, les départs seraient volontaires.", ("Brandel Industries", "Brandel")),
    ],
)
def test_company_without_its_trade_word(engine: OfflineEngine, language: str, text: str,
                                        names: tuple[str, ...]) -> None:
    b = run(engine, language, text)
    assert one(b, *names).kind == "organization"


# ------------------------------------------------------------------ an acronym after the name's complement
@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        ("fr", "Le Conseil norvégien pour les réfugiés (NRC) a indiqué mardi que l'aide était bloquée. Selon le "
               "NRC, 3 000 familles ont fui les combats.", "NRC"),
        ("en", "The Council for Refugee Affairs of Velmaria (CRAV) said on Tuesday that aid was blocked. According "
               "to the CRAV, 3,000 families had fled the fighting.", "CRAV"),
    ],
)
def test_acronym_after_the_complement_of_a_name(engine: OfflineEngine, language: str, text: str,
                                                acronym: str) -> None:
    b = run(engine, language, text)
    found = holders(b, acronym)
    assert len(found) == 1 and len(found[0].name.split()) >= 2


# ------------------------------------------------------------------ the office first, the name next
@pytest.mark.parametrize(
    ("language", "text", "name", "title"),
    [
        ("fr", "Le ministre de la Pêche a déclaré lundi que « les quotas seront relevés ». Tomas Levrault "
               "reconnaît toutefois que les pêcheurs devront patienter.",
         "Tomas Levrault", "Le ministre de la Pêche"),
        ("en", "The fisheries minister said on Monday that quotas would be raised. Tomas Levrault admitted "
               "that fishermen would have to wait until spring.",
         "Tomas Levrault", "The fisheries minister"),
    ],
)
def test_office_in_the_lead_is_the_person_named_next(engine: OfflineEngine, language: str, text: str,
                                                     name: str, title: str) -> None:
    b = run(engine, language, text)
    one(b, name, title)


@pytest.mark.parametrize(
    ("language", "text", "name", "title"),
    [
        # the person named next holds an office of their own
        ("fr", "Le ministre de la Pêche a déclaré lundi que les quotas seraient relevés. Tomas Levrault, maire "
               "de Port-Aval, a jugé cette promesse insuffisante.",
         "Tomas Levrault", "Le ministre de la Pêche"),
        # the person was named before the title
        ("en", "Tomas Levrault visited the harbour on Sunday. The fisheries minister said on Monday that quotas "
               "would be raised. Tomas Levrault admitted that fishermen would have to wait.",
         "Tomas Levrault", "The fisheries minister"),
    ],
)
def test_office_and_a_person_apart(engine: OfflineEngine, language: str, text: str, name: str,
                                   title: str) -> None:
    b = run(engine, language, text)
    assert fold(title) not in {fold(n) for a in holders(b, name) for n in a.aliases}
