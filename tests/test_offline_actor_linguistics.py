"""What makes an entity an actor, and how the mentions of one actor are united: rules stated in
general linguistic terms (definite descriptions, appositions, self-introductions, acronyms), each
checked in French and in English on sentences composed for the test
(tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


def actor_names(b: Briefing) -> list[str]:
    return [fold(a.name) for a in b.actors]


def owner_of(b: Briefing, alias: str) -> list[str]:
    """Folded names of the reported actors that ``alias`` names."""
    key = fold(alias)
    return [fold(a.name) for a in b.actors if key in {fold(n) for n in (a.name, *a.aliases)}]


# ------------------------------------------------------------------ definite descriptions of bodies
@pytest.mark.parametrize(
    ("language", "text", "description", "body"),
    [
        (
            "en",
            "Corvanta announced on Tuesday that it would close two plants in Ohio. "
            "The Swedish carmaker said that demand for diesel vans had collapsed.",
            "The Swedish carmaker",
            "corvanta",
        ),
        (
            "en",
            "Rivotel TV has cut its evening news by half an hour. "
            "The broadcaster said that advertising revenue fell sharply last year.",
            "The broadcaster",
            "rivotel tv",
        ),
        (
            "fr",
            "Le syndicat Force Ouvrière Santé a dénoncé lundi le manque de lits. "
            "La centrale syndicale affirme que trois services ont fermé cet été.",
            "La centrale syndicale",
            "force ouvriere sante",
        ),
        (
            "fr",
            "Trafalux a annoncé lundi la fermeture de son usine de Douai. "
            "Le constructeur allemand estime que la demande de camions a chuté.",
            "Le constructeur allemand",
            "trafalux",
        ),
    ],
)
def test_a_definite_description_of_a_body_is_the_body_named_before(
    engine: OfflineEngine, language: str, text: str, description: str, body: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert owner_of(b, description) == [body], [(a.name, a.aliases) for a in b.actors]


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        # the body named last has a head noun of another kind: no guess past it
        (
            "en",
            "The Harbor Court ruled against the port authority on Monday. The company said that it would appeal.",
            "The company",
        ),
        (
            "fr",
            "Le Tribunal de Brest a donné raison aux pêcheurs lundi. L'entreprise affirme qu'elle fera appel.",
            "L'entreprise",
        ),
    ],
)
def test_a_description_does_not_take_up_a_body_of_another_kind(
    engine: OfflineEngine, language: str, text: str, description: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    owners = owner_of(b, description)
    assert not any("court" in o or "tribunal" in o for o in owners), [(a.name, a.aliases) for a in b.actors]


# ------------------------------------------------------------------ the writer signing
@pytest.mark.parametrize(
    ("language", "text", "writer"),
    [
        (
            "en",
            'Mayor Jonas Brell defended the ring road on Monday. "The road will cut traffic by half," '
            "Brell said.\n\nI'm Laura Kessing.",
            "laura kessing",
        ),
        (
            "en",
            "Mayor Jonas Brell defended the ring road on Monday. Critics were not convinced.\n\n"
            "I am Laura Kessing, reporting from Valdor.",
            "laura kessing",
        ),
        (
            "fr",
            "Le maire Jonas Brell a défendu le contournement lundi. « La route réduira le trafic de moitié », "
            "a déclaré Brell.\n\nJe suis Julie Castagnol.",
            "julie castagnol",
        ),
    ],
)
def test_the_writer_introducing_themself_is_no_actor(
    engine: OfflineEngine, language: str, text: str, writer: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert "jonas brell" in actor_names(b)
    assert writer not in actor_names(b)


# ------------------------------------------------------------------ a name and its acronym in parentheses
@pytest.mark.parametrize(
    ("language", "text", "name", "acronym"),
    [
        (
            "en",
            "Director Anna Pell of the Valdorian Institute of Soil and Water Studies (VISWS) said the drought "
            "would last. The VISWS said that wells were dry.",
            "valdorian institute of soil and water studies",
            "visws",
        ),
        (
            "en",
            "The plan drew criticism from the Northern Alliance of Fishing, Farming and Forestry Unions "
            "(NAFFFU), which said that it would ruin the coast.",
            "northern alliance of fishing, farming and forestry unions",
            "nafffu",
        ),
        (
            "fr",
            "Le plan a été critiqué par l'Union des pêcheurs, des agriculteurs et des forestiers (UPAF), qui "
            "estime qu'il ruinera la côte.",
            "union des pecheurs, des agriculteurs et des forestiers",
            "upaf",
        ),
        (
            "fr",
            "Le directeur de l'Office national des forêts et des rivières (ONFR), Paul Arnaud, a affirmé que la "
            "sécheresse durerait. L'ONFR estime que les puits sont vides.",
            "office national des forets et des rivieres",
            "onfr",
        ),
    ],
)
def test_a_name_before_its_acronym_is_whole(
    engine: OfflineEngine, language: str, text: str, name: str, acronym: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert owner_of(b, acronym) == [name], [(a.name, a.aliases) for a in b.actors]


# ------------------------------------------------------------------ a handle spelling its owner's name
@pytest.mark.parametrize(
    ("language", "text", "owner", "handle"),
    [
        (
            "en",
            "The Greenfield Trust opposed the new motorway on Sunday. The Greenfield Trust said that the marshes "
            "would be lost.\n\n@greenfieldtrust: The marshes are home to rare birds.",
            "greenfield trust",
            "@greenfieldtrust",
        ),
        (
            "fr",
            "La Fondation Verdelande s'oppose à la nouvelle autoroute. La Fondation Verdelande affirme que les "
            "marais seront perdus.\n\n@fondationverdelande : les marais abritent des oiseaux rares.",
            "fondation verdelande",
            "@fondationverdelande",
        ),
        (
            "en",
            "President Valdez defended the budget. Valdez said that taxes would not rise.\n\n"
            "@MarcoValdez The taxes will rise anyway, wrote one user.",
            "valdez",
            "@MarcoValdez",
        ),
        (
            "fr",
            "Le président Valdez a défendu le budget. Valdez a affirmé que les impôts n'augmenteraient pas.\n\n"
            "@MarcoValdez les impôts augmenteront quand même, a écrit un internaute.",
            "valdez",
            "@MarcoValdez",
        ),
    ],
)
def test_a_handle_spelling_a_name_is_that_actor(
    engine: OfflineEngine, language: str, text: str, owner: str, handle: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert owner_of(b, handle) == [owner], [(a.name, a.aliases) for a in b.actors]


# ------------------------------------------------------------------ a name given to a thing
@pytest.mark.parametrize(
    ("language", "text", "thing"),
    [
        (
            "en",
            "Doctors at Kelmont Hospital tested one antiviral drug, Virexol, on 300 patients. Virexol cut deaths "
            "by half in the first month. Virexol also shortened hospital stays, and Virexol caused few side "
            "effects, the doctors said.",
            "virexol",
        ),
        (
            "en",
            "The TALON trial began in March with 400 volunteers. The TALON study compared two vaccines. TALON "
            "enrolled patients in six cities, and TALON reported its results on Friday.",
            "talon",
        ),
        (
            "fr",
            "Le projet TALON a débuté en mars avec 400 volontaires. TALON a comparé deux vaccins. TALON a "
            "recruté des patients dans six villes, et TALON s'achèvera en juin.",
            "talon",
        ),
    ],
)
def test_a_name_given_to_a_thing_is_no_actor(engine: OfflineEngine, language: str, text: str, thing: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert thing not in actor_names(b)


# ------------------------------------------------------------------ a country inside another name
@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        # a name modifying a noun: the noun's phrase acts, not the name
        (
            "en",
            "A Norway ferry operator cancelled all crossings on Monday. Passengers waited for hours at the port, "
            "and the operator said that the storm would last.",
            "norway",
        ),
        ("en", "The Chile Mining Corporation closed two pits on Tuesday. Hundreds of miners lost their jobs.", "chile"),
        # a country that does not open a body's name is part of it
        (
            "fr",
            "Le vol NV12 assuré par Air Norvège et reliant Oslo à Lisbonne a été annulé lundi. Air Norvège a "
            "remboursé les passagers.",
            "norvege",
        ),
    ],
)
def test_a_country_inside_another_name_does_not_act(
    engine: OfflineEngine, language: str, text: str, country: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert country not in actor_names(b)


def test_a_country_modifying_officials_still_speaks(engine: OfflineEngine) -> None:
    b = engine.summarize(parse("Norway officials said that the ferries would sail again on Friday.", language="en"))
    assert "norway" in actor_names(b)


# ------------------------------------------------------------------ the complement of a title
@pytest.mark.parametrize(
    ("language", "text", "title", "complement"),
    [
        (
            "fr",
            "Le gouvernement a présenté son budget lundi. « Aucune école ne fermera cette année », a assuré le "
            "président de la République.",
            "le président de la République",
            "republique",
        ),
        (
            "en",
            "The Minister of the Interior said that the police would get more money.",
            "The Minister of the Interior",
            "interior",
        ),
    ],
)
def test_the_complement_of_a_title_is_part_of_it(
    engine: OfflineEngine, language: str, text: str, title: str, complement: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert complement not in actor_names(b)
    assert owner_of(b, title), [(a.name, a.aliases) for a in b.actors]


def test_a_body_named_with_its_article_is_also_named_without_it(engine: OfflineEngine) -> None:
    text = "La Ligue Verte (LLV) a acheté les marais en mai. La LLV estime que les oiseaux reviendront."
    b = engine.summarize(parse(text, language="fr"))
    assert owner_of(b, "Ligue Verte") == owner_of(b, "LLV") != [], [(a.name, a.aliases) for a in b.actors]


# ------------------------------------------------------------------ a person's name given to a building
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Clara Voss Museum reopened on Sunday after two years of work. Clara Voss now holds four hundred "
            "paintings, and Clara Voss will stay open late on Fridays.",
        ),
        (
            "fr",
            "Le musée Clara Voss a rouvert dimanche après deux ans de travaux. Clara Voss accueille désormais "
            "quatre cents tableaux, et Clara Voss restera ouvert le vendredi soir.",
        ),
    ],
)
def test_a_name_given_to_a_building_is_no_person(engine: OfflineEngine, language: str, text: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert "clara voss" not in actor_names(b)


# ------------------------------------------------------------------ the head word of two bodies' names
@pytest.mark.parametrize(
    ("language", "text", "last"),
    [
        (
            "fr",
            "Le Conseil national des pêcheurs a dénoncé les quotas lundi. Le Conseil supérieur de la mer a défendu "
            "les quotas mardi. Selon le Conseil, « les stocks de poissons remontent ».",
            "conseil superieur de la mer",
        ),
        (
            "en",
            "The Coastal Fisheries Council rejected the quotas on Monday. The Harbour Trade Council defended them "
            "on Tuesday. The Council said that fish stocks were recovering.",
            "harbour trade council",
        ),
    ],
)
def test_a_head_word_two_bodies_share_is_the_one_named_last(
    engine: OfflineEngine, language: str, text: str, last: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert owner_of(b, "Conseil" if language == "fr" else "Council") == [last], [(a.name, a.aliases) for a in b.actors]


def test_an_english_body_named_by_its_domain_before_or_after_its_head_is_one(engine: OfflineEngine) -> None:
    # French has no such inversion ("le ministère de l'Énergie" only): the rule is English grammar
    text = (
        "The Department of Energy announced new rules for pipelines. The Energy Department said that the "
        "rules would take effect in June."
    )
    b = engine.summarize(parse(text, language="en"))
    assert owner_of(b, "Energy Department") == ["department of energy"], [(a.name, a.aliases) for a in b.actors]


# ------------------------------------------------------------------ the actor table from given mentions
def _table(
    language: str,
    text: str,
    spans: list[tuple[str, str, int]],  # type: ignore[no-untyped-def]
    nominal: tuple[str, str] | None = None,
):
    """The actor table ``build_actors`` makes of ``text`` with the mentions given as (words, kind,
    occurrence), whatever the NER would have found, and a nominal body (words, head word)."""
    from summarizer.engines.offline.actors import build_actors
    from summarizer.engines.offline.document import Document
    from summarizer.engines.offline.mentions import Mention
    from summarizer.engines.offline.pipeline import load_pipeline
    from summarizer.engines.offline.profile import profile

    doc = load_pipeline(language)(text)
    mentions = []
    for words, kind, nth in spans:
        n = len(words.split())
        starts = [t.i for t in doc if doc[t.i : t.i + n].text == words]
        start = starts[nth]
        mentions.append(Mention(start, start + n, words, kind, "ner", head=start + n - 1))  # type: ignore[arg-type]
    if nominal is not None:
        words, head_word = nominal
        n = len(words.split())
        start = next(t.i for t in doc if doc[t.i : t.i + n].text == words)
        head = next(t.i for t in doc[start : start + n] if t.text == head_word)
        mentions.append(Mention(start, start + n, words, "organization", "nominal", head=head))
    mentions.sort(key=lambda m: m.start)
    return build_actors(Document.build(doc, body=0, source=text), profile(language), tuple(mentions))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Guru Ravindra Chakravarti opened the spring fair on Sunday. Chakravarti said that the fair would "
            "grow every year.",
        ),
        (
            "fr",
            "Le gourou Ravindra Chakravarti a ouvert la foire de printemps dimanche. Chakravarti a affirmé que "
            "la foire grandirait chaque année.",
        ),
    ],
)
def test_a_surname_the_ner_took_for_a_body_is_the_person_named_in_full(language: str, text: str) -> None:
    table = _table(language, text, [("Chakravarti", "organization", 1), ("Ravindra Chakravarti", "person", 0)])
    assert len(table.actors) == 1 and table.actors[0].kind == "person", table.actors


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Floods hit Valle Hondo on Monday. Valle Hondo asked for help, and Valle Hondo got none.",
            "Valle Hondo",
        ),
        (
            "fr",
            "Des crues ont frappé Valle Hondo lundi. Valle Hondo a demandé de l'aide, et Valle Hondo n'en a "
            "reçu aucune.",
            "Valle Hondo",
        ),
    ],
)
def test_a_full_name_the_ner_reads_as_a_place_somewhere_is_no_person(language: str, text: str, name: str) -> None:
    from types import SimpleNamespace

    from summarizer.engines.offline.engine import _kept

    table = _table(language, text, [(name, "other", 0), (name, "person", 1), (name, "person", 2)])
    assert [a.kind for a in table.actors] == ["person"] and table.actors[0].thing
    assert _kept(table, (SimpleNamespace(speaker=0),), set()) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "text", "description", "head"),
    [
        (
            "fr",
            "Trafalux, principale fédération des transporteurs routiers, a estimé mardi que la taxe ruinerait "
            "les petites entreprises.",
            "principale fédération des transporteurs routiers",
            "fédération",
        ),
        (
            "fr",
            "Selon la fédération des transporteurs, Trafalux, la taxe ruinera les petites entreprises.",
            "la fédération des transporteurs",
            "fédération",
        ),
        (
            "en",
            "Rivotel, the largest broadcaster of the region, said on Tuesday that the tax would ruin small stations.",
            "the largest broadcaster of the region",
            "broadcaster",
        ),
    ],
)
def test_a_description_between_commas_beside_a_body_is_that_body(
    language: str, text: str, description: str, head: str
) -> None:
    name = "Trafalux" if language == "fr" else "Rivotel"
    table = _table(language, text, [(name, "organization", 0)], nominal=(description, head))
    assert len(table.actors) == 1, table.actors


# ------------------------------------------------------------------ a legislature named after a place
@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "en",
            "The Virginia Senate said on Monday that the bill was dead. Anna Berg, who chairs it, said that taxes "
            "would rise.",
            "virginia senate",
        ),
        (
            "fr",
            "Le Florence Parlement a déclaré lundi que la loi était abandonnée. Anna Berg, qui le préside, a déclaré "
            "que les impôts augmenteraient.",
            "florence parlement",
        ),
    ],
)
def test_a_legislature_whose_name_opens_with_a_first_name_is_a_body(
    engine: OfflineEngine, language: str, text: str, body: str
) -> None:
    """A name led by a word that is also a first name ("Virginia", "Florence") and ending in
    the noun of a legislature names the assembly, never a person (profile ``titles.facilities``)."""
    b = engine.summarize(parse(text, language=language))
    kinds = {fold(a.name): a.kind for a in b.actors}
    assert kinds.get(body) == "organization"
