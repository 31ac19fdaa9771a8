"""Disagreements as news tells them, in both languages: who is against whom when the other side is
taken up by a pronoun, when a verb rejects a noun of criticism (what was said, never those who said
it), when an adverbial of the contrary turns against the last speaker; and who is not the other side
(one who only spoke of a thing does not own it).

Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import opposed, sides

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        # an object pronoun takes up the one named before it, never its own clause's subject
        (
            "fr",
            "Michel Ferrand, ancien trésorier du club de rugby de Vannes, est jugé depuis mardi. "
            "Le parquet lui reproche d'avoir détourné les recettes de la buvette.",
            "parquet",
            "michel ferrand",
        ),
        # a singular pronoun takes up a person before a body
        (
            "fr",
            "Le procès d'Yvon Carré, ancien directeur de la société Ventamar, s'est ouvert jeudi à Brest. "
            "Le parquet lui reproche d'avoir vendu du lait frelaté.",
            "parquet",
            "yvon carre",
        ),
        (
            "en",
            "Harbour master Colin Abbott resigned on Monday. Councillor Jane Mirren accused him of hiding "
            "the reports on the leaking tanks.",
            "jane mirren",
            "colin abbott",
        ),
        # a verb of rejection whose object is a noun of criticism answers who voiced it
        (
            "fr",
            "Le maire Gilles Perrot a critiqué la décision de la rectrice Hélène Vasseur. « C'est un abandon », "
            "a-t-il déclaré. La rectrice a rejeté ces critiques.",
            "helene vasseur",
            "gilles perrot",
        ),
        # an adverbial of the contrary sets its clause's subject against the last other speaker
        (
            "en",
            "Union leader Rosa Delany said dockers deserved a 12 percent rise. Port director Liam Crofts, "
            "on the contrary, argued that the offer was generous.",
            "liam crofts",
            "rosa delany",
        ),
        (
            "fr",
            "Le syndicaliste Paul Kervella a déclaré que la réforme des ports était injuste. La ministre "
            "Odile Sarrat estime au contraire que le texte est nécessaire.",
            "odile sarrat",
            "paul kervella",
        ),
        (
            "fr",
            "La préfète Anne Roussel a estimé que le barrage protégerait la vallée. Le maire de Ploërmel, "
            "Yves Tanguy, affirme à l'inverse que l'ouvrage menace les rivières.",
            "yves tanguy",
            "anne roussel",
        ),
        # people named by their opposition are against the one a possessive of their words takes up
        (
            "en",
            "A court in Velm on Tuesday suspended a fishing permit granted to the firm Aquanor, after a challenge "
            "by local fishermen. Aquanor said it would appeal. President Armand Kofi has made fish farming a "
            "priority of his government. Critics say his policies ignore small fishermen.",
            "critics",
            "armand kofi",
        ),
        (
            "fr",
            "Un tribunal de Brest a suspendu mardi le permis de pêche accordé à la société Aquanor, après un recours "
            "de pêcheurs. Aquanor a annoncé qu'elle ferait appel. Le président Armand Koffi a fait de l'aquaculture "
            "une priorité de son gouvernement. Selon ses détracteurs, sa politique oublie les petits pêcheurs.",
            "ses detracteurs",
            "armand koffi",
        ),
        # a verb of harm whose subject takes up an act told before with its author is against that author
        (
            "en",
            "The rules, introduced by Environment Minister Sofia Bard last month, cut the water farmers may take "
            "from rivers. \"These rules will ruin our orchards,\" said Jan Holler, who heads the Growers' "
            "Federation.",
            "jan holler",
            "sofia bard",
        ),
        (
            "fr",
            "La ministre de l'Environnement, Sofia Bérard, a présenté le mois dernier de nouvelles règles sur "
            "l'irrigation. « Ces règles vont ruiner les vergers », a déclaré Jean Hollier, président de la "
            "fédération des arboriculteurs.",
            "jean hollier",
            "sofia berard",
        ),
        # a denial whose object names no one's words answers the one who just said something of its subject
        (
            "en",
            "Prosecutors say former harbour master Colin Abbott took bribes from a shipping firm. Abbott has "
            "denied wrongdoing.",
            "prosecutors",
            "colin abbott",
        ),
        (
            "fr",
            "Le parquet de Rennes affirme que Michel Ferrand a détourné deux millions d'euros. Michel Ferrand "
            "conteste les faits.",
            "parquet de rennes",
            "michel ferrand",
        ),
        # words that call what was just said untrue, said of a demonstrative
        (
            "en",
            "Councillor Ruth Amsel said the new dam would flood three villages. Governor Ben Odeh said that was "
            "not true.",
            "ruth amsel",
            "ben odeh",
        ),
        (
            "fr",
            "La sénatrice Ruth Amsel a affirmé que le barrage inonderait trois villages. Le gouverneur Ben Odeh a "
            "assuré que c'était faux.",
            "ruth amsel",
            "ben odeh",
        ),
        # a demand to give back what was taken is against the one called upon
        (
            "en",
            "The city council has called on former mayor Colin Abbott to repay his travel expenses.",
            "city council",
            "colin abbott",
        ),
        (
            "fr",
            "Le conseil municipal a demandé à l'ancien maire Pierre Vallet de rembourser ses frais de voyage.",
            "conseil municipal",
            "pierre vallet",
        ),
        # a demand whose object is a noun of undoing is against the one who would undo
        (
            "en",
            "Councillor Ruth Amsel has demanded the resignation of Governor Ben Odeh.",
            "ruth amsel",
            "ben odeh",
        ),
        (
            "fr",
            "La conseillère Ruth Amsel a réclamé la démission du gouverneur Ben Odeh.",
            "ruth amsel",
            "ben odeh",
        ),
        # a verb against words only: its object names whose words
        (
            "en",
            "Governor Ben Odeh dismissed Councillor Ruth Amsel's concerns, saying the dam was safe.",
            "ben odeh",
            "ruth amsel",
        ),
        (
            "fr",
            "Le gouverneur Ben Odeh a balayé les inquiétudes de la conseillère Ruth Amsel, affirmant que le barrage "
            "était sûr.",
            "ben odeh",
            "ruth amsel",
        ),
    ],
)
def test_opposed(engine: OfflineEngine, language: str, text: str, one: str, other: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)


@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        # one who reported a figure about a thing does not own the thing another opposes
        (
            "en",
            "The cost of the new Kelby tunnel has tripled, according to a report by the Public Accounts "
            "Office. The Marsh Trust, a local charity, has long opposed the tunnel.",
            "marsh trust",
            "public accounts office",
        ),
        (
            "fr",
            "Le coût du nouveau stade de Quimperlé a doublé, selon un rapport de la Cour régionale des "
            "comptes. L'association Bocage Vivant s'oppose depuis longtemps au stade.",
            "bocage vivant",
            "cour regionale des comptes",
        ),
        # nor are critics against the one the article began with when their words name another
        (
            "en",
            "A court in Velm on Tuesday suspended a fishing permit granted to the firm Aquanor, after a challenge "
            "by local fishermen. Aquanor said it would appeal. President Armand Kofi has made fish farming a "
            "priority of his government. Critics say his policies ignore small fishermen.",
            "critics",
            "court",
        ),
        # a kind of thing is no truth: "not a rare case" denies no one
        (
            "en",
            "The regional police chief, Omar Tell, said the raid on the depot was carried out by a local gang. "
            "Nadia Roos, a reporter in Tarvik, said this was not a rare case in the province.",
            "nadia roos",
            "omar tell",
        ),
        # a verb against words only, with an actor for its object, is another act ("dismissed the clerk" fires him)
        (
            "en",
            "The Velm Shipping Company said trade had fallen. Its director Hanna Loft dismissed the harbour clerk "
            "Tom Ries on Friday.",
            "hanna loft",
            "tom ries",
        ),
        # nor is the body a person heads the one a singular pronoun takes up
        (
            "fr",
            "Le procès d'Yvon Carré, ancien directeur de la société Ventamar, s'est ouvert jeudi à Brest. "
            "Le parquet lui reproche d'avoir vendu du lait frelaté.",
            "parquet",
            "ventamar",
        ),
    ],
)
def test_not_opposed(engine: OfflineEngine, language: str, text: str, one: str, other: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not opposed(b, one, other), sides(b)


@pytest.mark.parametrize(
    ("language", "text", "noun"),
    [
        # the criticisms rejected are words, never a side
        (
            "fr",
            "La ministre de la Culture, Agnès Duval, a confirmé mardi la fermeture du musée de Carnac. Le maire "
            "de Carnac, Loïc Le Goff, a vivement critiqué cette décision. « C'est un mépris total », a-t-il "
            "déclaré. La ministre a rejeté ces critiques, affirmant que les collections seraient mieux protégées "
            "à Vannes.",
            "critiques",
        ),
        (
            "en",
            "Mayor Gil Perrin said the closure of the ferry line was a betrayal. Transport chief Ada Voss "
            "rejected the criticism.",
            "criticism",
        ),
    ],
)
def test_noun_of_criticism_is_no_side(engine: OfflineEngine, language: str, text: str, noun: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert all(noun not in a and noun not in c and f"ces {noun}" not in a | c for a, c in sides(b)), sides(b)
