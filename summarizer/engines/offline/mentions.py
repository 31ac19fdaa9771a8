"""Stage 2 — mentions: every stretch of text that names someone who may act or speak.

Signals, none decisive alone:

* the NER's entities, cleaned (determiners, honorifics, trailing punctuation off; a
  one-word all-capital "person" is an acronym; a name ending in a building noun is a
  place);
* capitalised chains that start with a known first name (Faker's lists), with name
  particles inside ("Jeanne Le Goff", "Jean de La Fontaine"): persons even when the NER
  misses or mislabels them; the first name gives the gender;
* social handles ("@name");
* countries (pycountry, French and English), capitals used for their state, seats of
  power, unions of states; a nationality adjective with a noun of the state ("the Syrian
  government", "les autorités turques": the state) or of one of its bodies ("l'armée
  syrienne": a body on the state's side);
* nominal speakers: the noun phrase in a speaker slot of a cue ("les critiques", "the
  head of the agency", "one of the nurses") when no name covers it;
* titles before a name ("le Premier ministre Edouard Philippe", "Senator Jane Roe") and
  role appositions ("Jane Roe, the agency's director,"): the role is kept on the mention.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Any

from ...schema import ActorKind
from .cues import OPENING_QUOTES, Cue, CueFinder, finite_verb, name_head, relative_pronoun
from .document import LANGUAGE_TAG, Document
from .names import Gazetteer, acronym, demonyms, first_names, gazetteer
from .profile import LanguageProfile, fold

_PERSON = {"PER", "PERSON"}
_ORG = {"ORG"}
_PLACE = {"LOC", "GPE"}
_CLOSING_QUOTES = frozenset("»\"”’'")
# a word of capitals and digits, a capital first and a digit in it ("TVN24", "TF1", "M6"): a coded name
_CODED_NAME = re.compile(r"[A-Z][A-Z0-9]*[0-9][A-Z0-9]*")
# an online handle: letters, then a few digits ("Blogger KimLee07"), a name after a title though not all letters
_HANDLE = re.compile(r"[^\W\d_]{2,}\d{1,4}")
_GROUP = {"NORP"}
# entity labels that a first-name chain never overrides (places, nationalities, dates, events)
_NOT_PERSON = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT", "LAW", "LANGUAGE", "PRODUCT", "WORK_OF_ART"}
# entity labels a name after a title keeps: the title does not make a place, a people or a date a person
_NOT_NAMED = _PLACE | {"NORP", "FAC", "DATE", "TIME", "EVENT", "LAW", "LANGUAGE", "MONEY", "PERCENT", "QUANTITY",
                       "CARDINAL", "ORDINAL"}
_CLAUSE_DEPS = {"acl", "acl:relcl", "relcl", "ccomp", "advcl", "parataxis", "xcomp", "csubj", "punct", "appos",
                "conj", "cc"}


@dataclass(frozen=True)
class Mention:
    """A stretch of tokens ``[start, end)`` naming a possible actor."""

    start: int
    end: int
    text: str
    kind: ActorKind
    source: str  # 'ner', 'name', 'handle', 'country', 'metonym', 'demonym', 'institution', 'union', 'nominal'
    gender: str | None = None
    role: str | None = None  # a title or role apposition tied to the name
    role_span: tuple[int, int] | None = None  # its tokens
    country: str | None = None  # ISO code: the country named, or the state of an institution
    names: tuple[str, ...] = ()  # other spellings of the same actor (country names, acronyms)
    head: int = -1
    # the phrase with the complement its name was cut before ("residents of Eastgate" for "Residents"): how the text
    # names the actor, reported among its aliases but never used to tell actors apart or to take them up
    described: tuple[str, ...] = ()


# a paragraph that is only a name and a colon: a dialogue's or a comment thread's line heading the words after it
_LABEL_LINE = re.compile(r"\s*(\w[\w'’.-]*(?: \w[\w'’.-]*){0,2})\s*:\s*")


def class_noun_before(doc: Any, start: int, most: int = 2) -> int:
    """The index of the word before a name starting at ``start``, past at most ``most`` lower-case adjectives:
    where the common noun that names its class stands ("l'association écologiste Orvan Vert", "le quotidien
    suisse Le Matin")."""
    at = start - 1
    while at > 1 and doc[at].pos_ == "ADJ" and doc[at].text.islower() and at > start - 1 - most:
        at -= 1
    return at


def name_root(doc: Any, m: Mention) -> Any:
    """The token of a mention's name that the parse hangs outside it: the head of its phrase."""
    root = doc[m.end - 1] if m.head < 0 else doc[m.head]
    while root.head.i in range(m.start, m.end) and root.head.i != root.i:
        root = root.head
    return root


def phrase_tokens(head: Any) -> list[Any]:
    """The tokens of the noun phrase of ``head``, without clauses hanging off it. A finite verb the
    parser hung on a noun as its modifier ("Le recteur menace de …": "menace" read as an adjective of
    "recteur") is the clause's verb, never part of the name; a relative pronoun before it opens the clause the
    noun is the subject of (« le préfet, à qui le comité reproche … »: the parser may hang « qui » on « comité »)."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in _CLAUSE_DEPS and not (c.i > head.i and _when(c))
             and not finite_verb(c) and not (c.i < head.i and relative_pronoun(c))]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS and not finite_verb(c))
    return sorted(out, key=lambda t: t.i)


def _before_complement(toks: list[Any], head: Any, first: int) -> list[Any]:
    """The tokens of a noun phrase before its complement, which opens at token ``first``, without the
    preposition, determiner or adverb that open that complement (an adverb before it qualifies it, no word
    of the name: "researchers mostly from X")."""
    out = [t for t in toks if t.i < first]
    while out and out[-1].i > head.i and (out[-1].pos_ in {"ADP", "DET", "ADV"} or out[-1].is_punct):
        out.pop()
    return out


def shown_gender(det: Any, noun: Any = None) -> str | None:
    """The one gender a determiner shows ("le porte-parole", "la Norvège"), else the one its
    noun's own morphology shows when the determiner shows none; None when neither shows exactly
    one. Every reading of gender from a determiner goes through here."""
    found = det.morph.get("Gender") if det is not None else []
    if not found and noun is not None:
        found = noun.morph.get("Gender")
    return found[0] if len(found) == 1 else None


def _when(tok: Any) -> bool:
    """A complement that only dates what is told ("the government on Friday", "le maire mardi"):
    a time expression, alone or as the object of a preposition, is a circumstance of the
    clause the parser hung on the noun, never part of who is named."""
    objects = [g for g in tok.children if g.dep_ == "pobj"] if tok.pos_ == "ADP" else [tok]
    return bool(objects) and all(g.ent_type_ in _TIME_ENTITIES for g in objects)


_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def names_no_one(head: Any, p: LanguageProfile) -> bool:
    """Whether a negative quantifier heads or determines the phrase of ``head`` (``grammar.negative_quantifiers``:
    "none of the candidates", "no official", « aucun élu », « aucun des candidats »)."""
    negative = p.grammar.negative_quantifiers
    if fold(head.text) in negative and (head.pos_ in {"PRON", "DET"} or (
            head.pos_ == "NOUN" and not any(p.has(c, "det") for c in head.children))):
        return True  # (« la personne interrogée » is someone: a determiner makes the noun)
    if any(p.has(c, "det") and fold(c.text) in negative for c in head.children):
        return True
    # (the noun of a partitive complement: « aucun des candidats », "none of the candidates")
    return head.head.i != head.i and head.head.i < head.i and fold(head.head.text) in negative


def negated_quantifier(tok: Any, profile: LanguageProfile) -> bool:
    """Whether ``tok`` is a negation on a quantifier or a determiner ("not" of "not all experts",
    "not every member"): the phrase names those who do not, a part left unnamed (not "plus" of "des
    plus importantes", a superlative)."""
    if fold(tok.text) not in profile.grammar.negators or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]  # (the parser hangs it on the quantifier, or on the noun)
    return fold(after.text) in profile.quantifiers or after.pos_ == "DET"


def strip_determiner(text: str, profile: LanguageProfile) -> str:
    t = text.strip()
    for det in profile.grammar.elided:  # "l'", "d'": an elided article or preposition
        if fold(t[: len(det)]) == det:
            return t[len(det) :].strip()
    first, _, rest = t.partition(" ")
    if fold(first) in profile.grammar.defined_pronouns and fold(rest.split(" ", 1)[0]) in profile.grammar.relatives:
        return t  # a pronoun its relative clause defines heads the phrase: "Those who knew her", no "who knew her"
    if fold(first) in profile.determiners and rest:
        return rest.strip()
    words = rest.split()
    if fold(first) in profile.indefinite and words and (words[-1][:1].islower() or profile.is_role(words[-1])) \
            and fold(words[0]) not in profile.grammar.of_preps:
        return rest.strip()  # "One reader", "another Twitter user", "one MP": not "One Nation", nor "one of them"
    return t


_HYPHENS = frozenset({"-", "‑"})
_SCORE_MARKS = frozenset({"-", "‑", "–", "—", ":"})  # between two numbers: a score ("France 2 – 1 Italy")
# the marks after which any word takes a capital: the end of a sentence, a colon, a line break, an opening quote
_CAPITAL_OPENERS = frozenset({".", "!", "?", ":", "\n", *OPENING_QUOTES})


@cache
def _first_words(language: str) -> frozenset[str]:
    """The first words of the folded nationality adjectives of ``language``, cut at a space or
    hyphen: a token that is none of them opens no adjective."""
    return frozenset(re.split(r"[\s\-‑]", form, maxsplit=1)[0] for form in demonyms(language))


class MentionFinder:
    def __init__(self, text: Document, profile: LanguageProfile, cues: Iterable[Cue]) -> None:
        self.t = text
        self.doc = text.doc
        self.p = profile
        self.cues = tuple(cues)
        self.gaz: Gazetteer = gazetteer()
        self.first: dict[str, str | None] = first_names()
        self.taken: dict[int, int] = {}  # token -> index in self.out
        self.out: list[Mention] = []
        self.roles: set[int] = set()  # tokens of titles and role appositions of named persons
        self.document_names: set[str] = set()  # acronyms defined for legal texts ("BAA")
        self._titled_names: set[str] = set()  # surnames found only after a title ("President Ruto")
        self.demonyms: dict[str, str] = demonyms(profile.language)
        self.by_code = {c.code: c for c in self.gaz.countries.values()}
        # tokens that may open a nationality adjective: its first word, and words or hyphens after
        firsts = _first_words(profile.language)
        self._opens = [alpha and word in firsts for alpha, word in zip(text.alpha, text.folded, strict=True)]
        self._word = [alpha or word in _HYPHENS for alpha, word in zip(text.alpha, text.words, strict=True)]

    def run(self) -> tuple[Mention, ...]:
        short = [(q.start, q.end) for q in self.t.quotes if q.words(self.t.text) < 5]
        orgs = [(e.start, self._entity_ends[e.start]) for e in self.doc.ents if e.label_ in _ORG and len(e) > 1]
        # a union or a seat inside a longer organisation's name is part of that name
        # ("le Comité des pêches de l'ONU"), and so is a country that does not open it ("Air Valdor")
        # so is a country opening the name of one of its bodies ("the Valdorian Republic Ministry of
        # Fisheries"): the body is named, its head noun after the country
        # (an article before the name makes it no longer: "The Red Cross" is the Red Cross)
        heads = self.p.institution_heads
        leads = {a: a + (fold(self.doc[a].text) in self.p.determiners) for a, _ in orgs}
        places = [m for m in self._gazetteer_spans()
                  if not any(a <= m.start and m.end <= b and b - leads[a] > m.end - m.start
                             and (m.source != "country" or leads[a] < m.start
                                  or any(fold(t.text) in heads for t in self.doc[m.end : b])
                                  or self._named_after_state(m.end, b))
                             for a, b in orgs)]
        # a country's name that is also a first name, opening a person's name ("Dominique
        # Vallet", "Jordan Miles"): the person
        persons = [(e.start, e.end) for e in self.doc.ents if e.label_ in _PERSON and len(e) > 1]
        places = [m for m in places if not (m.source == "country" and m.end - m.start == 1
                                            and fold(self.doc[m.start].text) in self.first
                                            and any(a == m.start and b > m.end for a, b in persons))]
        for m in self._defined_acronyms():
            self._add(m)
        for m in self._expanded_acronyms():
            self._add(m)
        for m in self._link_names():
            self._add(m)
        for m in self._local_governments():
            self._add(m)
        classified = self._classified_names()
        for m in classified:
            # a name in apposition to the noun of its class ("the environmental group Green Orvan",
            # "l'association Rose Vallet") is that body's, though it opens on a first name
            root = self.doc[m.start : m.end].root
            nouns = [t for t in self.doc[max(0, m.start - 6) : m.start] if t.pos_ == "NOUN"
                     and fold(t.text) in self.p.org_nouns and t.text[:1].islower()]
            if nouns and ((root.head.i == nouns[-1].i and not self.p.has(root, "subject"))
                          or nouns[-1].head.i == root.i):
                self._add(m)  # the name hangs on its class noun, or the noun on the name
        for m in places:
            if m.source == "union":
                self._add(m)  # a body known by name ("the Red Cross") before a chain opening on a first name
        chains = [self._family_first(m) for m in self._name_chains({m.start for m in places})]
        # (a chain inside a body's name the recogniser found, its "of" complement after the head noun, is a word of
        # that name: "the National University of Río Seco" holds no person "Río Seco"; not a name run on after the
        # head: "the Water League Ana Roy", the recogniser's body and the person it ran into)
        of_preps = self.p.grammar.of_preps
        chains = [m for m in chains if not (m.start > 0 and fold(self.doc[m.start - 1].text) in of_preps and any(
            a <= m.start and m.end <= b and b - a > m.end - m.start
            and any(fold(t.text) in heads for t in self.doc[a : m.start]) for a, b in orgs))]
        for m in self._demonym_phrases():
            self._add(m)
        for m in self._state_bodies([*places, *self._unlisted_states(places)]):
            self._add(m)
        for m in chains:
            self._add(m)
        for m in self._handles():
            self._add(m)
        for i, word in enumerate(self.t.folded[:-1]):
            if word in self.p.grammar.account_nouns and self.p.has(tok := self.doc[i + 1], "subject") \
                    and tok.i not in self.taken:
                self._account_name(tok)
        for m in self._self_given_names():
            self._add(m)
        for m in self._label_lines():
            self._add(m)
        for m in places:
            self._add(m)
        for m in self._quoted_names():
            self._add(m)
        for m in classified:
            self._add(m)
        # (a body the NER found, unless it left it in lower case: "le ministère des Finances")
        named = [(a, b) for a, b in orgs if self._cap(self.doc[a + (fold(self.doc[a].text) in self.p.determiners)])]
        for m in self._body_names(named):
            self._add(m)
        foreign: dict[int, bool] = {}
        for ent in self.doc.ents:
            para = self.t.para_at(ent.start_char)
            if para not in foreign:
                foreign[para] = self.t.foreign(para, words=12)
            if foreign[para]:
                # the recogniser knows the article's language only: in a post quoted in another (long
                # enough to tell: a short line of names has few function words too), no name
                continue
            found = self._entity(ent)
            if found is not None:
                found = self._chapter(found)
            if found is not None and not any(a <= self.doc[found.start].idx < b for a, b in short) \
                    and not self._title_complement(found):
                self._add(found)
        for m in self._company_short_names():
            self._add(m)
        self._body_first_words()
        self._governed_places()
        self._titled_surnames()
        self._surnames()
        self._titles()
        for m in self.out:
            if m.role_span:
                self.roles.update(range(*m.role_span))
        finder = CueFinder(self.t, self.p)
        for cue in self.cues:
            for i in cue.slots:
                if cue.kind == "verb" and (k := self.taken.get(i)) is not None and (
                        self.doc[self.out[k].start].ent_type_ not in _PLACE or (
                            self.out[k].end - self.out[k].start > 1
                            and self._opened_kind(self.doc[self.out[k].start]) == "person")
                        or self._described_as_person(self.out[k])):
                    # who fills a speaker's place is a person or a body, never a thing: a name the recogniser
                    # typed as a thing there is retyped (the second of two speakers: "X and Ada Okafor said"),
                    # not a place standing for those who govern it ("Brussels demands …") unless a first name
                    # opens it
                    self._as_party(k)
                self._name_read_as_noun(i)
                # (whatever its noun, the subject of an incise right after a quotation speaks)
                incise = cue.kind == "verb" and i > cue.i and finder.quote_incise_subject(self.doc[cue.i], self.doc[i])
                slot = self.doc[i]
                if fold(slot.text) in self.p.signs:
                    # (a sign says nothing, who carries it does: "activists held up banners accusing Y of …")
                    carrier = finder.carrier_of(slot)
                    if carrier is None:
                        continue
                    slot = carrier
                # (a frame that may stand anywhere names a source, "selon X"; one that only opens the sentence may
                # name whom a thing is for, "For a farmer, the permit costs …": only the former makes a name a source)
                anywhere = cue.kind == "frame" and tuple(fold(cue.cue).split()) not in self.p.frames_initial
                self._nominal(slot, from_verb=cue.kind == "verb", speaking=incise, source=cue.kind == "frame",
                              named_source=anywhere)
            if cue.kind == "verb":
                self._preverbal_name(cue.i)
            verb = self.doc[cue.i]
            if cue.kind == "verb" and (self.p.is_target_verb(verb) or self.p.is_oppose_verb(verb)):
                # the body or group a speaker accuses or attacks, named by its bare noun, is a party
                # to the news ("X accused the government of …", "X a dénoncé la direction"); "the
                # network", "le groupe" take up a body named before (coreference), and a noun with a
                # complement ("le ministère de la Pêche") is named as such
                for c in verb.children:
                    if self.p.has(c, "object") and c.pos_ == "NOUN" and self.p.is_group(c.text) \
                            and fold(c.text) not in self.p.generic_orgs and not self.t.quoted(c) \
                            and all(self.p.has(g, "det") or g.pos_ == "ADJ" for g in c.children):
                        self._nominal(c, from_verb=True)
        for tok in self.doc:
            if (tok.pos_ == "VERB" and (self.p.is_target_verb(tok) or self.p.is_oppose_verb(tok))) \
                    or (tok.pos_ == "ADJ" and fold(tok.text) in self.p.oppose_adjectives):
                for c in self._opposed_people(tok):
                    self._nominal(c, from_verb=True, own_only=True)
            if tok.pos_ == "VERB" and self.p.is_conflict_verb(tok) and not self.t.quoted(tok):
                # the parties to a clash, named by a role, a body or a group ("protesters clashed with
                # police", "the union clashed with the government", "s'est heurté à la direction")
                parties = [c for c in tok.children if self.p.has(c, "subject")]
                parties += [n for prep, n in self.p.pp_objects(tok) if prep in self.p.grammar.party_preps]
                for c in parties:
                    if self._definite_party(c) or (c.pos_ == "NOUN" and self.p.is_group(c.text)
                                                   and not self.t.quoted(c)):
                        self._nominal(c, from_verb=True, own_only=True)
        for tok in self.doc:
            if tok.pos_ == "VERB" and self.p.holds_to_account(tok) and not self.t.quoted(tok):
                self._accountable(tok)
        for tok in self.doc:  # groups that act, so that "the demonstrators" later can take them up
            if tok.pos_ != "NOUN":
                continue
            plural = self.p.is_plural(tok)
            if ((fold(tok.text) in self.p.same_people or (
                    plural and (self.p.is_group(tok.text) or self.p.is_agent_plural(tok.text)))) and (
                    self.p.has(tok, "subject") or self.p.has(tok, "passive_subject") or passive_agent(tok, self.p))) \
                    or self._decides(tok):
                self._nominal(tok, from_verb=True)
            elif (people := self._gathered(tok)) is not None:
                self._nominal(people, from_verb=True)
            elif not plural and self._place_complement(tok) and (self.p.has(tok, "subject") or self._sued(tok)):
                # "le tribunal de Lyon a suspendu …", "X sued the state of Valdor": a place's body, acting or sued
                self._nominal(tok, from_verb=True)
        for i, word in enumerate(self.t.folded):
            # who issues a statement speaks through it ("the health ministry published the following statement:",
            # « le syndicat a publié un communiqué : »), named by its noun as the subject of a verb of saying is
            # (a verb that puts it out, not one that merely handles it: "they opened the letter")
            if word not in self.p.statement_nouns or self.t.pos[i] != "NOUN" or self.t.quoted_at(i):
                continue
            issuer = finder.issuer(self.doc[i])
            if issuer is not None and not (self.p.issues(issuer) or self.p.relays(issuer)):
                issuer = None
            for c in issuer.children if issuer is not None else ():
                if self.p.has(c, "subject"):
                    self._nominal(c, from_verb=True)
        for sent in self.t.sents:
            # "One commenter was unconvinced:", « Une internaute est plus sévère : »: the person a sentence ending on
            # a colon describes, its subject, introduces the words after it whatever its verb
            last = next((t for t in reversed(sent) if not t.is_space), None)
            if last is None or last.text != ":" or self.t.quoted(last):
                continue
            for c in sent.root.children:
                # (not one named through a name in its phrase: "A reporter from the Daily Voice listed …" is the
                # paper's)
                if self.p.has(c, "subject") and c.pos_ == "NOUN" and c.i < last.i and not self.p.is_plural(c) \
                        and (self.p.is_role(c.text) or fold(c.text) in self.p.grammar.account_nouns) \
                        and not any(t.pos_ == "PROPN" for t in c.subtree):
                    self._nominal(c, from_verb=True)
        for q in self.t.quotes:  # who carries the signs slogans are read on
            carrier = finder.sign_carrier(q) if q.words(self.t.text) <= 12 else None
            if carrier is not None:
                self._nominal(carrier, from_verb=True)
        body = self.t.body
        # a description that holds an account's handle (« l'internaute @port_sorel », the noun of who posts before
        # it) is that account under its handle: one mention from the description's first word to the handle
        out = list(self.out)
        for h in [m for m in out if m.source == "handle"]:
            d = next((m for m in out if m.source == "nominal" and m.start < h.start <= m.end
                      and (h.text in m.text.split() or (m.head >= 0 and self.t.folded[m.head] in
                                                        self.p.grammar.account_nouns))), None)
            if d is not None:
                out = [replace(h, start=d.start) if m is h else m for m in out if m is not d]
        return tuple(sorted((m for m in out if self.doc[m.start].idx >= body and not self._signs(m)),
                            key=lambda m: m.start))

    def _opposed_people(self, verb: Any) -> list[Any]:
        """The people or body a verb of accusation or opposition (or an adjective of opposition: "X is
        critical of the energy ministry", "X est furieux contre le conseil régional") is aimed at, named
        by a role noun, a body's noun or a group's ("X condemned the transport minister", "X a dénoncé la
        direction régionale", "the regional council was criticised by X"), or owning what it is aimed at ("X
        rejected the proposal of the employers' federation", "X a critiqué les propos du ministre"):
        its object (the subject of its passive with an agent) or the object's possessor or "of"
        complement, outside anyone's words, a definite phrase, not a noun taking up the body last
        named ("the company")."""
        if self.t.quoted(verb):
            return []
        passive = self.p.agent_of(verb) is not None
        if verb.pos_ != "VERB":
            objects = [n for prep, n in self.p.pp_objects(verb) if prep in self.p.adjective_preps]
        else:
            objects = [c for c in verb.children
                       if self.p.has(c, "object") or (passive and self.p.has(c, "passive_subject"))]
            # the one reproached ("X reproche aux élus leur silence") or aimed at ("X lashed out at the board")
            if self.p.is_addressed(verb):
                objects += [n for prep, n in self.p.pp_objects(verb) if prep in self.p.grammar.to_preps]
            objects += self.p.aimed_at(verb)
        owners = [n for c in objects for n in self.p.owners(c)]
        return [t for t in (*objects, *owners) if self._definite_party(t)]

    def _accountable(self, verb: Any) -> None:
        """Whom a verb holds to account (``oppose.accountable``: its object, or the addressee of a
        reproach) is a person, a body or a state: a name there the recogniser typed as a thing (a
        "MISC" entity: "la Francophonie") is a body's, or a person's when a first name opens it."""
        targets = [c for c in verb.children if self.p.has(c, "object")]
        if self.p.is_addressed(verb):
            targets += [n for prep, n in self.p.pp_objects(verb) if prep in self.p.grammar.to_preps]
        for t in targets:
            k = self.taken.get(t.i)
            if k is not None:
                self._as_party(k)

    def _as_party(self, k: int) -> None:
        """Mention ``k`` where only a body or a person can stand (whom a verb holds to account, whom a spokesperson
        speaks for): a name the recogniser typed as a thing ("MISC") is a person's when a first name opens it, a role
        noun stands right after it (« explique Jo Zell le vice-président de X ») or a role is set off by a comma
        after it (« …, ajoute Hassan, un autre manifestant »), else a body's."""
        m = self.out[k]
        if m.kind == "other" and m.source == "ner" and self._described_as_person(m):
            self.out[k] = replace(m, kind="person")  # "…, ajoute Hassan, un autre manifestant."
            return
        untyped = m.source == "ner" and self.doc[m.start].ent_type_ not in {*_ORG, *_PERSON}
        if untyped and m.kind in {"other", "organization"}:
            role = self._unmarked_apposition(m)
            if role is None:
                if m.kind == "other":
                    self.out[k] = replace(m, kind=self._opened_kind(self.doc[m.start]))
                return
            phrase = self.doc[role[0] : role[1]]
            self.out[k] = replace(m, kind="person", role=phrase.text, role_span=role,
                                  gender=m.gender or self._role_gender(phrase))
            self.roles.update(range(*role))

    def _definite_party(self, tok: Any) -> bool:
        """Whether ``tok`` heads a definite phrase naming a role, a body or a group ("the minister",
        "la fédération patronale", "their leaders"), outside anyone's words; a body's noun in the
        singular with a word of its own besides the article ("the regional council", not "the party")."""
        word = fold(tok.text)
        common = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())  # "ministry" tagged a name
        if not common or self.t.quoted(tok) or word in self.p.generic_orgs \
                or not (self.p.is_role(word) or self.p.is_group(word) or word in self.p.org_nouns):
            return False
        if not any((self.p.has(g, "det") and fold(g.text) in self.p.definite) or self.p.has(g, "possessive")
                   or self.p.holds_article(g) for g in tok.children):
            return False
        if self.p.is_role(word) and self._named_after_comma(tok):
            return False  # "accused the outgoing mayor, Paul Roche, of …": the name in apposition is the party
        if any(self.p.has(c, "apposition") and c.pos_ == "PROPN" and c.i == tok.i + 1 and c.i in self.taken
               for c in tok.children):
            return False  # (so is a name right after the noun: "accused its neighbour Egypt of …")
        # a body's bare noun in the singular ("the party", "le sommet") takes up one named before
        return self.p.is_role(word) or self.p.is_plural(tok) or any(
            not (self.p.has(g, "det") or self.p.has(g, "case")) for g in tok.children)

    def _named_after_comma(self, tok: Any) -> bool:
        """Whether a person's name stands in apposition right after the phrase ``tok`` heads, set off by a comma,
        whatever the parser made of it (its apposition, or a second complement of the same head: « a accusé le maire
        sortant, Paul Roche, de … » read with two objects; :meth:`LanguageProfile.name_after_comma`)."""
        name = self.p.name_after_comma(self.doc, tok)
        k = self.taken.get(name.i) if name is not None else None
        return k is not None and self.out[k].kind == "person"

    def _chapter(self, m: Mention) -> Mention:
        """A body's name the recogniser stopped before its place ("the American Civil Liberties Union |
        of Utah", "la Ligue des droits de l'homme | de Lyon"): a preposition of "of" and a capitalised
        place right after an organisation's name belong to it, a chapter of the body; the name without
        them is kept as another."""
        doc = self.doc
        if m.kind != "organization" or m.source != "ner" or m.end + 1 >= len(doc) \
                or fold(doc[m.end].text) not in self.p.grammar.of_preps:
            return m
        j = m.end + 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and self._cap(doc[j]) and doc[j].ent_type_ not in _PERSON | _ORG:
            j += 1
        if j == m.end + 1 or (j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].text in {"-", "'", "’"})):
            return m
        if any(doc[k].ent_type_ and doc[k].ent_type_ not in {"GPE", "LOC"} for k in range(m.end + 1, j)):
            return m  # (a place, or a name the recogniser left untagged: not a body or a date)
        if fold(doc[m.end + 1 : j].text) in self.gaz.countries:
            return m  # "the Revolutionary Guard of Valdoria": the state's body, the state an actor apart
        return replace(m, end=j, text=doc[m.start : j].text, names=(*m.names, m.text))

    def _verbs_complement(self, c: Any) -> bool:
        """Whether ``c`` is a prepositional complement whose preposition is none of "of", "de", or a noun
        phrase of its own with its determiner and no preposition (the verb's second object the parser
        hung on the first: "reproche aux élus [leur silence]")."""
        preps = self._prepositions(c)
        if not preps:
            return c.pos_ == "NOUN" and any(self.p.has(g, "det") or self.p.has(g, "possessive") for g in c.children)
        return not any(fold(g.text) in self.p.grammar.of_preps for g in preps)

    def _prepositions(self, c: Any) -> list[Any]:
        """The prepositions of complement ``c``, either scheme: the complement itself when English hangs
        the noun under it (prep -> pobj), else the prepositions UD hangs under the noun (case)."""
        return [c] if c.dep_ == "prep" else [g for g in c.children if self.p.has(g, "case") and g.i < c.i]

    def _classifier_mark(self, mark: Any, head: Any) -> bool:
        """Whether ``mark`` is the possessive ending of a plural common noun that classifies ``head``
        ("the teachers' union", "the farmers' association": a union of teachers, no teachers who own
        and speak): part of the body's name, though a punctuation mark to the tokenizer."""
        owner = mark.head
        return self.p.has(mark, "case") and owner.i == mark.i - 1 and owner.head.i == head.i \
            and self.p.has(owner, "possessive") and owner.pos_ == "NOUN" and self.p.is_plural(owner)

    def _coordinated_adjectives(self, head: Any) -> set[int]:
        """The indices of the adjectives of ``head`` coordinated with one another and of the conjunctions and
        commas between them ("legal, medical and religious groups": the parser hangs the last on the one before
        the conjunction, the others on the noun); none when no conjunction joins them."""
        doc = self.doc
        out: set[int] = set()
        for c in head.children:
            if c.pos_ != "ADJ" or not self.p.has(c, "adj_mod"):
                continue
            chain = [g for g in c.subtree if g.pos_ == "ADJ" and self.p.has(g, "conj")]
            if not chain:
                continue
            span = doc[c.i : max(g.i for g in chain) + 1]
            if not all(t.pos_ in {"ADJ", "CCONJ", "ADV"} or t.text == "," for t in span):
                continue
            out |= {t.i for t in span}
            k = c.i
            while k >= 2 and doc[k - 1].text == "," and doc[k - 2].pos_ == "ADJ" and doc[k - 2].head.i == head.i:
                k -= 2  # (the adjectives before, each set off by a comma)
                out |= {k, k + 1}
        return out

    def _inner_hyphen(self, mark: Any) -> bool:
        """Whether ``mark`` is a hyphen inside a compound word, no space on either side ("cross-party",
        « franco-allemand »): a part of the word, though a punctuation mark to the tokenizer."""
        return mark.text == "-" and inner_hyphen(mark) and mark.i + 1 < len(self.doc) \
            and not self.doc[mark.i + 1].is_punct

    def _charge(self, head: Any) -> Any:
        """The complement of the phrase of ``head`` that says what the verb holding ``head`` to account
        charges it with, hung by the parser on the noun or on a complement of it ("accused the
        opposition [of scaremongering]", "accuse la direction du port [d'incompétence]"): when ``head``
        is the verb's object, an "of" complement in lower case with no article or possessive (a common
        noun, or a verb's form: "of lying", "de mentir"), not what the object owns or where it sits
        ("the mayor of Velmar", "la direction du port")."""
        if not (self.p.has(head, "object") and head.head.i != head.i and self.p.holds_to_account(head.head)):
            return None
        for owner in head.subtree:
            for c in owner.children if owner.i >= head.i else ():
                if c.i <= owner.i:
                    continue
                preps = self._prepositions(c)
                noun = next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None) if c.dep_ == "prep" else c
                if noun is not None and noun.pos_ in {"NOUN", "VERB"} and noun.text.islower() \
                        and any(fold(g.text) in self.p.grammar.of_preps
                                and fold(g.text) not in self.p.grammar.definite_preps for g in preps) \
                        and not any(self.p.has(g, "det") or self.p.has(g, "possessive") for g in noun.children):
                    return c
        return None

    def _decides(self, tok: Any) -> bool:
        """A body named by its common noun that does what bodies decide ("the city council
        approved a fee", "le conseil municipal a voté une redevance", "the ministry banned …"):
        one who acts in the news, whom others may then criticise for it."""
        word = fold(tok.text)
        # (or the state's own noun in the singular: "the government decided to …", « le gouvernement a décidé »)
        body = self.p.is_body_noun(word) or (word in self.p.state_nouns and not self.p.is_plural(tok))
        if not body or word in self.p.generic_orgs or not self.p.has(tok, "subject") or self.t.quoted(tok):
            return False
        verb = tok.head
        return verb.pos_ == "VERB" and not self.t.quoted(verb) and self.p.is_state_act(verb) \
            and not self.p.is_reporting_verb(verb)

    def _title_complement(self, m: Mention) -> bool:
        """Whether ``m``, one word the NER took for a person or a body (no acronym, no body's noun),
        is the complement of a title by a preposition and an article ("le président de la
        République", "the Minister of the Interior", "le ministre des Transports" with the article
        inside the preposition): part of the title, no one of its own."""
        doc = self.doc
        if m.kind not in {"person", "organization"} or m.source != "ner" or m.end - m.start != 1 or m.start < 3:
            return False
        word = fold(m.text)
        if m.kind == "organization" and (m.text.isupper() or word in self.p.institution_heads
                                         or word in self.p.org_nouns):
            return False  # "the president of the Commission", "le président de l'UMP": the body is named
        det, prep, role = doc[m.start - 1], doc[m.start - 2], doc[m.start - 3]
        if fold(det.text) in self.p.grammar.definite_preps:
            prep, role = det, prep  # "le ministre des Transports": the article inside the preposition
        elif fold(det.text) not in self.p.definite or prep.pos_ != "ADP":
            return False
        return self.p.is_role(role.text) and fold(role.text) not in self.p.spokes

    def _signs(self, m: Mention) -> bool:
        """Whether ``m`` names the writer introducing themself: a person's name as the predicate
        of a first person singular subject ("I'm Jane Roe.", "Je suis Jeanne Roux."): the one who
        signs the piece, no actor of the news."""
        if m.kind != "person" or m.head < 0:
            return False
        tok = name_head(self.doc[m.head], self.p)
        if tok.dep_ == "attr":  # English: the name hangs on the copula
            verb = tok.head
        elif any(c.dep_ == "cop" for c in tok.children):  # French (UD): the copula hangs on the name
            verb = tok
        else:
            return False
        return any((self.p.has(c, "subject") or self.p.has(c, "passive_subject"))
                   and fold(c.text) in self.p.first_singular for c in verb.children)

    # ------------------------------------------------------------ bookkeeping
    def _add(self, m: Mention) -> bool:
        if any(i in self.taken for i in range(m.start, m.end)):
            return False
        words = [t.text for t in self.doc[m.start : m.end]]
        if m.kind == "person" and m.source in {"name", "ner"} and any(
                any(ch.isdigit() for ch in w) and not _HANDLE.fullmatch(w) for w in words):
            return False  # a figure is in no person's name: a model's ("Douglas MD-83"), a year's edition (an online
            # handle's digits are: "KimLee07")
        if m.kind == "person" and m.source in {"name", "ner"} and len(words) == 1 and m.start > 0 \
                and self.t.folded[m.start - 1] in self.p.indefinite:
            return False  # one capitalised word after an indefinite article ("a Bill entitled …"): no one is "a Jane"
        if m.kind == "person" and m.source in {"name", "ner"} and self.p.names_document(words) \
                and self.first.get(fold(words[0]), "?") == "?":
            return False  # a legal text's name ("the General Labour Law") is no person's, whatever title seems to
            # open it (a first name makes it one: "Nathan Law")
        if m.source in {"name", "ner"} and m.end - m.start > 1 and self.p.names_event(
                [t.text for t in self.doc[m.start : m.end]]):
            return False  # an event's name ("the Lina Marsh Affair"), whoever it names: no one who speaks
        if m.source in {"name", "ner"} and (end := self._genitive_name_end(m)) is not None:
            m = replace(m, end=end, text=self.doc[m.start : end].text)
        end = m.end
        while end - m.start > 1 and self.doc[end - 1].text[:1].islower() and self.doc[end - 1].text[-1:] in "'’":
            end -= 1  # no name ends on an elided word: the negation the recogniser ran into it (« la société X n’a … »)
        if end < m.end:
            m = replace(m, end=end, text=self.doc[m.start : end].text, head=min(m.head, end - 1))
        self.out.append(m)
        for i in range(m.start, m.end):
            self.taken[i] = len(self.out) - 1
        return True

    def _genitive_name_end(self, m: Mention) -> int | None:
        """The end of a body's name written as a genitive ("Moody's", "McDonald’s"), when the "'s" glued to it
        possesses nothing: a verb follows it ("Moody's said …", « Moody’s explique … »); the French tokenizer cuts
        such a name after its apostrophe, as if it elided a word."""
        doc = self.doc
        end = m.end
        glued = end < len(doc) and not doc[end - 1].whitespace_
        if not glued or not (doc[end].text in {"'s", "’s"}
                             or (doc[end - 1].text[-1:] in {"'", "’"} and doc[end].text == "s")):
            return None
        end += 1
        if m.kind == "person" or end >= len(doc) or end in self.taken or doc[end].pos_ not in {"VERB", "AUX"} \
                or any(self.p.has(t, "possessive") for t in doc[m.start : end]):
            return None  # (a person's name is no genitive: "Theresa May's deal"; nor one the parser hung on a noun)
        return end

    # ------------------------------------------------------------ names
    def _company_short_names(self) -> list[Mention]:
        """A company's name without its legal form and trade words ("Howe" for "Howe Industries",
        "Velkor" for "Velkor Mining Ltd"), a capitalised word alone that the recogniser left out
        ("officials at Howe", "Howe's statement"): a mention of that company, when one company's
        name opens on it."""
        firms: dict[str, list[Mention]] = {}
        for m in self.out:
            stem = self.p.company_stem([fold(t.text) for t in self.doc[m.start : m.end] if not t.is_punct])
            if m.kind == "organization" and stem is not None:
                firms.setdefault(stem, []).append(m)
        out: list[Mention] = []
        for word, found in firms.items():
            if len({fold(m.text) for m in found}) > 1:
                continue  # two companies open on the word
            for i in (k for k, w in enumerate(self.t.folded) if w == word):
                tok = self.doc[i]
                nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
                if i in self.taken or not self._cap(tok) or tok.pos_ not in {"PROPN", "NOUN"} or self.t.quoted(tok) \
                        or (nxt is not None and self._cap(nxt) and not nxt.is_punct):
                    continue  # (not the opening of a longer name: "Howe Street")
                out.append(Mention(i, i + 1, tok.text, "organization", "ner", head=i))
        return out

    def _body_first_words(self) -> None:
        """A lone capitalised word the recogniser took for a person's name that opens the longer name of a body found
        in the article, and the full name of no person ("Corvane" after "the appliance maker Corvane Home"): the body
        under its short name, as a surname alone is its person (news names no one by a given name alone, so a word
        the given names' lexicon also holds is no exception) — not a word of a person's full name in the article,
        nor one a title, an honorific or a gender marks as a person's, nor a nationality's adjective."""
        opened: dict[str, set[str]] = {}
        for m in self.out:
            if m.kind == "organization" and m.end - m.start > 1 and self._cap(self.doc[m.start]):
                opened.setdefault(fold(self.doc[m.start].text), set()).add(fold(m.text))
        # (one body opens on the word: a word that opens two names, "Alby River FC" and "the Alby League", is the
        # place both are named after)
        bodies = {word for word, names in opened.items() if len(names) == 1}
        persons = {fold(self.doc[k].text) for m in self.out if m.kind == "person" and m.end - m.start > 1
                   for k in range(m.start, m.end)}
        for k, m in enumerate(self.out):
            word = fold(m.text)
            tok = self.doc[m.start]
            if m.kind == "person" and m.source == "ner" and m.end - m.start == 1 and word in bodies \
                    and word not in persons and m.role is None and m.gender is None and not self.p.has(tok, "conj") \
                    and self.demonym_at(m.start) is None \
                    and not any(self.p.has(c, "conj") for c in tok.children):
                # (not a word of a list: "Alby, Corran, Mells": places, as likely as a body)
                self.out[k] = replace(m, kind="organization")

    def _classified_names(self) -> list[Mention]:
        """A proper name in apposition after a determined noun that classifies bodies ("the
        carmaker Velkor", "le quotidien Ravel Soir", "la chaîne Telvira"): the name of an
        organisation of that class, whatever the NER made of it."""
        doc = self.doc
        out: list[Mention] = []
        for i, word in enumerate(self.t.folded):
            if word not in self.p.org_nouns:
                continue
            tok = doc[i]
            if tok.pos_ != "NOUN" or tok.i + 1 >= len(doc) or not tok.text[:1].islower():
                continue  # "la Fondation Verdelande": a capitalised noun is part of the name
            if not any(fold(c.text) in self.p.determiners for c in tok.children if c.i < tok.i):
                continue  # "the carmaker …", "du constructeur …": a determined noun
            j = tok.i + 1
            # the class noun's own complement or adjective before the name ("la chaîne de
            # télévision Telvira", "le constructeur automobile Velkor"), three words at most, a hyphenated compound
            # one word (« le fabricant de lave-linge Valmor »)
            words = 0
            while j < len(doc) and words < 3 and doc[j].is_alpha and doc[j].text.islower() \
                    and doc[j].pos_ in {"ADJ", "NOUN", "ADP", "PROPN"}:  # (a word in lower case is no name's)
                j += 1
                while j + 1 < len(doc) and inner_hyphen(doc[j]) and doc[j + 1].is_alpha and doc[j + 1].text.islower():
                    j += 2
                words += 1
            # (or set off by commas: "the agricultural agency, AGROVAL, said …", « l'agence sanitaire, Agrosan, a
            # indiqué … »: an apposition the parser made so)
            comma = doc[j].text == "," and j + 1 < len(doc)
            if comma:
                holder = tok.head.head if tok.head.pos_ == "ADP" else tok.head  # (through "of": ClearNLP's prep)
                if holder.i < tok.i and self.p.is_role(holder.text):
                    continue  # "the head of the group, X,": a name set off after a role's complement is the role's
            j += comma
            first = j
            if j + 1 < len(doc) and self._article(doc[j]) and self._cap(doc[j + 1]) and doc[j - 1].pos_ != "ADP":
                j += 1  # the name's own article ("le collectif la Quadrature", "l'association Les Amis …")
            if j == len(doc) or not self._cap(doc[j]) or doc[j - 1].pos_ == "ADP":
                continue  # "le tribunal de Dransfeld": a complement of place, no name in apposition
            while j < len(doc) and "\n" not in doc[j - 1].whitespace_:
                article = j + 2 < len(doc) and self._article(doc[j + 1]) and self._cap(doc[j + 2])
                if j > first and fold(doc[j].text) in self.p.grammar.of_preps and j + 1 < len(doc) \
                        and (self._cap(doc[j + 1]) or article) and fold(doc[j + 1].text) not in self.gaz.countries:
                    j += 1  # a name's own complement, capitalised: "Quadrature du Net", "Friends of the Bay"
                    continue
                if j > first and self._article(doc[j]) and fold(doc[j - 1].text) in self.p.grammar.of_preps \
                        and j + 1 < len(doc) and self._cap(doc[j + 1]):
                    j += 1  # "Amis de la Terre"
                    continue
                if not self._cap(doc[j]) or doc[j].is_stop or fold(doc[j].text) in self.p.determiners:
                    break
                j += 1
            while j > first and not self._cap(doc[j - 1]):
                j -= 1  # no small word ends a name
            if j == first or j - first > 4 or any(fold(t.text) in self.gaz.countries for t in doc[first:j]):
                continue
            if not self._article(doc[first]) and self.demonym_at(first) is None:
                j = self._name_to_verb(j)  # (not after an article: "the trust the Irish voters gave")
            if j + 1 < len(doc) and doc[j].is_alpha and doc[j].text.islower() and self._cap(doc[j + 1]) \
                    and doc[j + 1].ent_type_ not in {"DATE", "TIME"}:
                continue  # a name that goes on past a small word ("Food and Chemical …"): where it ends is unsure
            span = doc[first:j]
            if span.root.head.pos_ == "ADP" and span.root.head.i < first:
                continue  # the object of the complement's preposition ("the group of cross-party MPs"): no name
            if comma and not (j < len(doc) and doc[j].text == "," and self.p.has(span.root, "apposition")
                              and span.root.head.i == tok.i):
                continue  # (a list after a comma, "the union, Velkor and the state", is no apposition)
            out.append(Mention(span.start, span.end, span.text, "organization", "ner", head=j - 1))
        return out

    def _name_to_verb(self, j: int) -> int:
        """Where a body's name that a class noun introduced ends when small words in lower case follow its capitalised
        start up to the verb of its clause (« l'association Droit au toit a dénoncé », « le collectif Sauvons nos
        haies réclame »): at that verb, as French writes names with one capital; else at ``j``. No word of time,
        no capitalised word (a place: « Verdal à Lyon »), no coordination nor relative pronoun, four words at most."""
        doc = self.doc
        k = j
        while k < len(doc) and k - j < 4 and "\n" not in doc[k - 1].whitespace_ and doc[k].text[:1].islower() \
                and doc[k].pos_ in {"ADP", "DET", "NOUN", "ADJ", "ADV"} and doc[k].ent_type_ not in {"DATE", "TIME"} \
                and not self._cap(doc[k]) and fold(doc[k].text) not in self.p.grammar.relatives:
            k += 1
        verb = k < len(doc) and doc[k].pos_ in {"VERB", "AUX"} and "Fin" in doc[k].morph.get("VerbForm")
        return k if k > j and verb and not doc[k - 1].is_punct else j

    def _body_names(self, orgs: list[tuple[int, int]]) -> list[Mention]:
        """The proper name of a body built on its head noun, which the NER missed or took for a
        place: the noun with a capitalised complement naming its field ("le ministère du Travail",
        "le ministère des Affaires étrangères", "the Department of Fisheries"), or a capitalised
        head noun with its adjectives and complement ("la Cour suprême de Valdorie", "le Conseil
        constitutionnel"). A lower-case noun whose complement is a place is that place's body
        ("le tribunal de Lyon"), left to the rules of nominal phrases."""
        doc = self.doc
        out: list[Mention] = []
        of = self.p.grammar.of_preps
        for i, word in enumerate(self.t.folded):
            if word not in self.p.institution_heads or doc[i].pos_ not in {"NOUN", "PROPN"} \
                    or any(a <= i < b for a, b in orgs) or self.t.quoted(doc[i]):
                continue
            head = doc[i]
            capital = self._cap(head) and not head.is_sent_start
            if self.p.language == "en" and not capital:
                continue  # English writes a body's name in capitals: "the department of the city" is none
            j = i + 1
            while capital and j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_alpha \
                    and "\n" not in doc[j - 1].whitespace_ and not (head.head.i == j and self.p.has(head, "subject")):
                j += 1  # "Cour suprême", "Conseil constitutionnel" (not the verb it is the subject of, read as an
                # adjective: « La Cour reproche à … »)
            end = j
            for _ in range(2):  # its complements: its field, then its place ("Cour de cassation de Valdorie")
                if end + 1 >= len(doc) or fold(doc[end].text) not in of or "\n" in doc[end].whitespace_ \
                        or "\n" in doc[end - 1].whitespace_:
                    break
                k = end + 1
                if k + 1 < len(doc) and self._article(doc[k]) and (capital or self._cap(doc[k + 1])):
                    k += 1
                first = k
                while k < len(doc) and self._cap(doc[k]) and not doc[k].is_stop and "\n" not in doc[k - 1].whitespace_:
                    k += 1
                    if k + 1 < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower() and k - first == 1 \
                            and doc[k - 1].pos_ != "PROPN":
                        k += 1  # "Affaires étrangères": a capitalised noun and its adjective
                if k == first and capital and end == j and doc[k].pos_ == "NOUN" and doc[k].is_alpha:
                    k += 1  # a capitalised head's field in lower case: "Cour de cassation", "Régie des eaux"
                    if k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_alpha and doc[k].text.islower():
                        k += 1
                field = doc[first:k]
                place = any(fold(t.text) in self.gaz.countries or t.ent_type_ in _PERSON
                            or (t.ent_type_ in _PLACE and t.pos_ == "PROPN") for t in field)
                if k == first or any(t.i in self.taken for t in field) or (place and not capital):
                    break
                end = k
            if end == i + 1 or (not capital and end == j):
                continue  # a bare noun, or a lower-case noun with no field: no proper name
            span = doc[i:end]
            out.append(Mention(span.start, span.end, span.text, "organization", "ner", head=i))
        return out

    def _article(self, tok: Any) -> bool:
        """A definite article ("la", "l'", "the"; "The" opening a title)."""
        return fold(tok.text) in self.p.definite or fold(tok.text) in self.p.grammar.elided

    def _loose_common_noun(self, tok: Any, before: Any) -> bool:
        """A lowercase common noun right after a capitalised word with no article or
        preposition of its own: a circumstance or a noun the name modifies ("X Médias lundi",
        "the X Trust spokesman"), never the end of the name, which takes its lowercase words
        through a preposition or as adjectives ("Conseil supérieur de l'audiovisuel")."""
        return bool(tok.pos_ == "NOUN" and tok.text[:1].islower() and self._cap(before)
                    and not any(self.p.has(c, "case") or c.pos_ == "DET" for c in tok.children))

    def _cap(self, tok: Any) -> bool:
        return bool(tok.text[:1].isupper()) and any(c.isalpha() for c in tok.text) and not tok.is_punct

    def _inner_particle(self, i: int) -> bool:
        """Whether token ``i``, a name particle that is also a given name ("Al", "Abu"), goes on with the
        capitalised word right before it, itself no title, article or common word ("Badri Al Sayegh"): the
        particle is inside the name that word opens, when that word is a given name, the recogniser's
        person's name outside quoted words, or a word right after a nationality adjective."""
        if i == 0 or self.t.folded[i] not in self.p.particles:
            return False
        before = self.doc[i - 1]
        # (or a word after a nationality adjective: "Kuwaiti Fahad Al Mutar", a given name the lexicon may not know)
        named = self.t.folded[i - 1] in self.first or (before.ent_type_ in _PERSON and not self.t.quoted(before)) \
            or self._demonym_before(i - 1)
        return named and self._opens_name_before_particle(before)

    def _opens_name_before_particle(self, tok: Any) -> bool:
        """Whether ``tok``, the word right before a name particle, may open the name the particle is inside: a
        capitalised proper noun on the particle's line, no title, role, article or common word ("Badri Al
        Sayegh", "Jorvan dela Paz")."""
        return self._cap(tok) and tok.is_alpha and not tok.is_stop and "\n" not in tok.whitespace_ \
            and not self._titled(tok.i) and fold(tok.text) not in self.p.determiners and tok.pos_ == "PROPN"

    def _name_chains(self, places: set[int]) -> list[Mention]:
        """Capitalised chains opening on a known first name ("Jeanne Le Goff"), unless the
        chain opens a country or seat of power ("South Sudan", "Jordan") or the NER reads
        it as a place, a nationality or a date."""
        doc = self.doc
        out: list[Mention] = []
        i = 0
        n = len(doc)
        while i < n:
            if self.t.folded[i] not in self.first:
                i += 1  # no known first name opens here (the test below would find none)
                continue
            tok = doc[i]
            gender = self.first.get(fold(tok.text), "?") if self._cap(tok) and len(tok.text) > 1 else "?"
            if gender == "?" or tok.text.isupper() or fold(tok.text) in self.p.determiners or tok.is_stop \
                    or self.p.is_role(tok.text) or fold(tok.text) in self.p.honorifics \
                    or i in places or (self.t.quoted(tok) and self._short_quote(tok)) \
                    or (tok.pos_ == "NOUN" and i > 0 and fold(doc[i - 1].text) in self.p.determiners) \
                    or (i > 0 and fold(doc[i - 1].text) in self.p.indefinite and not self._authors_text(i)) \
                    or self._title_complement_word(i) or self._inside_body_name(tok):
                # an article before a capitalised common noun makes it no given name ("la
                # ministre de la Santé Clara Voss": the name opens on Clara), an indefinite one before any
                # capitalised word ("called for a Press Briefing": no one is "a Jane Roe"); nor does a title's
                # complement ("Secretary of Justice Ana Ruiz"), nor a word inside a body's name
                # ("the Valdorian Grant Agency": "Grant" opens no person's name)
                i += 1
                continue
            j = i + 1
            while j < n:
                t = doc[j]
                if doc[j - 1].whitespace_ == "" and (t.text in {"-", "‑"} or doc[j - 1].text in {"-", "‑"}):
                    j += 1
                    continue
                if "\n" in doc[j - 1].whitespace_ or t.is_space:
                    break
                run = 0  # name particles before the next capitalised word ("de los Reyes", "van der Berg")
                while run < 3 and j + run < n and fold(doc[j + run].text) in self.p.particles \
                        and "\n" not in doc[j + run].whitespace_:
                    run += 1
                if run > 1 and j + run < n and self._cap(doc[j + run]) and not (self._cap(t) and t.is_stop):
                    j += run
                    continue
                if (self._cap(t) and not t.is_stop) or (fold(t.text) in self.p.particles and j + 1 < n
                                                       and self._cap(doc[j + 1])):
                    if (fold(t.text) in self.p.roles and not (j == i + 1 and self._middle_name_title(j))) \
                            or (fold(t.text) in self.gaz.countries and j > i + 1):
                        break
                    j += 1
                    continue
                if self._cap(t) and fold(t.text) in self.p.particles:
                    j += 1
                    continue
                break
            while j > i + 1 and (fold(doc[j - 1].text) in self.p.particles or doc[j - 1].text in {"-", "‑"}):
                j -= 1
            if j - i >= 2 and j - i <= 5:
                span = doc[i:j]
                if self._recognised_body(span):
                    i = j  # the recogniser's body's name holds the chain ("the New York Rangers"): its own
                    continue
                if self._named_body_before(i):
                    # "la Fondation Hélène Marchand", "the Institute Jan Roe": a body's capitalised
                    # head noun, determined, names the body after the person, no person
                    out.append(Mention(i - 1, j, doc[i - 1 : j].text, "organization", "ner", head=i - 1))
                elif fold(span[-1].text) in self.p.companies or self._body_head(span) or self._seated(span) \
                        or (len(span) >= 3 and fold(span[-1].text) in self.p.media_names):
                    # "Lena Orvik Holdings": a company named after its founder is a body; so is a
                    # name whose head is a noun of bodies ("the Sierra Club", "the Rosa Society"), and
                    # one of three words or more that ends as a paper's does ("the Lena Media Monitor")
                    first = self._proper_run_start(i, j)
                    out.append(Mention(first, j, doc[first:j].text, "organization", "ner", head=j - 1))
                elif (not any(fold(t.text) in self.gaz.countries or t.ent_type_ in _NOT_PERSON for t in span)
                      or self._place_as_surname(span) or self._surname_after_particle(span)) \
                        and fold(span[-1].text) not in self.p.facilities \
                        and fold(span.text) not in self._named_places and fold(span.text) not in self.gaz.cities \
                        and not (self.t.folded[i] in self.p.particles and (
                            all(t.ent_type_ in _ORG for t in span) or fold(span.text) in self._recognised_bodies)):
                    # (a particle that is also a given name opens a body's name the recogniser found, there or
                    # elsewhere in the text: "Al Jazeera")
                    if (self._inner_particle(i) and i - 1 not in places) or self._unknown_given_name(i):
                        # "Badri Al Sayegh": the given name before the particle opens it; "the writer Sinval Santos
                        # da Silveira": a given name the lexicon lacks between a title and the chain opens it
                        span = doc[i - 1 : j]
                        gender = "?"
                    k = span.start - 2
                    if k >= 0 and inner_hyphen(doc[k + 1]) and doc[k].is_alpha and self._cap(doc[k]) \
                            and not self._titled(k) and k not in places:
                        span = doc[k:j]  # "Jing-Shan Zhou": a given name's first part before its hyphen
                        gender = "?"
                    out.append(Mention(span.start, j, span.text, "person", "name", gender=gender, head=j - 1))
                i = j
                continue
            i += 1
        return out

    def _proper_run_start(self, start: int, end: int) -> int:
        """Where a body's name that the recogniser (or a given name) opened at ``start`` really starts: capitalised
        proper nouns right before it on the same line, compounds of a word of the name, are words of it ("the
        Eastern Shore | Marine Alliance", "the Kelby Bay | Anglers' Association"): a name's modifiers precede its
        head. Not a title, a role, an honorific, a nationality, a determiner or a country, nor a word the recogniser
        tagged as something else, nor a run that such a word opens ("the 116th United | States Congress": all or
        nothing)."""
        doc = self.doc
        first = start
        while first > 0:
            k = first - 1
            tok = doc[k]
            if tok.pos_ != "PROPN" or not self._cap(tok) or not tok.is_alpha or "\n" in tok.whitespace_ \
                    or not tok.whitespace_ or tok.ent_iob_ != "O" or not self.p.has(tok, "compound") \
                    or not start <= tok.head.i < end or self._titled(k) or fold(tok.text) in self.p.determiners \
                    or fold(tok.text) in self.gaz.countries:
                break
            first = k
        if first < start and first > 0 and doc[first - 1].pos_ == "PROPN" and self._cap(doc[first - 1]):
            return start
        return first

    def _middle_name_title(self, j: int) -> bool:
        """Whether the title word ``j``, right after a given name, is a middle name ("Elisha King Mwenda", "Rose
        Bishop Achieng"): a capitalised proper noun that another name word follows on the same line, as no title
        comes between a given name and its surname (not a given name after the title, which opens its holder's name:
        "Council President Andrew Leung")."""
        doc = self.doc
        if j + 1 >= len(doc) or doc[j].pos_ != "PROPN" or "\n" in doc[j].whitespace_ or not doc[j].whitespace_:
            return False
        nxt = doc[j + 1]
        word = fold(nxt.text)
        return nxt.pos_ == "PROPN" and nxt.is_alpha and self._cap(nxt) and not nxt.is_stop \
            and not self.p.is_role(word) and word not in self.p.honorifics and word not in self.gaz.countries \
            and word not in self.first and self.demonym_at(j + 1) is None

    def _authors_text(self, i: int) -> bool:
        """Whether the capitalised proper nouns from ``i`` on are the modifier of a text's noun in lower case that
        the indefinite article before them determines ("a Piotr Halas tweet", "an Ana Roble letter"): the text's
        author, a person's name, though no one is "a Jane Roe"."""
        noun = self.doc[i - 1].head
        return noun.i > i + 1 and noun.pos_ == "NOUN" and noun.text[:1].islower() \
            and fold(noun.text) in self.p.statement_nouns and all(
                t.pos_ == "PROPN" and self._cap(t) and self.p.has(t, "compound") for t in self.doc[i : noun.i])

    def _unknown_given_name(self, i: int) -> bool:
        """Whether the word before the chain opening at ``i`` is a capitalised proper noun right after a role noun in
        lower case ("the writer Sinval Santos", "journalist Adaeze Maria Obi"): a given name the lexicon does not
        list, the holder's first name, not a word of the title (a capitalised title runs on: "Deputy Administrator
        X"); so is one right after an honorific ("Mr Tobar Ized Beh"), which only a name follows."""
        if i < 2:
            return False
        tok, title = self.doc[i - 1], self.doc[i - 2]
        return self._bare_name_word(i - 1) and not tok.is_stop and self.t.folded[i - 1] not in self.p.determiners \
            and ((self.p.is_role(self.t.folded[i - 2]) and title.text.islower())
                 or self._honorific(self.t.folded[i - 2])) and "\n" not in title.whitespace_

    def _bare_name_word(self, k: int) -> bool:
        """Whether token ``k`` may be a word of a person's name no lexicon lists: a capitalised proper noun of letters
        that no mention holds, no title, honorific or nationality, no place the recogniser tagged nor a country."""
        tok = self.doc[k]
        return tok.pos_ == "PROPN" and tok.is_alpha and self._cap(tok) and k not in self.taken \
            and not self._titled(k) and tok.ent_type_ not in _NOT_PERSON and self.t.folded[k] not in self.gaz.countries

    def _place_as_surname(self, span: Any) -> bool:
        """Whether a two-word chain is a given name and a place's name after it, outside any entity the
        recogniser found on the given name ("Ana Lima", "Jorge Paris"): a surname, as a place never follows a
        given name in its own name. So is the last word of a longer chain whose other words the recogniser read
        as a person's name and hang on that word as its compounds ("Elisha King | Mwenda"): the person's surname,
        not a place after the name."""
        first, last = span[0], span[-1]
        if len(span) > 2:
            return last.ent_type_ in _PLACE and fold(last.text) not in self.gaz.countries and all(
                t.ent_type_ in _PERSON and t.head.i == last.i and self.p.has(t, "compound") for t in span[:-1])
        return len(span) == 2 and first.ent_type_ == "" and fold(first.text) not in self.gaz.countries \
            and (last.ent_type_ in _PLACE or fold(last.text) in self.gaz.countries)

    def _surname_after_particle(self, span: Any) -> bool:
        """Whether a chain opening on a given name holds a name particle in lower case before its last word,
        which the recogniser reads as a person's name ("Marta dela Rosa", the recogniser typing "Marta" as a
        place): one person's name, as a particle joins a given name to a surname, never a place to a person."""
        return len(span) >= 3 and span[-1].ent_type_ in _PERSON and any(
            t.text[:1].islower() and fold(t.text) in self.p.particles for t in span[1:-1])

    def _coordinated_title(self, head: Any) -> bool:
        """Whether a singular noun of a role or a trade with no determiner is coordinated with a person's name
        that a title opens ("Blogger and journalist Tom Vale", the parser coordinating "Blogger" with the name):
        a second title of that person, as a bare singular noun never stands alone for someone."""
        return self.p.bare_title(head) and any(
            self.p.has(c, "conj") and c.i in self.taken and self.out[self.taken[c.i]].kind == "person"
            and any(g.i < c.i and self.p.is_role(fold(g.text)) for g in c.subtree) for c in head.children)

    @cached_property
    def _recognised_bodies(self) -> frozenset[str]:
        """The folded names the recogniser reads as bodies' somewhere in the text."""
        return frozenset(fold(e.text) for e in self.doc.ents if e.label_ in _ORG)

    def _recognised_body(self, span: Any) -> bool:
        """Whether a chain opening on a given name ends a body's name the recogniser found, on a plural proper
        noun or the last word of a paper's or a broadcaster's name ("the New York Rangers": "York" opens no
        one's name; "the North Bank Evening Standard", ``titles.media_names``): a team's, a paper's name, no
        person's (a name after a title the recogniser took into a body's stays a person's: "the Presidential
        Spokesperson Harry Roque")."""
        ent = next((e for e in self.doc.ents if e.start <= span.start < e.end), None)
        if ent is None or ent.label_ not in _ORG or span.end != ent.end:
            return False
        last = self.doc[ent.end - 1]
        # (or a common noun of bodies introduces it: "campaign group Save Harlow Fields", « le collectif Sauvons X »)
        before = self.doc[class_noun_before(self.doc, ent.start)] if ent.start > 0 else None
        introduced = before is not None and before.pos_ == "NOUN" and before.text.islower() \
            and self.p.is_body_noun(fold(before.text))
        return last.tag_ == "NNPS" or fold(last.text) in self.p.media_names or introduced

    def _named_body_before(self, i: int) -> bool:
        """Whether the word before ``i`` is a capitalised noun of bodies after a determiner ("la
        Fondation", "l'Institut", "the Foundation"): the head of a body's name that goes on at ``i``
        (not after a preposition: "le président de l'Assemblée Jan Roe" is a title, then a name)."""
        if i < 2 or (i >= 3 and self.doc[i - 3].pos_ == "ADP"):
            return False
        noun, det = self.doc[i - 1], self.doc[i - 2]
        word = fold(noun.text)
        return self._cap(noun) and not noun.is_sent_start and fold(det.text) in self.p.determiners \
            and self.p.is_body_noun(word) and word not in self.p.generic_orgs

    def _inside_body_name(self, tok: Any) -> bool:
        """Whether ``tok`` goes on a body's name the NER found, after a capitalised word of it,
        a name whose last word is a noun of bodies ("Agency", "Council"): a word that spells a given
        name there opens no person's name (nor where the NER took the body's name for a place's: "the Eastern Shore
        Marine Alliance")."""
        if tok.ent_iob_ != "I" or tok.ent_type_ not in _ORG | _PLACE or tok.i == 0 \
                or not (self._cap(self.doc[tok.i - 1]) and self.doc[tok.i - 1].ent_type_ == tok.ent_type_):
            return False
        end = tok.i
        while end + 1 < len(self.doc) and self.doc[end + 1].ent_iob_ == "I":
            end += 1
        last = fold(self.doc[end].text)
        return self.p.is_body_noun(last)

    def _family_first(self, m: Mention) -> Mention:
        """A chain the NER reads as the end of a longer person's name whose first words are
        capitalised names too is that longer name: the family name comes first ("Han
        Young-ho"), or a given name the lexicon lacks opens it in apposition after a comma (« le ministre, Abdou
        Karim Fall, ») or as the inverted subject of a verb of saying ('"…," said Tran Thi Lan')."""
        # (a given name written family name first is hyphenated: "Young-ho"; else only a name set off by a comma, in
        # apposition, whose first word no title, honorific or country is)
        hyphenated = any(t.text in {"-", "‑"} for t in self.doc[m.start : m.end])
        lead = self.doc[m.start - 1] if m.start > 0 else None
        if hyphenated and lead is not None and self._family_word(lead) and m.end - m.start <= 3 and (
                lead.i == 0 or lead.is_sent_start or self.doc[lead.i - 1].is_punct
                or self.p.is_role(self.doc[lead.i - 1].text) or fold(self.doc[lead.i - 1].text) in self.p.honorifics):
            # "Analyst Han Young-ho" though the NER saw no name: the capitalised word before
            return Mention(lead.i, m.end, self.doc[lead.i : m.end].text, "person", m.source, gender=m.gender,
                           head=m.end - 1)
        for e in self.doc.ents:
            # (or as the inverted subject right after a verb of saying: '"…," said Tran Thi Lan')
            before = self.doc[e.start - 1] if e.start > 0 else None
            if e.label_ in _PERSON and e.start < m.start < e.end and m.start - e.start == 1 and (hyphenated or (
                    before is not None and (before.text == "," or (
                        before.pos_ == "VERB" and before.is_lower and self.p.is_reporting_verb(before)))
                    and e.end >= m.end)):
                end = max(e.end, m.end)
                if all(self._family_word(t) for t in self.doc[e.start : m.start]):
                    return Mention(e.start, end, self.doc[e.start : end].text, "person", m.source, gender=m.gender,
                                   head=end - 1)
        return m

    def _family_word(self, tok: Any) -> bool:
        """Whether ``tok`` may be a family name written first: capitalised, and no title,
        honorific, country or word of the language."""
        return bool(self._cap(tok) and not tok.is_stop and not self.p.is_role(tok.text) and len(tok.text) > 1
                    and fold(tok.text) not in self.p.honorifics and fold(tok.text) not in self.gaz.countries
                    and fold(tok.text) not in self.p.determiners and not self.t.quoted(tok))

    def _defined_acronyms(self) -> list[Mention]:
        """A body's name followed by its acronym in parentheses is one name however long, from the
        capitalised word whose initials, with those of the words after it (small words of names
        aside), spell the acronym: "the Institute of Soil and Water Studies (ISWS)", "l'Union des
        pêcheurs, des agriculteurs et des forestiers (UPAF)" — even where the NER cut it short at
        "and", "des" or a comma."""
        doc = self.doc
        out: list[Mention] = []
        small = self._small_name_words
        for i, acro in enumerate(self.t.words):
            if not (acronym(acro) and i >= 2 and i + 1 < len(doc)
                    and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
                continue
            found = None
            for capital_small in (False, True):  # "The Nature Conservancy (TNC)": a capitalised small word may count
                letters = ""
                for j in range(i - 2, max(-1, i - 16), -1):
                    t = doc[j]
                    if t.is_sent_start and j < i - 2 and not self._cap(t):
                        break
                    if t.text == "," or ((fold(t.text) in small or fold(t.text).rstrip("'’") in small)
                                         and not (capital_small and self._cap(t))):
                        continue
                    if not t.is_alpha and t.text not in {"-", "‑"}:
                        break
                    if t.text in {"-", "‑"}:
                        continue
                    letters = t.text[0].upper() + letters
                    if not acro.endswith(letters) or (letters == acro and not self._cap(t)):
                        break
                    if letters == acro:
                        found = j
                        break
                if found is not None:
                    break
            if found is None or i - 2 - found < 1:
                continue
            span = doc[found : i - 1]
            if self.p.names_document([t.text for t in span]):
                self.document_names.add(acro)  # "the Ballot Access Act (BAA)": a text, as its acronym is
                continue
            out.append(Mention(span.start, span.end, span.text, "organization", "ner", head=span.root.i))
        return out

    @cached_property
    def _small_name_words(self) -> frozenset[str]:
        """The small words a name's initials pass over: articles, particles, "of"/« de »."""
        return frozenset(self.p.grammar.name_small | self.p.particles | self.p.determiners)

    def _expanded_acronyms(self) -> list[Mention]:
        """An acronym followed by its expansion in parentheses, whose capitalised words' initials spell it, small
        words of names aside ("PTI (Pakistan Tahreek Insaf)", "the BDA (Bureau of Data Access)"): the expansion is
        the body's full name, one name whatever the recogniser made of its words (a state's name inside it
        included)."""
        doc = self.doc
        out: list[Mention] = []
        small = self._small_name_words
        for i, acro in enumerate(self.t.words):
            if not (acronym(acro) and i + 3 < len(doc) and doc[i + 1].text == "("):
                continue
            close = next((j for j in range(i + 2, min(len(doc), i + 12)) if doc[j].text == ")"), None)
            if close is None or close - i - 2 < 2:
                continue
            words = [t for t in doc[i + 2 : close] if not (fold(t.text) in small and not self._cap(t))]
            if not all(t.is_alpha and self._cap(t) for t in words) \
                    or "".join(t.text[0] for t in words).upper() != acro:
                continue
            span = doc[i + 2 : close]
            out.append(Mention(span.start, span.end, span.text, "organization", "ner", head=span.root.i))
        return out

    def _quoted_names(self) -> list[Mention]:
        """A title in quotation marks that speaks ("“Open Street” reports …") or that an
        organisation noun introduces ("the blog “Open Street”", "le site « Rue libre »") or follows as the head
        it qualifies ("the “Open Street” organization announced …")."""
        out: list[Mention] = []
        for q in self.t.quotes:
            if not self.t.title_quote(q):
                continue
            span = self.t.span_tokens(q.start, q.end)
            if span is None or not len(span) or span.start < 2:
                continue
            before = self.doc[span.start - 2]  # the word before the opening mark
            root = span.root
            speaks = self.p.has(root, "subject") and root.head.pos_ in {"VERB", "AUX"}
            after = self.doc[span.end + 1] if span.end + 1 < len(self.doc) and self.doc[span.end].is_quote else None
            named = after is not None and after.text[:1].islower() and fold(after.text) in self.p.org_nouns \
                and after.pos_ == "NOUN" and not self.p.is_plural(after)
            if (fold(before.text) in self.p.org_nouns or speaks or named) \
                    and CueFinder(self.t, self.p).sign_carrier(q) is None:
                out.append(Mention(span.start, span.end, span.text, "organization", "quoted", head=root.i))
        return out

    def _defined_people(self, head: Any) -> None:
        """A demonstrative pronoun that a relative clause defines ("Those who knew her say …", « Ceux qui l'ont
        connue affirment … »; ``grammar.defined_pronouns``): the people the clause describes, a group named by the
        pronoun and its clause, outside anyone's words."""
        clause = next((c for c in head.children if self.p.has(c, "relative") and c.i > head.i), None)
        if clause is None or self.t.quoted(head):
            return
        end = max(t.i for t in clause.subtree) + 1
        while end - 1 > clause.i and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        # (a name inside the clause stays its own actor's: "Those who met Ana Roe say …" holds Ana Roe; the group's
        # mention stops before it, its name is the whole phrase)
        own = next((i for i in range(head.i, end) if i in self.taken), end)
        self._add(Mention(head.i, own, self.doc[head.i : end].text, "group", "nominal", head=head.i))

    def _kind_text(self, head: Any, toks: list[Any]) -> None:
        """A text whose author is not named but whose kind of author a noun gives ("a whistle-blower
        complaint", "media reports", "des informations de presse"): the text speaks, named as the article
        names it — not one with a possessor ("our information", "nos informations": the writer's), nor
        one whose phrase names someone, nor one whose noun is a body's or a role's, which names the
        author itself ("a company statement", "un rapport de police")."""
        if fold(head.text) not in self.p.kind_texts or any(t.i in self.taken for t in toks):
            return
        if any(self.p.has(c, "possessive") or "Yes" in c.morph.get("Poss") for c in head.children):
            return
        kinds = [c for c in head.children if c.i < head.i and self.p.has(c, "compound") and c.pos_ == "NOUN"
                 and c.text[:1].islower()]
        kinds += [c for c in head.children if c.i > head.i and self.p.has(c, "nominal_mod") and c.pos_ == "NOUN"
                  and c.text[:1].islower() and not any(self.p.has(g, "det") for g in c.children)
                  and any(self.p.has(g, "case") and fold(g.text) in self.p.grammar.of_preps for g in c.children)]
        if not kinds or any(self.t.quoted(k) or self.p.is_role(k.text) or fold(k.text) in self.p.org_nouns
                            or (self.p.is_group(k.text) and not self.p.is_plural(k)) for k in kinds):
            return  # (a body's or a role's noun names the author itself: "a company statement", "un rapport de police")
        lo = min(head.i, *(k.left_edge.i for k in kinds))
        hi = max(head.i, *(k.right_edge.i for k in kinds)) + 1
        kind: ActorKind = "group" if self.p.is_plural(head) else "organization"
        self._add(Mention(lo, hi, self.doc[lo:hi].text, kind, "nominal", head=head.i))

    def _author_name(self, tok: Any) -> None:
        """The name of a text's author at ``tok``: the whole entity of several words the NER found
        headed by ``tok`` when it is no place, date or people ("le Courrier de Delport", tagged MISC),
        a body's unless a first name opens it; else the capitalised words around ``tok``."""
        ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ not in _NOT_NAMED and ent.root.i == tok.i and len(ent) > 1 and not any(
                self.t.quoted(t) for t in ent):
            kind = self._opened_kind(ent[0])
            self._add(Mention(ent.start, ent.end, ent.text, kind, "name" if kind == "person" else "ner",
                              head=ent.root.i))
        else:
            self._proper_speaker(tok)

    def _spoken_for(self, spokes: Any) -> None:
        """The one a spokesperson speaks for, named by a proper name as the noun's "of"/"for" complement (« un
        porte-parole de Lumiscan », « une porte-parole de la SNAV », "a spokesman for Veltrix"), is a body or a
        person, never a thing: a name no other signal found is the capitalised words from it on, a body's unless
        a first name opens them, an acronym a body's; one the recogniser typed as a thing is retyped so (not a place
        after spokespeople in the plural: « les dirigeants de Lorient » are a group of their own)."""
        preps = self.p.grammar.of_preps | self.p.grammar.for_preps
        for prep, noun in self.p.pp_objects(spokes):
            if prep not in preps or noun.pos_ != "PROPN" or noun.i < spokes.i or self.t.quoted(noun) \
                    or not self._cap(noun):
                continue
            k = self.taken.get(noun.i)
            if k is not None:
                if not (self.doc[self.out[k].start].ent_type_ in _PLACE and self.p.is_plural(spokes)):
                    self._as_party(k)
                continue
            lo = noun.left_edge.i
            while lo < noun.i and not self._cap(self.doc[lo]):
                lo += 1  # (past its preposition and article)
            hi = noun.i + 1
            while hi < len(self.doc) and self.doc[hi].head.i == noun.i and self._cap(self.doc[hi]) \
                    and not self.doc[hi].is_punct:
                hi += 1
            span = self.doc[lo:hi]
            acronym = len(span) == 1 and span.text.isupper() and span.text.isalpha() and 2 <= len(span.text) <= 6
            kind: ActorKind = "organization" if acronym else self._opened_kind(span[0])
            self._add(Mention(span.start, span.end, span.text, kind, "name" if kind == "person" else "ner",
                              head=noun.i))

    def _proper_speaker(self, head: Any, framed: bool = False) -> None:
        """The subject of a reporting verb written as a proper name no other signal found, or with ``framed`` the
        source a frame names (« selon X », "according to X"), whose preposition is the frame's: the capitalised words
        around its head (an organisation unless a first name opens it)."""
        doc = self.doc
        if not framed and any(self.p.has(c, "case") and c.i < head.i and fold(c.text) not in self.p.particles
                              for c in head.children):
            return  # a noun after its preposition is no subject, whatever the parse says ("Sur Twitter, X a dénoncé …")
        lo = hi = head.i
        while lo - 1 >= 0 and doc[lo - 1].head.i == head.i and self._cap(doc[lo - 1]) and not doc[lo - 1].is_punct \
                and not (framed and self.p.has(doc[lo - 1], "case")):
            lo -= 1  # (not the frame's preposition that opens the sentence: « Selon X, … »)
        while hi + 1 < len(doc) and doc[hi + 1].head.i == head.i and self._cap(doc[hi + 1]) and doc[hi + 1].i < head.i:
            hi += 1
        span = doc[lo : hi + 1]
        initials = len(span) == 1 and span.text.isupper() and span.text.isalpha() and 2 <= len(span.text) <= 8 \
            and self.p.has(head, "subject") and self.p.is_reporting_verb(head.head)
        if initials:
            # "WK writes in his blog that …": a writer's initials, or a body's acronym, as the subject of a verb
            # of saying, are who speaks
            self._add(Mention(span.start, span.end, span.text, "person" if len(span.text) == 2 else "organization",
                              "name" if len(span.text) == 2 else "ner", head=head.i))
            return
        if len(span.text) < 3 or (span.text.isupper() and len(span) == 1) or any(self.t.quoted(t) for t in span):
            return
        after = doc[span.end] if span.end < len(doc) else None
        numbered = self.p.grammar.number_abbreviations
        if fold(span[-1].text).rstrip(".") in numbered or (after is not None and (
                after.like_num or fold(after.text).rstrip(".") in numbered)):
            return  # a numbered text ("Act No. 12", "Article 5") is no speaker
        if fold(span[0].text) in self.p.determiners | self.p.quantifiers and len(span) > 1:
            span = span[1:]  # "Several NGOs said": the NGOs
        if len(span) > 1 and self.p.joined_common(span[0].text):
            span = span[1:]  # "Co-developer Ana Ruiz said": a common noun opening the sentence, no name's word
        kind = self._opened_kind(span[0])
        if kind == "person" and fold(span.text) in self._recognised_bodies:
            kind = "organization"  # a body's name the recogniser found elsewhere ("Al Jazeera is …" after a handle)
        named = self._after_nationality(span)
        if named is not None:
            span, kind = named, "person"  # a nationality, then a name of a person's words ("Egyptian Rana wrote:")
        self._add(Mention(span.start, span.end, span.text, kind, "name" if kind == "person" else "ner",
                          head=head.i))

    def _preverbal_name(self, verb: int) -> None:
        """The subject of a reporting verb is who speaks, whatever the tagger made of its words: a
        run of capitalised words opening a clause right before the verb (or its auxiliaries) is
        one name, its article off ("Tshering Dorji said …", "Sauvons Orvo a estimé …"): a name
        the tagger found only the end of is extended to the whole run; a run of two words or more
        no mention covers is a person's name when a first name opens it, else a body's."""
        doc = self.doc
        j = verb - 1
        while j >= 0 and (self.p.has(doc[j], "aux") or doc[j].pos_ == "AUX") and doc[j].text.islower():
            j -= 1  # "a affirmé", "has said", "ont déclaré"
        hi = j
        if hi >= 0 and hi not in self.taken and _CODED_NAME.fullmatch(doc[hi].text) and self.p.has(doc[hi], "subject") \
                and (doc[hi].is_sent_start or doc[hi - 1].is_punct or fold(doc[hi - 1].text) in self.p.determiners):
            # one word of capitals and digits opening the clause ("TVN24 reported …", « BFM2 a affirmé … »): a
            # broadcaster's, a paper's or a firm's name, no number
            self._add(Mention(hi, hi + 1, doc[hi].text, "organization", "ner", head=hi))
            return
        found = self.out[self.taken[hi]] if hi in self.taken else None
        if found is not None and found.end - 1 != hi:
            return
        if found is not None and self.first.get(fold(doc[found.start].text), "?") != "?":
            return  # a name a first name opens is whole on its left ("Conservative MP Jane Roe")
        j = found.start - 1 if found is not None else hi
        while j >= 0 and self._cap(doc[j]) and j not in self.taken and not doc[j].is_punct \
                and (doc[j].is_alpha or fold(doc[j].text).replace("-", "").isalpha()) \
                and self.p.pronoun(doc[j]) is None and "\n" not in doc[j].whitespace_ \
                and doc[j].ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "NORP"} and not self._titled(j):
            j -= 1
        lo = j + 1
        if lo <= hi and fold(doc[lo].text) in self.p.determiners:
            lo += 1
        end = found.start if found is not None else hi + 1
        if lo >= end or (found is None and end - lo < 2) or hi - lo > 4:
            return
        if j >= 0 and not (doc[j].is_punct or fold(doc[j].text) in self.p.determiners or doc[lo].is_sent_start):
            return  # inside a clause: no subject opening it
        if any(t.is_stop or t.like_num or fold(t.text) in self.p.determiners or self.t.quoted(t)
               for t in doc[lo:end]):
            return
        if found is not None:
            if found.source not in {"ner", "name"}:
                return  # a country, a title, a handle: no name runs on before it
            k = self.taken[hi]
            self.out[k] = replace(found, start=lo, text=doc[lo : found.end].text)
            for i in range(lo, found.start):
                self.taken[i] = k
            return
        span = doc[lo : hi + 1]
        kind = self._opened_kind(span[0])
        self._add(Mention(span.start, span.end, span.text, kind, "name" if kind == "person" else "ner", head=hi))

    def _opened_kind(self, first: Any) -> ActorKind:
        """The kind of a name no recogniser typed, by its first word: a person's when a first name
        opens it, else a body's."""
        return "person" if self.first.get(fold(first.text), "?") != "?" else "organization"

    def _after_honorific(self, span: Any) -> Any:
        """A person's name the recogniser opened past capitalised proper nouns right after an honorific ("Mr Tobar |
        Ized Beh"): only a name follows an honorific, so the name opens right after it."""
        doc, k = self.doc, span.start - 1
        while k >= 0 and span.start - k <= 2 and self._bare_name_word(k) and "\n" not in doc[k].whitespace_:
            k -= 1  # (not a place: "Miss Nepal Malina Joshi" holds a title's place)
        if k < 0 or k == span.start - 1 or not self._honorific(fold(doc[k].text)):
            return span
        return doc[k + 1 : span.end]

    def _honorific(self, word: str) -> bool:
        """Whether the folded ``word`` is an honorific, with or without its full stop ("M.", "Mr")."""
        return word in self.p.honorifics or word.rstrip(".") in self.p.honorifics

    def _titled(self, i: int) -> bool:
        """Whether token ``i`` is a title, a role or an honorific, no part of a name ("President",
        "Senator", "CEO", "M."), or a common noun a joined prefix opens ("Co-developer")."""
        word = fold(self.doc[i].text)
        return i in self.roles or self.p.is_role(word) or self._honorific(word) or self.demonym_at(i) is not None \
            or self.p.joined_common(self.doc[i].text)

    def _short_quote(self, tok: Any) -> bool:
        q = self.t.quote_at(tok.idx)
        return q is not None and q.words(self.t.text) < 5

    def _local_governments(self) -> list[Mention]:
        """A place's name, a level of government and a noun of the state, as English compounds
        them ("the Valdor state government", "the Ormund city authorities"): that place's own
        government, a body named by the whole phrase (not the place, not the country)."""
        doc = self.doc
        out: list[Mention] = []
        if not self.p.admin_levels:
            return out
        for i, word in enumerate(self.t.folded):
            if word not in self.p.state_nouns or doc[i].pos_ != "NOUN" or i < 2 or not doc[i].text.islower():
                continue
            level = doc[i - 1]
            if fold(level.text) not in self.p.admin_levels or not level.text.islower() or level.head.i != i:
                continue
            j = i - 1
            # (a capitalised proper noun whose head is within the phrase, from itself to the noun of the state)
            while j > 0 and self._cap(doc[j - 1]) and doc[j - 1].pos_ == "PROPN" and j - 1 <= doc[j - 1].head.i <= i:
                j -= 1
            if j == i - 1 or fold(doc[j:i - 1].text) in self.gaz.countries:
                continue  # no place named, or a country's (its state's, left to the rules of the state)
            out.append(Mention(j, i + 1, doc[j : i + 1].text, "organization", "ner", head=i))
        return out

    def _link_names(self) -> list[Mention]:
        """The name of a source written as the text of a link, right before the link's language
        tag, as the subject of a clause ("Radio Costa en vivo [es] reports", "explained La Voz del
        Valle [es]", "Grupo 21 (@grupo21) [es] writes"): the whole noun phrase up to the tag (a
        handle in parentheses aside), when it opens on a capital that is no article and holds a
        lower-case word or a number, which the NER does not read as part of a name."""
        doc = self.doc
        out: list[Mention] = []
        if "[" not in self.t.text:
            return out
        for tag in LANGUAGE_TAG.finditer(self.t.text):
            k = self.t.token_from(tag.start()) - 1
            while k >= 0 and doc[k].is_space:
                k -= 1
            if k > 0 and doc[k].text == ")":  # "Name (@handle) [es]"
                while k >= 0 and doc[k].text != "(":
                    k -= 1
                k -= 1
            if k < 1 or doc[k].pos_ not in {"NOUN", "PROPN", "NUM", "X"}:  # (X: a foreign word)
                continue
            span = self._link_phrase(doc[k])
            if span is None or self._example_at(span[0].i, span[-1].i + 1) is not None:
                continue
            account = self._after_account_noun(doc[span[0].i : span[-1].i + 1])
            if account is not None:
                # "Blogger happydsf [id]", "Another blogger, Tototapalnise [id]": the noun of who posts, with its
                # article, is no part of the account's name, a person's whatever its case
                out.append(Mention(account.start, account.end, account.text, "person", "name", head=account.start))
            else:
                out.append(Mention(span[0].i, span[-1].i + 1, doc[span[0].i : span[-1].i + 1].text,
                                   "organization", "ner", head=span[0].i))
        return out

    def _link_phrase(self, last: Any) -> list[Any] | None:
        """The subject noun phrase that ``last`` ends, cut there, when it may be a link's name."""
        head = next((h for h in [last, *last.ancestors] if self.p.has(h, "subject")), None)
        if head is None or head.i > last.i:
            return None
        span = [t for t in head.subtree if t.i <= last.i and not t.is_space]
        if not span or span[-1].i != last.i or len(span) < 2 or len(span) > 6 \
                or [t.i for t in span] != list(range(span[0].i, last.i + 1)):
            return None
        first = span[0]
        if not self._cap(first) or fold(first.text) in self.p.determiners or first.pos_ == "PRON" \
                or any(e.label_ in _PERSON and len(e) > 1 and span[0].i <= e.start and e.end <= last.i + 1
                       for e in self.doc.ents) or any(t.pos_ in {"VERB", "AUX"} for t in span):
            return None
        if not any((t.is_alpha and t.text.islower()) or t.like_num for t in span[1:]):
            return None
        return span

    def _handles(self) -> list[Mention]:
        out: list[Mention] = []
        if "@" not in self.t.text:
            return out
        for i, word in enumerate(self.t.words):
            if word.startswith("@") and len(word) > 2 and word[1:].replace("_", "").isalnum():
                tok = self.doc[i]
                end = tok.i + 1
                while end < len(self.doc) and not self.doc[end - 1].whitespace_ and (
                        set(self.doc[end].text) == {"_"} or (
                            self.doc[end].text == "-" and end + 1 < len(self.doc) and not self.doc[end].whitespace_
                            and self.doc[end + 1].text.replace("_", "").isalnum())
                        or (self.doc[end - 1].text == "-" and self.doc[end].text.replace("_", "").isalnum())):
                    # "@jroe_" (the tokenizer cuts the underscores off); "@lin-qiao_V", a hyphen
                    # inside, as other networks than Twitter allow
                    end += 1
                end = self._display_name_end(tok.i, end)
                text = self.doc[tok.i : end].text
                out.append(Mention(tok.i, end, text, "person", "handle", names=(text[1:],), head=tok.i))
        return out

    def _label_lines(self) -> list[Mention]:
        """A paragraph that is only a name and a colon ("Evgeny:", "Ana Lirio :"), with a paragraph
        after it, heads the words after it, as a dialogue's or a comment thread's lines do: the name is
        who speaks them (a person's when a first name opens it or it is one word, else a body's)."""
        out: list[Mention] = []
        for para in self.t.paragraphs[:-1]:
            found = _LABEL_LINE.fullmatch(self.t.text, para.start, para.end)
            span = self.t.span_tokens(found.start(1), found.end(1)) if found else None
            if span is None or not len(span) or not all(t.text[:1].isupper() for t in span) \
                    or not (all(t.pos_ == "PROPN" for t in span) or self.first.get(fold(span[0].text), "?") != "?"):
                continue  # (a name: capitalised, proper nouns or opening on a first name — not "Other classes:")
            kind: ActorKind = "person" if len(span) == 1 else self._opened_kind(span[0])
            out.append(Mention(span.start, span.end, span.text, kind, "name", head=span[-1].i))
        return out

    def _self_given_names(self) -> list[Mention]:
        """The names people give themselves after the noun of who they are ("a user calling himself Saltboy",
        "a commenter who goes by Rivet", « un internaute se faisant appeler Zorbec »; ``grammar.self_naming``):
        one word, or two capitalised ones, maybe in quotation marks, that no mention covers — a person's name
        whatever its case (an account's name may be lower-case)."""
        if not self.p.grammar.self_naming:
            return []
        out: list[Mention] = []
        folded = self.t.folded
        for i, tok in enumerate(self.doc[:-1]):
            word = folded[i]
            # (after a noun of a person: "an event known as …" names a thing; "another, signing as X," — the
            # pronoun of one more person)
            if not ((tok.pos_ == "NOUN" and (self.p.is_role(word) or word in self.p.masculine
                                             or word in self.p.feminine or self.p.is_trade_noun(tok)))
                    or (word in self.p.indefinite and self.doc[i + 1].text == ",")):
                continue
            k = self.p.self_given_name_at(self.doc, i)
            if k is None or k >= len(self.doc) or k in self.taken \
                    or not (self.doc[k].is_alpha or "_" in self.doc[k].text) \
                    or self.doc[k].is_stop or folded[k] in self.p.determiners:
                continue
            end = k + 1
            if end < len(self.doc) and self._cap(self.doc[k]) and self._cap(self.doc[end]) and end not in self.taken \
                    and self.doc[end].is_alpha:
                end += 1
            out.append(Mention(k, end, self.doc[k:end].text, "person", "name", head=k))
        return out

    def _account_name(self, head: Any) -> bool:
        """A user name after the noun of who posts ("LJ user drugoi wrote …", "Twitter user kotik_92
        said …"): one word, no article, not a plural, that the noun qualifies — the account's name
        whatever its case, a person's (its platform words before it are no part of it)."""
        if head.i == 0 or self.t.folded[head.i - 1] not in self.p.grammar.account_nouns or head.text[:1].isupper() \
                or any(self.p.has(c, "det") for c in head.children) or self.p.is_plural(head):
            return False
        if not any(self.p.has(c, "compound") and c.i == head.i - 1 and fold(c.text) in self.p.grammar.account_nouns
                   for c in head.children):
            return False
        self._add(Mention(head.i, head.i + 1, head.text, "person", "name", head=head.i))
        return True

    def _example_at(self, start: int, end: int) -> int | None:
        """Where the example named in ``[start, end)`` begins, after the words that introduce it, if
        it names one."""
        marker = self._example_marker(start, end)
        return marker[1] if marker is not None else None

    def _example_marker(self, start: int, end: int) -> tuple[int, int] | None:
        """The first words from ``[start, end)`` on that introduce an example (``grammar.example_preps``:
        "others such as X", "des habitants comme X"), as the token span ``[first, after)``."""
        for k in range(start, end):
            if self.t.folded[k] not in self.p.grammar.example_firsts:
                continue
            for e in self.p.grammar.example_preps:
                n = len(e.split())
                if " ".join(self.t.folded[k : k + n]) == e:
                    return k, k + n
        return None

    def _display_name_end(self, start: int, end: int) -> int:
        """Where an account's name heading a post ends: an account shown by a name of words ("@Liu
        Wen: …", as some networks show it) runs over one or two capitalised words up to the colon
        that opens the post on its paragraph's first line."""
        doc = self.doc
        if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
            return end
        j = end
        while j < min(len(doc), end + 2) and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        k = j
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        return j if j > end and k < len(doc) and doc[k].text == ":" else end

    def _surname_pair(self, span: Any) -> bool:
        """Whether a name is two surnames of persons the recogniser found in full, joined by a
        coordinator ("Vidal and Lirio", « Vidal et Lirio »): the two persons, not a body (as a firm
        named after its founders would be, whom the article does not name in full)."""
        cc = [t for t in span if t.pos_ == "CCONJ" or t.text == "&"]
        if len(cc) != 1 or cc[0].i in {span.start, span.end - 1}:
            return False
        surnames = self._surnames_found
        return all(len(part) == 1 and fold(part[0].text) in surnames
                   for part in (self.doc[span.start : cc[0].i], self.doc[cc[0].i + 1 : span.end]))

    @cached_property
    def _surnames_found(self) -> frozenset[str]:
        """The last words of the full names of persons the recogniser found ("Sudesh Amman"): such a
        word alone is that person, not the capital it also spells ("Amman, who was …")."""
        return frozenset(fold(e[-1].text) for e in self.doc.ents if e.label_ in _PERSON and len(e) > 1)

    def _gazetteer_spans(self) -> list[Mention]:
        doc = self.doc
        out = []
        i = 0
        starts = self.gaz.starts
        folded = self.t.folded
        while i < len(doc):
            word = folded[i]
            if word not in starts and not (word in self.p.determiners and i + 1 < len(doc)
                                           and folded[i + 1] in starts):
                i += 1
                continue
            if not self._cap(doc[i]) and word not in self.p.definite:
                i += 1
                continue
            found = None
            for width in (5, 4, 3, 2, 1):
                if i + width > len(doc):
                    continue
                if not self._cap(doc[i + width - 1]) and not self._lower_ending_country(i, width):
                    continue
                key = fold(self.t.span_text(i, i + width))
                start = i
                if folded[i] in self.p.determiners and width > 1 and not (
                        key in self.gaz.metonyms and self._cap(doc[i])):  # (a capital's own article: "La Paz")
                    key = fold(self.t.span_text(i + 1, i + width))
                    start = i + 1
                if key not in self.gaz.institutions and key not in self.gaz.unions \
                        and key not in self.gaz.metonyms and key not in self.gaz.countries:
                    continue  # no name of the gazetteer
                span = doc[i : i + width]
                if key in self.gaz.institutions:
                    c = self.gaz.institutions[key]
                    found = Mention(start, i + width, doc[start : i + width].text, "organization", "institution",
                                    country=c.code, head=i + width - 1)
                elif key in self.gaz.unions and not _acronym_in_lowercase(doc[start : i + width], self.gaz.unions[key]):
                    names = self.gaz.unions[key]
                    found = Mention(start, i + width, doc[start : i + width].text, "organization", "union",
                                    names=names, head=i + width - 1)
                elif key in self.gaz.metonyms and self._acts_as_state(span) and key not in self._surnames_found:
                    c = self.gaz.metonyms[key]
                    found = Mention(start, i + width, doc[start : i + width].text, "country", "metonym",
                                    country=c.code, names=c.names, head=i + width - 1)
                elif key in self.gaz.countries and self._channel_number(i + width):
                    # a country's name and a number of one or two digits name a broadcaster ("France 24", « France
                    # 3 »), a body — not the country, nor a score ("France 2 – 1 Italy")
                    found = Mention(start, i + width + 1, doc[start : i + width + 1].text, "organization", "ner",
                                    head=i + width - 1)
                elif key in self.gaz.countries and (width > 1 or span[0].pos_ == "PROPN" or span.text.isupper()
                                                    or span[0].ent_type_) \
                        and not self._ends_a_name(doc[start : i + width]) \
                        and not self._starts_a_name(doc[start : i + width]):
                    c = self.gaz.countries[key]
                    found = Mention(start, i + width, doc[start : i + width].text, "country", "country",
                                    country=c.code, names=c.names, head=i + width - 1)
                if found is not None:
                    break
            if found is not None:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _channel_number(self, i: int) -> bool:
        """Whether ``doc[i]`` is a number of one or two digits that no other number or score mark follows."""
        doc = self.doc
        return i < len(doc) and doc[i].is_digit and len(doc[i].text) <= 2 and doc[i - 1].whitespace_ != "" \
            and not (i + 1 < len(doc) and (doc[i + 1].is_digit or doc[i + 1].text in _SCORE_MARKS))

    def _lower_ending_country(self, i: int, width: int) -> bool:
        """Whether ``doc[i : i + width]`` is a country's name that ends on a word in lower case,
        written as the gazetteer spells it ("la République dominicaine", "les Émirats arabes unis"):
        its first word capitalised, and each word as in one spelling."""
        words = list(self.t.words[i : i + width])
        if words and fold(words[0]) in self.p.determiners:
            words = words[1:]
        if len(words) < 2 or not words[0][:1].isupper():
            return False
        found = self.gaz.countries.get(fold(" ".join(words)))
        return found is not None and " ".join(words) in found.names

    def demonym_at(self, i: int) -> tuple[int, str] | None:
        """The nationality adjective starting at token ``i``: (its width, the state's code)."""
        doc = self.doc
        if not self._opens[i]:
            return None
        for width in (3, 2, 1):
            if i + width <= len(doc) and all(self._word[i : i + width]):
                code = self.demonyms.get(fold(doc[i : i + width].text))
                if code is not None and code in self.by_code:
                    return width, code
        return None

    def _demonym_phrases(self) -> list[Mention]:
        """A nationality adjective with a noun of the state or of one of its bodies: "the
        Syrian government", "Turkish officials", "le gouvernement syrien" (the state itself,
        kind country); "the Syrian army", "la diplomatie française" (a body of that state, an
        organisation on its side). English puts the adjective first, French after the noun;
        a longer organisation name the NER found keeps its words ("the Turkish Ministry of
        Energy and Natural Resources")."""
        doc = self.doc
        nouns = self.p.state_nouns | self.p.body_nouns
        orgs = [(e.start, e.end) for e in doc.ents if e.label_ in _ORG]
        out: list[Mention] = []
        i = 0
        while i < len(doc):
            found = self.demonym_at(i) if not doc[i].is_punct else None
            if found is None:
                i += 1
                continue
            width, code = found
            if self.p.language == "en":
                noun = i + width
                if noun + 1 < len(doc) and fold(doc[noun + 1].text) in self.p.body_nouns \
                        and doc[noun].pos_ in {"NOUN", "PROPN", "ADJ"}:  # "Turkish foreign ministry"
                    noun += 1
                if noun + 1 < len(doc) and doc[noun].dep_ == "compound" and doc[noun + 1].pos_ in {"NOUN", "PROPN"}:
                    noun += 1  # "Syrian government forces" are forces, "Syrian state television" no body of the state
                start, end = i, noun + 1
            else:
                noun = i - 1
                start, end = noun, i + width
                if 0 <= noun < len(doc) and fold(doc[noun].text) in self.p.body_nouns:
                    end = self._field_end(doc[noun], end)  # "le ministère russe de la Défense"
            if not 0 <= noun < len(doc) or fold(doc[noun].text) not in nouns \
                    or any(a <= noun < b and (a < start or b > end) for a, b in orgs) \
                    or (doc[noun].pos_ == "ADJ" and doc[noun].head.i > noun and doc[noun].head.pos_ == "NOUN"):
                # (nor a body's noun that is an adjective of the noun after it: "a Japanese military
                # expert" is an expert in military matters, no body)
                i += width
                continue
            span = doc[start:end]
            country = self.by_code[code]
            if fold(doc[noun].text) in self.p.state_nouns:
                out.append(Mention(start, end, span.text, "country", "demonym", country=code, names=country.names,
                                   head=noun))
            else:
                out.append(Mention(start, end, span.text, "organization", "institution", country=code, head=noun))
            i = end
        return out

    def _field_end(self, noun: Any, end: int) -> int:
        """The end of a body's name that goes on, after its nationality adjective, with its field
        in capitals ("le ministère norvégien des Affaires étrangères"): the complement of the body
        noun that starts at ``end`` with a preposition of "of" and holds a capitalised word."""
        doc = self.doc
        if end >= len(doc) or fold(doc[end].text) not in self.p.grammar.of_preps:
            return end
        owners = [noun, *doc[noun.i + 1 : end]]  # the parser may hang the field on the adjective
        for c in (c for o in owners for c in o.children):
            if c.i <= end or c.left_edge.i > end + 2 or not self._cap(c) or c.pos_ != "NOUN":
                continue
            # the field's own words, not a complement of the field ("… de la Défense de Moscou")
            last = max([c.i, *(g.i for g in c.children if g.i > c.i and g.dep_ in {"amod", "flat:name", "flat"})])
            if not any(t.is_punct for t in doc[end : last + 1]):
                return int(last) + 1
        return end

    def _state_bodies(self, places: list[Mention]) -> list[Mention]:
        """A body of a state named through the state's name, as its possessor ("Norway's foreign
        ministry") or its complement ("l'ambassade de Chine", "the embassy of Peru"): an
        organisation on that state's side, named with it, as with a nationality adjective
        (:meth:`_demonym_phrases`); a noun of the state itself ("Norway's government") stays the
        state. The body noun must govern the state's name: a field between them ("le ministère
        de la Défense de Norvège") leaves the state out of the name."""
        doc = self.doc
        out: list[Mention] = []
        for m in places:
            if m.kind != "country" or m.source != "country":
                continue
            last = doc[m.end - 1]
            body: Any = None
            start = end = -1
            if m.end < len(doc) and fold(doc[m.end].text) in {"'s", "’s"} and self.p.has(doc[m.end], "case"):
                noun = last.head  # "Norway's foreign ministry": the possessive hangs on the noun it owns
                # (a state the gazetteer does not know owns only a state's own body: "Lorvania's foreign ministry")
                if self.p.has(last, "possessive") and noun.i > m.end and self._state_body_noun(noun) \
                        and (not (m.country or "").startswith("?") or fold(noun.text) in self.p.body_nouns) \
                        and all(t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in doc[m.end + 1 : noun.i]):
                    body, start, end = noun, m.start, noun.i + 1
                    named = self._proper_body_name(noun)
                    if named is not None and m.end + 1 == noun.i:
                        # "South Korea's Ministry of Health and Welfare": the body's own proper name runs on past
                        # its noun; it is the name, the state its owner
                        start, end = noun.i, named
            elif m.start > 0 and fold(doc[m.start - 1].text) in self.p.grammar.of_preps:
                noun = last.head if last.head.i < m.start else doc[m.start].head
                if noun.pos_ == "ADP":  # English hangs the state on "of", "of" on the noun
                    noun = noun.head
                while noun.pos_ == "ADJ" and self.p.has(noun, "adj_mod") and noun.head.i < noun.i:
                    noun = noun.head  # the parser may hang the state on the noun's adjective ("compagnie minière du X")
                if noun.i < m.start - 1 and self._state_body_noun(noun) \
                        and all(not t.is_punct for t in doc[noun.i : m.start]):
                    first = noun.i  # with its adjectives and noun modifiers before it ("the finance ministry of X")
                    while first > 0 and (doc[first - 1].pos_ in {"ADJ", "NOUN"} and doc[first - 1].head.i == noun.i):
                        first -= 1
                    body, start, end = noun, first, m.end
            if body is None or any(i in self.taken for i in range(start, end)):
                continue
            span = doc[start:end]
            out.append(Mention(start, end, span.text, "organization", "institution", country=m.country,
                               head=body.i))
        return out

    def _proper_body_name(self, noun: Any) -> int | None:
        """The end of a body's proper name that the recogniser read from ``noun`` on and that goes on past it with
        a capitalised complement ("Ministry of Health and Welfare"), if so."""
        ent = next((e for e in self.doc.ents if e.start == noun.i and e.label_ in _ORG), None)
        if ent is None or ent.end <= noun.i + 1 or not self._cap(noun) \
                or fold(self.doc[noun.i + 1].text) not in self.p.grammar.of_preps or not self._cap(ent[-1]):
            return None
        return int(ent.end)

    def _lowercase_run(self, span: Any) -> bool:
        """Whether the recogniser's name is mostly words in lower case that are no small words of names (four or
        more, over twice the capitalised ones): a phrase of another language it read as a name ("Analicemos las
        demandas y …" in an English text), not a name's own lower-case words ("Reporters sans frontières")."""
        lower = [t for t in span if t.is_alpha and t.text.islower() and fold(t.text) not in self.p.grammar.name_small]
        capital = [t for t in span if t.text[:1].isupper()]
        return len(lower) >= 4 and len(lower) > 2 * len(capital)

    def _governed_places(self) -> None:
        """A place the recogniser found, unknown to the gazetteer, that a noun of a state's government owns ("the
        government of Lorvania", "Lorvania's government", « le gouvernement de la Valdorie »): a state, whose
        government acts for it (the sentence had had no actor)."""
        for k, m in enumerate(self.out):
            if m.kind != "other" or m.source != "ner" or self.doc[m.start].ent_type_ not in _PLACE:
                continue
            tok = self.doc[m.head] if m.head >= 0 else self.doc[m.start:m.end].root
            owner = self.p.state_phrase(tok)  # "the government of X", « le gouvernement de X »
            if owner.i == tok.i and self.p.has(tok, "possessive"):
                owner = tok.head  # "X's government"
            # (not a level of government below the state: "the state of Texas", « la ville de Lorient »; nor a region
            # of several: "the governments of the Gulf")
            if owner.i != tok.i and owner.pos_ in {"NOUN", "PROPN"} and fold(owner.text) in self.p.state_nouns \
                    and fold(owner.text) not in self.p.admin_levels and not self.p.is_plural(owner):
                self.out[k] = replace(m, kind="country")

    def _unlisted_states(self, places: list[Mention]) -> list[Mention]:
        """Names the recogniser types as a state or a place that the gazetteer does not know, each owning a body
        by a possessive ("Lorvania's foreign ministry"): the owner of a state's body is a state, keyed by its own
        name (no ISO code), for :meth:`_state_bodies` only."""
        known = {i for m in places for i in range(m.start, m.end)}
        out: list[Mention] = []
        for ent in self.doc.ents:
            if ent.label_ not in _PLACE or ent.end >= len(self.doc) or known.intersection(range(ent.start, ent.end)) \
                    or not all(t.pos_ == "PROPN" and not self.t.quoted(t) for t in ent):
                continue
            if fold(self.doc[ent.end].text) in {"'s", "’s"}:
                out.append(Mention(ent.start, ent.end, ent.text, "country", "country", country="?" + fold(ent.text)))
        return out

    def _state_body_noun(self, noun: Any) -> bool:
        """Whether ``noun`` is the common noun of a body a state's name can own: a body of the
        state (``body_nouns``: "Norway's army") or any organisation's noun ("Norway's central
        bank", "la compagnie pétrolière du Chili"), not a noun of the state itself ("Norway's
        government" is Norway). The parser may tag a lower-case noun as a proper one."""
        word = fold(noun.text)
        if noun.pos_ not in {"NOUN", "PROPN"} or word in self.p.state_nouns:
            return False
        return word in self.p.body_nouns or (noun.text[:1].islower() and self.p.is_body_noun(word))

    def _ends_a_name(self, span: Any) -> bool:
        """Whether a country's name is only the last word(s) of a longer proper name, a
        capitalised proper noun or adjective right before it being part of the same name ("New
        Mexico", "Northern Ireland", "El Panamá América", "Radio France", "la Nouvelle Guinée"):
        the name of a place, a title or a body, not the country."""
        if span.start == 0:
            return False
        before = self.doc[span.start - 1]
        if not before.text[:1].isupper() or not (before.pos_ == "PROPN" or (
                before.pos_ == "ADJ" and not before.is_sent_start and self.demonym_at(before.i) is None)):
            return False  # a capitalised adjective inside a sentence is a name's ("la Nouvelle Guinée")
        tied = ("name_part", "compound", "adj_mod")
        root = span.root
        return (span.start <= before.head.i < span.end and any(self.p.has(before, r) for r in tied)) or (
            root.head.i == before.i and (any(self.p.has(root, r) for r in tied) or (
                self.p.has(root, "nominal_mod") and not any(self.p.has(c, "case") for c in root.children))))

    def _starts_a_name(self, span: Any) -> bool:
        """Whether a country's name is only the first word(s) of the name of a paper, a broadcaster or a
        carrier that the recogniser read whole (its last word one of ``titles.media_names``: "the Norway
        Daily", "The Iceland Post", "Kenya Airways"): that body, not the country. (A state's own body so
        named, "the U.S. Senate", stays apart from its state.)"""
        end = span.end
        if end >= len(self.doc) or span[-1].ent_type_ not in _ORG or self.doc[end].ent_iob_ != "I":
            return False
        last = end
        while last + 1 < len(self.doc) and self.doc[last + 1].ent_iob_ == "I":
            last += 1
        word = self.doc[last]
        return self._cap(word) and fold(word.text) in self.p.media_names

    def _acts_as_state(self, span: Any) -> bool:
        """A capital stands for its state when it is a subject or agent, not a location; not when
        it is coordinated with a place that is neither a country nor a capital ("Lyon and
        Marseille", "Madrid and Seville"): a city among cities."""
        root = span.root
        for c in root.conjuncts:
            keys = {fold(c.text), fold(self.doc[c.left_edge.i : c.i + 1].text)}
            if c.pos_ == "PROPN" and c.ent_type_ in _PLACE \
                    and not any(k in self.gaz.countries or k in self.gaz.metonyms for k in keys):
                return False
        # (or the source a frame names: "according to Beijing", « selon Moscou », whose words the state's)
        return self.p.has(root, "subject") or self.p.has(root, "agent") or root.head.dep_ == "agent" or (
            root.i > 0 and fold(self.doc[root.i - 1].text) in self.p.grammar.agent_preps) or root.i in self._frame_slots

    def _completed_end(self, ent: Any) -> int:
        """Where an organisation's name ends that the recogniser ended on a preposition (« le Syndicat
        des fermiers du | Kenya ») or on a modifier of a capitalised noun after it ("the Office of the EU | High
        Commissioner"): no name ends on either, so it runs on over the capitalised proper nouns after it
        that hang on a word of the name (the preposition's object, the modifier's noun)."""
        doc, end = self.doc, int(ent.end)
        if ent.label_ not in _ORG or len(ent) < 2:
            return end
        last = doc[end - 1]
        if last.pos_ == "PROPN" and self.p.has(last, "compound") and last.head.i >= end and all(
                t.pos_ == "PROPN" and self._cap(t) and t.ent_type_ not in _PERSON for t in doc[end : last.head.i + 1]) \
                and any(fold(t.text) in self.p.grammar.of_preps for t in doc[ent.start : end - 1]):
            # (nor, inside its "of" complement, on a modifier of a capitalised noun after it: "the Office of the EU |
            # High Commissioner on Minority Languages" runs on to the noun, and over the preposition after it to the
            # proper nouns it governs; not "the Coast Guard | Commandant …", a title and a name after the name)
            end = int(last.head.i) + 1
            if end < len(doc) and doc[end].pos_ == "ADP" and doc[end].head.i == end - 1:
                end += 1
            else:
                return end
        elif last.pos_ != "ADP":
            return end
        stop = end
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and self._cap(doc[stop]):
            stop += 1
        if stop > end and ent.start <= doc[stop - 1].head.i < end:
            return stop
        return end - 1 if doc[end - 1].pos_ == "ADP" and end > int(ent.end) else end

    @cached_property
    def _entity_ends(self) -> dict[int, int]:
        """Where each of the recogniser's entities ends once completed (``_completed_end``), by its first token."""
        return {int(e.start): self._completed_end(e) for e in self.doc.ents}

    def _entity(self, ent: Any) -> Mention | None:
        span = self.doc[ent.start : self._entity_ends[ent.start]]
        for k, tok in enumerate(span):
            if tok.text in {"(", "[", ",", "\n", ":"} or tok.is_space:
                span = span[:k]
                break
        if not len(span):
            return None
        label = ent.label_
        # (a place's own article stays: "La Paz", « Le Caire », names the gazetteer knows with it)
        while len(span) > 1 and (fold(span[0].text) in self.p.determiners or span[0].is_punct) \
                and not (label in _PERSON and self._capital_particle(span[0])) and not self._capital_article(span[0]) \
                and not (self._cap(span[0]) and self._known_place(fold(span.text))):
            span = span[1:]
        if self._lowercase_run(span):
            return None
        cut = self._example_at(span.start, span.end)
        if cut is not None and cut < span.end:
            span = self.doc[cut : span.end]  # "Others such as Ana Ruiz": the example named is the name
        if len(span) > 2 and span[0].pos_ == "NOUN" and span[1].pos_ == "ADP" \
                and fold(span[1].text) in self.p.locative and "Plur" in span[0].morph.get("Number") \
                and fold(span.text) not in self.gaz.unions \
                and (self.p.is_group(fold(span[0].text)) or self.p.is_agent_plural(span[0].text)):
            # "Pilots at Skyline Airways", "Nurses at the Orvel Clinic": people named by where they work; the body is
            # the name after the preposition, the people speak as a group of their own (not a body's own name with
            # its complement, "Association des leaders …", nor one the gazetteer knows, "Médecins sans frontières")
            span = span[2:]
            while len(span) > 1 and (fold(span[0].text) in self.p.determiners or span[0].is_punct):
                span = span[1:]
        owned = next((t.i for t in span[:-1] if t.lower_ in {"'s", "’s"} and t.i > span.start), None)
        if owned is not None and (label in _PERSON or (label in _ORG and self.p.has(span.root, "subject"))) \
                and self._personal_words(self.doc[owned + 1 : span.end]):
            # "Echo’s Dromovsky said": the recogniser ran a body and its own person into one name, a person's
            # or a body's; the possessed name, after the possessive, is the person
            span, label = self.doc[owned + 1 : span.end], "PERSON"
        opening = self._state_then_name(span) if label not in _PERSON else 0
        if opening:
            # "Prime Minister of India | Narendra Modi": the state ends the title's complement, the person's name after
            span, label = span[opening:], "PERSON"
        if fold(span.text) in self.gaz.platforms:
            return None  # "on Twitter": where one speaks, not who
        if span.start > 1 and self.doc[span.start - 1].text == "#" and not self.doc[span.start - 1].whitespace_ \
                and fold(self.doc[span.start - 2].text) not in self.p.grammar.named_works | self.p.org_nouns:
            return None  # a hashtag ("#SaveTheValley") tags a post: no one's name (but "the blog #CampSol" names one)
        if len(span) == 1 and span[0].pos_ == "NOUN" and fold(span.text) in self.p.state_nouns:
            return None  # « l'État », capitalised by custom: the state noun, no place's name (« le chef de l'État »)
        if label not in _PERSON and self._surname_pair(span):
            return None  # "the deal between Vidal and Lirio": two persons named before, no body
        if label not in _PERSON:
            # a body's name the gazetteer knows is read whole where the recogniser cut it short ("the Organization for
            # Security and Co-operation | in Europe", the place left out of the body)
            longer = next((self.doc[span.start : span.end + k] for k in range(4, 0, -1) if span.end + k <= len(
                self.doc) and fold(self.doc[span.start : span.end + k].text) in self.gaz.unions), None)
            if longer is not None:
                span = longer
        known = self.gaz.unions.get(fold(span.text))
        if known is not None:
            if _acronym_in_lowercase(span, known):
                return None
            # a body the gazetteer knows, whatever the label ("Médecins sans frontières", which its own
            # scan misses: a name ending in lower case): one organisation under all its names
            return Mention(span.start, span.end, span.text, "organization", "union", names=known, head=span.root.i)
        if label in _PERSON:
            span = self._given_name_before_particle(span)
            while len(span) > 1 and (span[0].text[:1].islower() or (
                    (fold(span[0].text) in self.p.honorifics or fold(span[0].text) in self.p.roles)
                    and not (len(span) > 2 and self._inner_hyphen(span[1])))  # (a hyphenated name's: "Man-kei")
                                     or (len(span[0].text) == 2 and span[0].text.endswith(".") and not (
                                         # (an initial before a name is the name's: "J. R. Whitfield")
                                         span[1].pos_ == "PROPN" and self._cap(span[1]) and span[0].text[0].isupper()
                                         and fold(span[0].text) not in self.p.honorifics))
                                     or self._participle_opening(span[0])):
                span = span[1:]
            while len(span) > 2 and self._title_complement_word(span.start):
                span = span[1:]  # "Secretary of Justice Ana Ruiz": the portfolio ends the title
            span = self._after_honorific(span)
            span = self._past_demonym(span)
            doc = span.doc
            if len(span) > 1 and fold(span[-1].text) in self.p.particles and span.end < len(doc) \
                    and doc[span.end].pos_ == "PROPN" and self._cap(doc[span.end]) and span[-1].whitespace_:
                # a surname's particles end the entity the recogniser cut before the surname ("Ursula von der |
                # Leyen"): the name goes on to it
                span = doc[span.start : span.end + 1]
            while len(span) > 1 and span[-1].is_alpha and span[-1].text[:1].islower():
                span = span[:-1]  # a person's name ends on a capital: "Brindle lundi" is Brindle, then a day
            doc = span.doc
            end = span.end
            # the surname the recogniser took for a date by its ending ("Finn Arraday", "-day"): a capitalised
            # name word the person's name hangs on as its compound, no day the profile knows
            if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in {"DATE", "TIME"} \
                    and doc[end].is_alpha and doc[end].text[:1].isupper() and span.root.head.i == end \
                    and self.p.has(span.root, "compound") and fold(doc[end].text) not in self.p.grammar.time_nouns:
                end += 1
            while end < len(doc) and not doc[end - 1].whitespace_ and (
                    doc[end].text in {"-", "‑"} or doc[end - 1].text.endswith(("-", "‑"))
                    or (doc[end - 1].text in {"-", "‑"} and doc[end].text[:1].isupper())):
                end += 1
            # a hyphen before a past participle makes the name a word of a compound adjective ("the Michael
            # Sata-appointed committee", "a Roe-backed plan"): the name ends before the hyphen (not before a
            # name's own lower-case part: "Chan-o-cha", "Yung-soo")
            if end - span.start > 2 and doc[end - 1].text[:1].islower() and doc[end - 2].text in {"-", "‑"} \
                    and (doc[end - 1].tag_ in {"VBN", "VBD"} or "Part" in doc[end - 1].morph.get("VerbForm")):
                end -= 2
            elif end - span.start > 1 and doc[end - 1].text in {"-", "‑"}:
                end -= 1
            span = doc[span.start : end]
        else:
            while len(span) > 1 and self._loose_common_noun(span[-1], span[-2]):
                span = span[:-1]  # "Telvira Médias lundi" is Telvira Médias, then a day
            doc = span.doc
            if label in _ORG:
                span = doc[self._proper_run_start(span.start, span.end) : span.end]
            last = span[-1]
            if label in _ORG and len(span) > 2 and span.end + 1 < len(doc) and doc[span.end].pos_ == "CCONJ" \
                    and last.pos_ == "PROPN" and any(fold(t.text) in self.p.grammar.of_preps for t in span[-3:-1]) \
                    and any(self.p.has(c, "conj") and c.pos_ == "PROPN" and self._cap(c) for c in last.children):
                # a body's "of" complement conjoined with a second ("the Ministry of Energy and Mines"): the name
                # runs on through the capitalised words of the second
                end = max(c.right_edge.i for c in last.children if self.p.has(c, "conj")) + 1
                # (not a second body's name, its own head noun in it: "the Department of Fisheries and Corvale State
                # University")
                if all(self._cap(t) or t.pos_ in {"CCONJ", "ADP", "DET"} for t in doc[span.end : end]) \
                        and not any(self.p.is_body_noun(fold(t.text)) for t in doc[span.end : end]):
                    span = doc[span.start : end]
        while len(span) > 1 and (span[-1].is_punct or span[-1].lower_ in {"'s", "’s"} or span[-1].pos_ == "CCONJ"):
            span = span[:-1]  # (no name ends on a conjunction: "the Department of Fisheries and | X University")
        if not span.text[:1].isupper() and not span.text[:1].isdigit() and not span.text.startswith("@"):
            return None
        if len(span.text) < 2 or span[0].like_num:
            return None
        if label not in _PERSON and (span.text in self.document_names
                                     or self.p.names_document([t.text for t in span])
                                     or self._before_document_noun(span)):
            return None  # a legal text ("the Clean Water Act", "BAA"), however the NER labels it
        kind: ActorKind
        feature = span[0] if self.p.language == "fr" else span[-1]
        if len(span) > 1 and label not in _PLACE and self._cap(feature) and fold(feature.text) in self.p.features:
            label = "LOC"  # a natural feature's name ("the Kell River", « le Lac Noir »): a place, no body nor person
        if label in _PERSON and (self._known_place(fold(span.text)) or self._seat(span)
                                 or fold(span.text) in self._named_places):
            # a capital the NER took for a person ("a bar in Velmar"): a place (the state where it acts as one);
            # so is the seat of a body or an office ("le tribunal correctionnel d'Ostby")
            label = "GPE"
        if label in _PERSON:
            if len(span) == 1 and span.text.isupper():
                label = "ORG"  # an all-capital word is an acronym, not a person
            elif (fold(span[-1].text) in self.p.facilities or (
                    # (or its first word before a small word, the order of the Romance languages: "Plaza del Sol",
                    # "Place de la Nation", as "the Palace of Westminster")
                    len(span) > 2 and fold(span[0].text) in self.p.buildings and not span[1].text[:1].isupper())) \
                    and not (
                    span.start > 0 and self._titled(span.start - 1) and (
                        self.doc[span.start - 1].head.i in range(span.start, span.end)
                        or span.root.head.i == span.start - 1)):
                return None  # a building or a place — not after a person's title ("the singer Dana Post")
        if len(span) == 1 and span[0].is_sent_start and span[0].pos_ == "NOUN" and (
                (label in _PERSON and not self._bare_singular(span[0])) or self.p.is_group(fold(span.text))
                or self.p.is_agent_plural(span.text)):
            return None  # a capitalised common noun opening a sentence ("Farmers warned …"): no name
        if len(span) == 1 and span[0].is_sent_start and self.p.is_body_noun(
                fold(span.text)) and span.root.head.i > span.root.i and span.root.head.pos_ == "NOUN":
            # nor is a body's noun opening a sentence as another noun's modifier, whatever its tag ("Agency
            # officials said"): the people of a body named before
            return None
        if label in _PERSON and fold(span[-1].text) in self.p.companies and len(span) > 1:
            kind = "organization"  # "Orlan Telecom", "Velkor Mining Inc.": a company's legal form or trade
        elif label in _PERSON and (self._after_body_noun(span) or self._body_head(span) or self._seated(span)
                                   or self._body_apposition(span)):
            # "the toy maker Brindle", "le fabricant Brindle": the noun names its class; "the Sierra
            # Club", "the Orvane Society": a name whose head word is a noun of bodies names no person
            kind = "organization"
        elif label in _PERSON:
            kind = "person"
        elif label in _ORG and self._office_name(span):
            kind = "person"  # "the Norland Surgeon General said …": an office held by one person, no body
        elif label in _ORG and self.p.has(span.root, "subject") \
                and (named := self._after_nationality(span, least=2)) is not None:
            # a nationality, then a person's name, that speaks or acts ("Kuwaiti Fadwa Al Qatami wrote:"): the
            # recogniser's body is that person (a body named with a nationality holds a noun of bodies:
            # "the Egyptian Football Association", "Turkish Airlines")
            span, kind = named, "person"
        elif label in _ORG and self._person_in_apposition(span):
            kind = "person"  # "Aiyah Soltan, a blogger and entrepreneur,": a person's role in apposition to the name
        elif label in _ORG or (label == "MISC" and (span.root.pos_ == "PROPN" or self._capital_article(span[0]))
                                   and self._speaks_or_acts(span)):
            # (a name a capital elided article opens, whatever the tag of its noun: « indique L'Éveil du Tarn »)
            kind = "organization"
        elif label in _PLACE | {"MISC"} and (self._body_head(span) or (
                self._after_body_noun(span) and not any(t.is_bracket or t.pos_ in {"VERB", "AUX"}
                                                        for t in self.doc[span.root.head.i : span.start]))):
            # "la Cour d'appel de Valdorie", "the Valdor Water Authority": a body, not a place; so is the name a
            # body's common noun takes, right after it ("the state energy company, Lumenergy, said …"): a place is no
            # company
            kind = "organization"
        elif label in _PLACE and self._role_apposition(span):
            kind = "person"  # "la porte-parole de l'agence, Rita Vance," names a person
            while span.start > 0 and self._cap(self.doc[span.start - 1]) \
                    and self.first.get(fold(self.doc[span.start - 1].text), "?") != "?" \
                    and self.doc[span.start - 1].head.i == span.root.i:
                # "Ana Lirio, the minister": the given name the NER left out of the "place"
                span = self.doc[span.start - 1 : span.end]
        elif label in _PLACE and self._speaking_person(span):
            kind = "person"  # "Marta Kovac, who heads the union, said …": a place says nothing
        elif label in _PLACE:
            kind = "other"
        elif label in _GROUP and span.text.endswith("s"):
            kind = "group"
        else:
            return None
        if kind == "organization" and span.start > 0 and (before := self.doc[span.start - 1]).is_alpha \
                and self._cap(before) and self._honorific(fold(before.text)) and self.p.has(before, "compound") \
                and span.start <= before.head.i < span.end and before.i not in self.taken:
            # an honorific that opens a body's name, which the recogniser left out as a person's title ("the Miss
            # Orvelle Committee", its entity "Orvelle Committee"): the name's first word
            span = self.doc[span.start - 1 : span.end]
        return Mention(span.start, span.end, span.text, kind, "ner", head=span.root.i)

    def _addressee(self, head: Any, toks: list[Any]) -> Any:
        """The one a verb of saying before its inverted subject addresses, a proper name after "to" that the parser
        hung on that subject's noun phrase (« a confié un proche du ministre au Parisien », « a déclaré un
        conseiller à l'AFP »): no part of who speaks. A field in lower case or a common noun stays (« le ministre
        délégué aux Transports »)."""
        verb = head.head
        if verb.i >= head.i or not self.p.is_reporting_verb(verb):
            return None
        return next((t for t in toks if t.i > head.i and t.pos_ == "PROPN" and any(
            self.p.has(c, "case") and fold(c.text) in self.p.grammar.to_preps for c in t.children)), None)

    def _bare_singular(self, tok: Any) -> bool:
        """Whether a noun the tagger calls common is singular with no determiner and the subject of a verb ("Corvane
        said it would appeal"): a common noun in the singular takes a determiner there, so it is a name."""
        return "Sing" in tok.morph.get("Number") and self.p.has(tok, "subject") \
            and not any(self.p.has(c, "det") or self.p.has(c, "possessive") for c in tok.children)

    def _after_account_noun(self, span: Any) -> Any:
        """The rest of a name that opens on the noun of who posts (``grammar.account_nouns``), after that noun,
        its article and a comma ("Blogger happydsf", "Another blogger, Tototapalnise"): one or two words; None
        when no such noun opens it."""
        k = 0
        seen = False
        while k < len(span) - 1 and (span[k].is_punct or self.t.folded[span[k].i] in self.p.determiners
                                     or self.t.folded[span[k].i] in self.p.indefinite
                                     or self.t.folded[span[k].i] in self.p.grammar.account_nouns):
            seen = seen or self.t.folded[span[k].i] in self.p.grammar.account_nouns
            k += 1
        rest = span[k:]
        return rest if seen and 1 <= len(rest) <= 2 and not any(t.is_punct for t in rest) else None

    def _past_demonym(self, span: Any) -> Any:
        """A person's name without the nationality adjective the recogniser took into it ("Jordanian Rami Sahab"
        is Rami Sahab), and with the capitalised proper noun it left out between that adjective and the name
        ("Kuwaiti Fahad Al Mutar", of which it found "Al Mutar"): a given name the lexicon may not know."""
        named = self._after_nationality(span)
        if named is not None:
            return named
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.is_alpha and self._cap(before) \
                and before.head.i in range(span.start, span.end) and not self._titled(before.i) \
                and self._demonym_before(before.i):
            return self.doc[before.i : span.end]
        return span

    def _demonym_before(self, i: int) -> bool:
        """Whether a nationality adjective ends right before token ``i``."""
        return any((found := self.demonym_at(j)) is not None and j + found[0] == i for j in range(max(0, i - 3), i))

    def _after_nationality(self, span: Any, least: int = 1) -> Any:
        """The words after a nationality adjective opening ``span`` when they may be a person's name
        (:meth:`_personal_words`), ``least`` words at least ("Kuwaiti Fadwa Al Qatami", "Egyptian Rana"); None
        otherwise."""
        found = self.demonym_at(span.start)
        if found is None:
            return None
        rest = span[found[0]:]
        return rest if len(rest) >= least and self._personal_words(rest) else None

    def _personal_words(self, words: Any) -> bool:
        """Whether ``words`` may be a person's name: one to four capitalised proper nouns, none a noun of
        bodies, trades, media, firms, sites, texts or events, nor a nationality ("Law and Technology Blog",
        "Football Association", "Airlines" are not)."""
        p = self.p
        return 1 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.is_alpha and self._cap(t) for t in words) \
            and not any(p.is_body_noun(w) or p.is_role(w) or p.is_group(w) or w in p.generic_orgs or w in p.armed
                        or w in p.companies or w in p.media_names or w in p.facilities or w in p.buildings
                        or w in p.documents or w in p.events or w in self.demonyms
                        for w in (fold(t.text) for t in words))

    def _office_name(self, span: Any) -> bool:
        """Whether a name the recogniser took for a body's is an office's, held by one person: it ends on two
        role nouns, the last heading it, with no body's noun in it ("the Norland Surgeon General", "Attorney
        General"; not "the Office of the Attorney General", headed by "Office", nor "Business Insider"), and no
        name follows it (a title before a name is that person's: "Detective Inspector Ana Ruiz")."""
        last = span[-1]
        after = self.doc[span.end] if span.end < len(self.doc) else None
        return span.root.i == last.i and self.p.ends_on_office([t.text for t in span]) \
            and not any(self.p.is_body_noun(fold(t.text)) for t in span) \
            and not (after is not None and after.pos_ == "PROPN")

    def _participle_opening(self, tok: Any) -> bool:
        """A present participle opening a sentence that the recogniser took into the name after it
        ("Complementing Jackman's talk, …", "Citant Jeanne Roe, …"): a word with the participle's ending
        (``grammar.participle_endings``) that is no first name, whatever the tagger made of it."""
        word = fold(tok.text)
        return tok.is_sent_start and word not in self.first and any(
            word.endswith(e) and len(word) > len(e) + 3 for e in self.p.grammar.participle_endings)

    def _title_complement_word(self, i: int) -> bool:
        """Whether the capitalised word at ``i`` ends the complement of a title before it rather than
        opening a person's name after it: it follows "of" (and an article) after a role noun, and a
        person's name the NER found opens right after it ("Secretary of Justice Ana Ruiz", "la
        ministre de la Justice Ana Ruiz"), not a relation ("the daughter of Grace Ana Ruiz")."""
        doc = self.doc
        at = i - 1
        if at >= 0 and fold(doc[at].text) in self.p.determiners:
            at -= 1
        if at < 1 or fold(doc[at].text) not in self.p.grammar.of_preps or i + 1 >= len(doc):
            return False
        title = fold(doc[at - 1].text)
        # the name after it: the NER's, or a capitalised given name after an article's noun
        named = (doc[i + 1].ent_iob_ == "B" and doc[i + 1].ent_type_ in _PERSON) or (
            at < i - 1 and self._cap(doc[i + 1]) and self.first.get(self.t.folded[i + 1], "?") != "?")
        return self.p.is_role(title) and title not in self.p.relations and named

    def _state_then_name(self, span: Any) -> int:
        """The number of words of a country or a body that opens a name the recogniser found right after a role noun
        and "of", then two or three capitalised proper nouns that name no body nor title (a hyphen may join two of
        them), the last or the title the subject of its clause ("Prime Minister of India Narendra Modi wrote …",
        "Velmar director of Amnesty International Jin-ho Park said …"): the country or the body (a name the gazetteer
        knows, or one that ends on a body's head noun) ends the title's complement, the words after it are a person's
        name; 0 when the name is no such run."""
        doc, at = self.doc, span.start - 1
        if at < 1 or fold(doc[at].text) not in self.p.grammar.of_preps or not self.p.is_role(self.t.folded[at - 1]):
            return 0
        for k in range(1, len(span) - 1):
            opening = fold(span[:k].text)
            if not (opening in self.gaz.countries or opening in self.gaz.unions
                    or (k > 1 and fold(span[k - 1].text) in self.p.institution_heads)):
                continue
            rest = span[k:]
            words = [t for t in rest if not self._inner_hyphen(t)]
            if not 2 <= len(words) <= 3 or self._inner_hyphen(rest[0]) or self._inner_hyphen(rest[-1]):
                continue
            if (self.p.has(words[-1], "subject") or self.p.has(doc[at - 1], "subject")) and all(
                    t.pos_ == "PROPN" and t.is_alpha and (self._cap(t) or self._inner_hyphen(doc[t.i - 1]))
                    and not (self._titled(t.i) and not self._inner_hyphen(doc[t.i + 1]))  # ("Man-kei")
                    and fold(t.text) not in self.p.org_nouns
                    and fold(t.text) not in self.p.institution_heads for t in words):
                return k
        return 0

    def _capital_inside(self, tok: Any) -> bool:
        """Whether ``tok`` is written with a capital inside a sentence: not its first word, nor one after a mark that
        a capital follows anyway (a full stop, a colon, an opening quotation mark)."""
        return tok.text[:1].isupper() and tok.i > 0 and not tok.is_sent_start \
            and self.doc[tok.i - 1].text not in _CAPITAL_OPENERS

    def _known_place(self, name: str) -> bool:
        """Whether the folded ``name`` is a capital or a city the gazetteer knows."""
        return name in self.gaz.metonyms or name in self.gaz.cities

    def _capital_article(self, tok: Any) -> bool:
        """An elided article written with a capital inside a sentence (« selon L'Express », « chez L'Oréal »): a
        word of the name it opens, as an article in lower case would not be (« l'Allemagne »)."""
        return tok.text.endswith(("'", "’")) and self._capital_inside(tok)

    def _given_name_before_particle(self, span: Any) -> Any:
        """A person's name the recogniser opens on a name particle in lower case ("dela Paz", "van der
        Berg") lacks what the particle follows: a name opens on a capital, so the capitalised proper noun
        right before it, in the same line and no title, role, article or word of a sentence's grammar,
        is its given name ("Jorvan dela Paz")."""
        first = span[0]
        if not first.text[:1].islower() or fold(first.text) not in self.p.particles or span.start == 0:
            return span
        before = self.doc[span.start - 1]
        if not (self._opens_name_before_particle(before) and before.ent_type_ in {"", *_PERSON}):
            return span
        return self.doc[span.start - 1 : span.end]

    def _capital_particle(self, tok: Any) -> bool:
        """A name particle written with a capital inside a sentence ("le général De Gaulle",
        "l'acteur De Niro"): the capital makes it part of the surname, not an article or a
        preposition before it."""
        return fold(tok.text) in self.p.particles and self._capital_inside(tok) \
            and tok.i + 1 < len(self.doc) and self._cap(self.doc[tok.i + 1])

    def _body_head(self, span: Any) -> bool:
        """Whether a name's head word is a capitalised noun of bodies ("Cour", "Council", "Ministry"):
        first in French ("la Cour suprême"), last in English or before "of" ("the Harbour
        Authority", "the Court of Appeal"); a name left in English in French text keeps the English
        order (``institution_heads_last``: « l'Allen Institute »)."""
        words = [t for t in span if t.is_alpha]
        if len(words) < 2:
            return False
        last = [words[-1]] + [t for t, nxt in itertools.pairwise(words) if fold(nxt.text) in self.p.grammar.of_preps]
        heads = [words[0]] if self.p.language == "fr" else last
        return any(self._cap(t) and fold(t.text) in self.p.institution_heads for t in heads) or any(
            self._cap(t) and fold(t.text) in self.p.institution_heads_last for t in last)

    def _after_body_noun(self, span: Any) -> bool:
        """Whether a name comes right after a common noun of a body that it hangs on, or that
        hangs on it ("the chipmaker Sorvell", "l'entreprise Brindle"), not after one that merely
        precedes it ("the company Jane Roe founded")."""
        if span.start == 0:
            return False
        noun = self.doc[span.start - 1]
        root = span.root
        if noun.text == "," and self.p.has(root, "apposition") and root.head.i < span.start:
            noun = root.head  # set off by commas: "the utility company, Rivervale Water, said …"
        word = fold(noun.text)
        if noun.pos_ != "NOUN" or not noun.text[:1].islower() or word not in self.p.org_nouns or self.p.is_role(word):
            return False
        # (a bare noun before the name may hang on it: "accused supermarket chain Brightvale of …")
        return (root.head.i == noun.i and not self.p.has(root, "subject")) or noun.head.i == root.i

    def _body_apposition(self, span: Any) -> bool:
        """Whether a name is set off by a comma before a noun phrase of a body in apposition to it ("X, an
        anti-corruption group, said …", « X, une association de riverains, dénonce … »): a body, as after that noun."""
        if span.end >= len(self.doc) or self.doc[span.end].text != ",":
            return False
        doc = self.doc
        # (or the conjunct the parser made of it, closed by a comma of its own: « X, une association …, a dit »)
        return any((self.p.has(c, "apposition") or (self.p.has(c, "conj") and "," in {
                       doc[c.right_edge.i].text, doc[min(c.right_edge.i + 1, len(doc) - 1)].text}))
                   and c.i > span.end and c.pos_ == "NOUN" and fold(c.text) in self.p.org_nouns
                   and not self.p.is_role(fold(c.text)) and any(self.p.has(d, "det") for d in c.children)
                   for c in span.root.children)

    def _seated(self, span: Any) -> bool:
        """Whether a name is given a seat, as a body is and a person never is: by a participle of
        seat before it ("the Oslo-based Vendra Mobility") or set off by a comma after it ("Vendra
        Mobility, based in Oslo, …", "Vendra Mobilité, basée à Lyon, …")."""
        doc = self.doc
        before = fold(doc[span.start - 1].text).rsplit("-", 1)[-1] if span.start > 0 else ""
        after = fold(doc[span.end + 1].text) if span.end + 1 < len(doc) and doc[span.end].text == "," else ""
        return before in self.p.seats or after in self.p.seats

    def _role_apposition(self, span: Any) -> bool:
        """Whether a name stands in apposition to a role noun, or a role noun to it."""
        root = span.root
        if self.p.has(root, "apposition") and (self.p.is_role(root.head.text) or self._role_place(root.head)):
            return True
        return any(self.p.has(c, "apposition") and self.p.is_role(c.text) for c in root.children)

    def _person_in_apposition(self, span: Any) -> bool:
        """Whether a name the recogniser took for a body's, two capitalised words or three that hold no noun of
        bodies, has a person's role in apposition after its comma ("Aiyah Soltan, a Saudi blogger, …"): a body is
        described by a noun of bodies, never by a role."""
        words = [fold(t.text) for t in span]
        if not 2 <= len(span) <= 3 or not all(t.pos_ == "PROPN" and t.is_alpha and self._cap(t) for t in span) \
                or any(w in self.p.org_nouns or w in self.p.companies or w in self.p.institution_heads for w in words) \
                or " ".join(words) in self.gaz.institutions or span.end >= len(self.doc) \
                or self.doc[span.end].text != ",":
            return False
        return any(self.p.has(c, "apposition") and c.i > span.root.i and c.pos_ == "NOUN" and self.p.is_role(c.text)
                   and not self.p.is_body_noun(fold(c.text)) for c in span.root.children)

    def _role_place(self, tok: Any) -> bool:
        """Whether ``tok`` is the place a role noun is held in ("the mayor of Velmar, Tomas Okafor,"): the
        parse may hang the holder's name on the place, the noun nearest it, rather than on the role."""
        prep = tok.head
        return prep.i != tok.i and prep.i < tok.i and tok.ent_type_ in _PLACE \
            and fold(prep.text) in self.p.grammar.of_preps and prep.head.i < prep.i and self.p.is_role(prep.head.text)

    def _speaking_person(self, span: Any) -> bool:
        """Whether a name the recogniser took for a place is a person's: two capitalised words or more
        opening on a first name, no place the gazetteer knows, the subject of a verb of saying ("Marta
        Kovac, who heads the union, said …", "Marta Kovac a déclaré …") or the antecedent of a relative
        pronoun that only takes up people ("Marta Kovac, who said that …, did not vote": a place is never
        "who"). A place speaks only as the state it is the seat of, and the gazetteer knows those."""
        words = [fold(t.text) for t in span]
        if not all(self._cap(t) for t in span) or " ".join(words) in self.gaz.countries \
                or " ".join(words) in self.gaz.metonyms:
            return False
        who = any(self.p.has(c, "relative") and c.i > span.root.i and any(
            fold(g.text) in self.p.grammar.animate_relatives and g.i < c.i for g in c.children)
            for c in span.root.children)
        if who and len(span) == 1:
            return True  # "a reaction comes from Ndaro, who says …": a lone name no place list knows, taken up by "who"
        says = self.p.has(span.root, "subject") and self.p.is_reporting_verb(span.root.head)
        if says and len(span) >= 2 and self._announces_words(span.root.head):
            return True  # "Mubiana Sitwa disagrees:": two names that announce words after a colon are a speaker's
        if says and len(span) == 1 and self._announces_words(span.root.head) and any(
                (owner := self.p.possessives.get(fold(t.text))) is not None and owner.gender in {"Masc", "Fem"}
                for t in span.root.head.subtree if t.i > span.root.i):
            return True  # "Raihan wrote in his blog:": one name announcing words, taken up by "his" or "her"
        return len(span) >= 2 and self.first.get(words[0], "?") != "?" and (says or who or self._framed_source(span))

    def _announces_words(self, verb: Any) -> bool:
        """Whether ``verb`` ends its sentence on a colon, nothing but its own complements between: it announces the
        words that follow ("X disagrees:", "X writes on his wall:")."""
        sent = self.t.sent(verb)
        last = next((t for t in reversed(sent) if not t.is_space), None)
        return last is not None and last.text in {":", "："} and last.i > verb.i \
            and all(verb in t.ancestors or t.i == last.i or t.is_punct for t in self.doc[verb.i + 1 : last.i + 1])

    def _framed_source(self, span: Any) -> bool:
        """Whether ``span`` holds the source of a frame cue ("according to X, …", "For X, …", « Pour X, … »):
        the one whose view the sentence gives."""
        return any(c.kind == "frame" and span.start <= i < span.end for c in self.cues for i in c.slots)

    def _speaks_or_acts(self, span: Any) -> bool:
        """Whether the name is a subject, or holds the speaker a cue found for its verb of saying (an inverted
        subject the parser read as the object: « …, indique L'Éveil du Tarn »)."""
        return self.p.has(span.root, "subject") or any(i in self._verb_slots for i in range(span.start, span.end))

    @cached_property
    def _verb_slots(self) -> frozenset[int]:
        """The tokens a cue of a verb names its speaker by."""
        return frozenset(i for c in self.cues if c.kind == "verb" for i in c.slots)

    @cached_property
    def _frame_slots(self) -> frozenset[int]:
        """The tokens a frame names its source by ("according to X", « selon X »)."""
        return frozenset(i for c in self.cues if c.kind == "frame" for i in c.slots)

    def _titled_surnames(self) -> None:
        """A name right after a person's title or honorific that no other signal found ("President
        Ruto said", "Minister Kamau", "le ministre Diallo", "Mme Touré"): a title is followed by its
        holder's name, so one or two capitalised proper nouns there are a person's, whatever the
        NER made of them — a body or a product it took the lone name for is retyped — but not a place,
        a nationality or a date it tagged; not the opening of a longer capitalised run, "President
        Ruto Foundation"; not a title after a nationality alone, "Kenyan Airways")."""
        doc = self.doc
        for tok in doc:
            i = tok.i
            if i == 0 or tok.pos_ != "PROPN" or not self._cap(tok) or self.t.quoted(tok) \
                    or tok.ent_type_ in _NOT_NAMED or self._titled(i) or "\n" in doc[i - 1].whitespace_:
                continue
            retyped = self.taken.get(i)
            # (the recogniser's body may hold the title: "Blogger Fanta Diomé" tagged as one organisation)
            held = retyped is not None and self.out[retyped].start == i - 1 and self.p.is_role(doc[i - 1].text) \
                and doc[i - 1].is_sent_start \
                and fold(doc[self.out[retyped].end - 1].text) not in self.p.institution_heads
            if retyped is not None and not (self.out[retyped].source == "ner" and (self.out[retyped].start == i or held)
                                            and self.out[retyped].kind in {"organization", "other"}):
                continue
            before = fold(doc[i - 1].text)
            honorific = self._honorific(before)
            if not (honorific or (self.p.is_role(before) and before not in self.p.relations)) or tok.text.isupper():
                continue  # (an acronym is no surname: "spokesman MP"; a noun of condition is no title: "Sailor X")
            definite = i >= 2 and fold(doc[i - 2].text) in self.p.definite
            lead = i - 1
            while lead > 0 and doc[lead - 1].is_alpha and lead - 1 not in self.taken \
                    and "\n" not in doc[lead - 1].whitespace_ \
                    and (self.p.has(doc[lead - 1], "compound") or doc[lead - 1].pos_ == "ADJ") \
                    and lead <= doc[lead - 1].head.i <= i + 2:
                lead -= 1  # the title's own modifiers ("Fashion blogger", "Human rights lawyer")
            if lead < i - 1 and doc[lead].is_sent_start and not doc[lead].ent_type_:
                definite = True  # a title phrase that opens the sentence ("Fashion blogger X said"), no nationality
            if not honorific and not self._cap(doc[i - 1]) and not definite:
                continue  # a title is capitalised or definite ("President Ruto", "le ministre Diallo"); a bare
                # lowercase noun before a name is a description ("student Olympiad", "official Twitter account")
            j = i
            while j + 1 < len(doc) and j + 1 - i < 2 and doc[j + 1].pos_ == "PROPN" and self._cap(doc[j + 1]) \
                    and self.taken.get(j + 1) == retyped and not self._titled(j + 1) \
                    and doc[j + 1].ent_type_ not in _NOT_NAMED and "\n" not in doc[j].whitespace_:
                j += 1
            if retyped is not None and self.out[retyped].end != j + 1:
                continue  # the body's name the NER found runs on: "President Hotel Group"
            if j > i and fold(doc[j].text) in self.p.institution_heads:
                continue  # a body's name that ends on its head noun: "the Miss Orvelle Committee"
            after = doc[j + 1] if j + 1 < len(doc) else None
            if after is not None and ((self._cap(after) and not after.is_punct) or after.like_num or (
                    not doc[j].whitespace_ and after.is_punct and after.text in _HYPHENS)):
                continue  # a longer run, a number or a word joined on: a body's, a place's or a contest's name
            if doc[j].head.i > j and doc[j].head.pos_ == "NOUN" and self.p.has(doc[j], "compound"):
                continue  # the name qualifies a noun after it: "the King Vapealot store" is a shop
            if i >= 3 and doc[i - 2].text == "," and doc[i - 3].i in self.taken \
                    and self.out[self.taken[doc[i - 3].i]].kind == "person":
                continue  # "Colin Roe, Lord Carloway,": a title and a name in apposition to a person named before
            if any(not t.is_alpha and not fold(t.text).replace("-", "").isalpha() and not _HANDLE.fullmatch(t.text)
                   for t in doc[i : j + 1]):
                continue
            if i >= 2 and doc[i - 2].like_num:
                continue  # a title after a number is a word of an event's name: "the 2030 General Elections"
            m = Mention(i, j + 1, doc[i : j + 1].text, "person", "name", head=j)
            if retyped is not None:
                self.out[retyped] = m
            else:
                self._add(m)
            self._titled_names.add(fold(doc[j].text))

    def _surnames(self) -> None:
        """A later lone surname (or a full name's last words) the NER left untagged."""
        doc = self.doc
        known: dict[str, Mention] = {}
        # a person's first name alone, later, as informal prose calls them ("Jane Roe … Jane
        # said"): a noun, the first name of one person named in full only
        given: dict[str, set[str]] = {}
        opens: dict[str, int] = {}
        for m in self.out:
            if m.kind == "person" and m.source in {"name", "ner"} and (
                    m.end - m.start >= 2 or fold(doc[m.end - 1].text) in self._titled_names):
                known.setdefault(fold(doc[m.end - 1].text), m)
                if doc[m.start].is_alpha and doc[m.start].text[1:].islower():  # (a given name: "Jane", no "AcmeX")
                    given.setdefault(fold(doc[m.start].text), set()).add(fold(m.text))
                opens.setdefault(fold(doc[m.start].text), m.start)
        if not known:
            return
        for i, word in enumerate(self.t.folded):  # the cheap test first: most words are no known surname
            first = word not in known and len(given.get(word, ())) == 1 and opens[word] < i
            if word not in known and not first:
                continue
            tok = doc[i]
            if len(tok.text) <= 2 or tok.i in self.taken or not self._cap(tok) or tok.is_stop:
                continue
            if first and (tok.pos_ not in {"PROPN", "NOUN"} or (i + 1 < len(doc) and self._cap(doc[i + 1]))
                          or tok.ent_type_ not in {"", *_PERSON} or self.p.is_role(tok.text)
                          or word in self.p.honorifics):
                continue  # (no title, no body's name: "Pope", "Acme" opening "Acme founder Jane Roe")
            self._add(Mention(tok.i, tok.i + 1, tok.text, "person", "name", head=tok.i))

    # ------------------------------------------------------------ titles and roles
    def _past_dangling_object(self, seg: Any, m: Mention) -> Any:
        """The words before a name that a prepositional phrase opening the sentence runs into, with no comma, when
        the name is the clause's subject ("In his turn activist Jo Kitui wrote", "In response farmer Jo Kitui
        wrote", "On her blog activist Ana Roble wrote", the parser having run the phrase and the subject into one,
        or left the verb with no subject): the preposition's object is the first noun (with its determiner or
        possessive), and only what follows it can be a role ("According to Health Minister Ana Roble" and "For
        Health Minister Ana Roble, the plan …" keep theirs: the name is the object there)."""
        doc = self.doc
        k = seg.start - 1
        while k >= 0 and (doc[k].pos_ == "DET" or (doc[k].pos_ == "PRON" and self.p.has(doc[k], "possessive"))):
            k -= 1
        if k < 0 or doc[k].pos_ != "ADP" or self.p.has(doc[k], "case") \
                or not (doc[k].is_sent_start or doc[k - 1].is_punct or "\n" in doc[k - 1].whitespace_):
            return seg
        verb = doc[k].head
        if not (self.p.has(name_root(self.doc, m), "subject") or (verb.pos_ in {"VERB", "AUX"} and not any(
                self.p.has(c, "subject") for c in verb.children))):
            return seg
        first = next((t.i for t in seg if t.pos_ in {"NOUN", "PROPN"}), None)
        return doc[first + 1 : seg.end] if first is not None and first + 1 < seg.end else seg

    def _titles(self) -> None:
        """Titles and role appositions of person mentions, and honorific genders."""
        doc = self.doc
        for k, m in enumerate(list(self.out)):
            if m.kind != "person" or m.source == "handle":
                continue
            gender = m.gender
            role: tuple[int, int] | None = None
            # role words right before the name: "le président valdorien Jan Petrov", "Senator X"
            i = m.start - 1
            if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
                i -= 3
            j = i
            while j >= 0 and m.start - j <= 9 and (j not in self.taken or self.out[self.taken[j]].kind != "person"):
                t = doc[j]
                if 0 < j < m.start - 1 and inner_hyphen(t):
                    j -= 1  # a hyphen inside a title's word ("Secretary-General"): one word (not one the name opens
                    continue  # on: "Jing-|Shan Zhao")
                if t.is_punct or (t.pos_ not in {"NOUN", "ADJ", "ADP", "DET", "PROPN"}
                                  and not self._portfolio_conjunction(t)) or "\n" in t.whitespace_:
                    break
                j -= 1
            seg = doc[j + 1 : i + 1]
            while len(seg) and seg[0].pos_ == "ADP":
                seg = seg[1:]
            seg = self._past_dangling_object(seg, m)
            seg = self._title_start(seg)
            if len(seg) and self._is_role(seg) and not self._incise_word(seg):
                role = (seg.start, seg.end)
            # an honorific alone ("M. Dupont", "Mr Roe") leaves room for a role in apposition before
            # it: "le chef du parquet, M. Dupont," is the chief prosecutor
            honorific = role if role is not None and all(
                fold(t.text) in self.p.honorifics or fold(t.text) + "." in self.p.honorifics or t.is_punct
                for t in doc[role[0] : role[1]]) else None
            if honorific is not None:
                role = None
            if gender is None or gender == "?":
                gender = None
                for t in doc[max(0, m.start - 3) : m.start]:
                    gender = self.p.gender_of_word(t.text) or self.p.gender_of_word(t.text + ".") or gender
            # apposition after: "Jane Roe, the agency's director, said"
            if role is None and m.end + 1 < len(doc) and doc[m.end].text == ",":
                seg2 = self._segment(m.end + 1, step=1)
                if seg2 is not None and not self._is_role(seg2):
                    # an apposition the writer did not close ("Roe, the agency's director said"):
                    # the role runs up to the verb
                    cut = next((t.i for t in seg2 if t.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}), None)
                    seg2 = doc[seg2.start : cut] if cut is not None and cut - seg2.start >= 2 else None
                if seg2 is not None and self._is_role(seg2):
                    role = (seg2.start, seg2.end)
            if role is None:
                role = self._unmarked_apposition(m)
            # apposition before: "Le chef du parquet, Jean Dupont,"
            named_at = honorific[0] if honorific is not None else m.start
            if role is None and named_at >= 2 and doc[named_at - 1].text == ",":
                seg3 = self._segment(named_at - 2, step=-1)
                if seg3 is not None and seg3.start > 0 and doc[seg3.start - 1].pos_ == "ADP" \
                        and seg3.root.head.i == seg3.start - 1 and not self._apposed_to(m, seg3):
                    seg3 = None  # a prepositional phrase set before the clause ("In addition to the minister's claims,
                    # Mr. Roe listed …"): no apposition (but one the parser apposes the name to, inside the clause:
                    # « Les critiques visent la ministre du Travail, Claire Dorval. »)
                if seg3 is not None and not self._is_role(seg3):
                    seg3 = self._apposed_object_role(seg3, m)
                if seg3 is not None and self._is_role(seg3):
                    role = (seg3.start, seg3.end)
            role = role or honorific
            if role is not None and gender is None:
                gender = self._role_gender(doc[role[0] : role[1]])
            country = m.country
            if role is not None and country is None:  # "Kenyan President Otieno", "le président syrien X"
                country = next((found[1] for j in range(*role) if (found := self.demonym_at(j)) is not None), None)
            if role is not None or gender != m.gender:
                text = doc[role[0] : role[1]].text if role else None
                self.out[k] = Mention(m.start, m.end, m.text, m.kind, m.source, gender, text, role, country,
                                      m.names, m.head)

    def _name_read_as_noun(self, i: int) -> None:
        """A capitalised word the tagger read as a common noun where a speaker stands ("Coles, in its release,
        reported …", the chain "Coles" read as a plural noun), spelt as a one-word name found elsewhere in the
        article: a mention of that name."""
        tok = self.doc[i]
        if i in self.taken or tok.pos_ != "NOUN" or not self._cap(tok) or self.t.quoted(tok):
            return
        found = next((m for m in self.out if m.end - m.start == 1 and m.source in {"ner", "name"}
                      and m.kind in {"person", "organization"} and self.doc[m.start].text == tok.text), None)
        if found is not None:
            self._add(Mention(i, i + 1, tok.text, found.kind, found.source, found.gender, head=i))

    def _described_as_person(self, m: Mention) -> bool:
        """Whether a name is set off by a comma before a short noun phrase of a person's role, trade or relation to
        others, definite or not, that ends at a mark ("…, ajoute Hassan, un autre manifestant.", "Omar, a student,
        said"): a person's name, whatever the recogniser typed it as."""
        doc = self.doc
        if m.end >= len(doc) or doc[m.end].text != ",":
            return False
        stop = next((j for j in range(m.end + 1, min(len(doc), m.end + 7)) if doc[j].is_punct), None)
        seg = doc[m.end + 1 : stop] if stop is not None else None
        return seg is not None and len(seg) > 0 and (seg[0].pos_ == "DET" or self.p.is_role(seg[0].text)) \
            and any(self.p.is_role(t.text) for t in seg) and not any(t.pos_ in {"VERB", "AUX", "PRON"} for t in seg)

    def _unmarked_apposition(self, m: Mention) -> tuple[int, int] | None:
        """A role noun phrase opened by a definite article right after the name, with no comma between (« explique
        Jean Roe le vice-président de X »), that the parser made the name's apposition or a second subject of the
        name's own verb: the name's role, the role noun with its adjectives and its first complement."""
        doc = self.doc
        if m.end + 1 >= len(doc) or not self.p.has(doc[m.end], "det") \
                or fold(doc[m.end].text) not in self.p.definite:
            return None
        noun = doc[m.end].head
        name = name_root(self.doc, m)
        if noun.i <= m.end or not self.p.is_role(noun.text) or not (
                (self.p.has(noun, "apposition") and noun.head.i == name.i)
                or (self.p.has(noun, "subject") and self.p.has(name, "subject") and noun.head.i == name.head.i)):
            return None
        # the noun with its adjectives and its first complement ("de X"); a second one says where or for whom
        # the office is held (« … de X pour l'Asie »)
        after = [c for c in noun.children if c.i > noun.i and not c.is_punct]
        first = next((c for c in after if self.p.has(c, "nominal_mod")), None)
        end = max([noun.i, *(c.right_edge.i for c in after if self.p.has(c, "adj_mod")),
                   *([first.right_edge.i] if first is not None else [])]) + 1
        seg = doc[m.end : end]
        return (seg.start, seg.end) if self._is_role(seg) else None

    def _incise_word(self, seg: Any) -> bool:
        """Whether a would-be title is one bare word in lower case right after a quotation's closing mark and its
        comma: the incise's verb, which a role noun may spell (« « … », juge X », « « … », note X »); a title there
        takes its determiner (« a déclaré le juge X ») or, in English, its capital ('"…," Judge X said')."""
        doc = self.doc
        return len(seg) == 1 and seg[0].text.islower() and seg.start >= 2 and doc[seg.start - 1].text == "," \
            and doc[seg.start - 2].text in _CLOSING_QUOTES

    def _title_start(self, seg: Any) -> Any:
        """A title before a name starts at the determiner of its first role word, or at the
        modifiers right before it ("Valdorian foreign minister", "le ministre valdorien de la
        Pêche"), never earlier ("a visit by the", "lundi")."""
        first = next((k for k, t in enumerate(seg) if self.p.is_role(t.text) or fold(t.text) in self.p.honorifics),
                     None)
        if first is None:
            return seg
        # (a relation's "of" complement is another's title: "son of the late party founder X" — X founded it)
        of = next((k for k in range(first + 1, len(seg)) if fold(seg[k].text) in self.p.grammar.of_preps), None)
        if fold(seg[first].text) in self.p.relations and of is not None:
            later = next((k for k in range(of + 1, len(seg)) if self.p.is_role(seg[k].text)), None)
            if later is not None:
                first = later
        k = first
        while k > 0 and ((seg[k - 1].pos_ in {"ADJ", "PROPN", "NOUN", "NUM"} and not seg[k - 1].like_num
                          and seg[k - 1].ent_type_ not in {"DATE", "TIME"})
                         or (k > 1 and inner_hyphen(seg[k - 1]))):
            k -= 1  # (a hyphen inside a word of the title: "Al-Barak founder")
        if k > 0 and seg[k - 1].pos_ == "DET":
            k -= 1
        return seg[k:]

    def _determiner_gender(self, head: Any) -> str | None:
        """The gender a French determiner gives a person noun of both genders ("une
        porte-parole", "la juge"): the noun's own tag is the parser's guess, the article is
        the writer's choice."""
        if self.p.language != "fr":
            return None
        for c in head.children:
            if c.i < head.i and self.p.has(c, "det") and fold(c.text) not in self.p.grammar.ungendered:
                found = shown_gender(c)
                if found is not None:
                    return str(found)
        return None

    def _role_gender(self, role: Any) -> str | None:
        for tok in role:
            gender = self.p.gender_of_word(tok.text)
            if gender is None and self.p.language == "fr" and tok.pos_ in {"DET", "NOUN"}:
                gender = shown_gender(tok) if fold(tok.text) not in self.p.grammar.ungendered else None
            if gender is not None:
                return gender
        return None

    def _segment(self, at: int, *, step: int) -> Any:
        doc = self.doc
        i = at
        stops = {",", ";", ":", ".", "(", ")", "«", "»", '"', "—", "–"}
        while 0 <= i < len(doc) and doc[i].text not in stops and not doc[i].is_sent_start:
            i += step
        if step < 0 and 0 <= i < len(doc) and doc[i].is_sent_start and doc[i].text not in stops:
            i -= 1
        lo, hi = (at, i) if step > 0 else (i + 1, at + 1)
        if not 0 <= i < len(doc) or hi - lo > 10 or hi <= lo:
            if step < 0 and i < 0 and 0 < hi - lo <= 10:
                lo = 0
            else:
                return None
        seg = doc[lo:hi]
        while len(seg) and (seg[0].pos_ == "ADP" or fold(seg[0].text) in self.p.grammar.elided):
            seg = seg[1:]
        return seg

    def _named_after_state(self, after: int, end: int) -> bool:
        """Whether the words ``[after, end)`` that a recogniser's body name runs on with after a country's name
        opening it are proper nouns of that body's own ("Chile Energy", "Chile Daily Voice"): capitalised, none a
        title, a date, a place, a nationality or a first name (a person's name after the state's: "India Jane
        Roe") — a firm or a medium named after its state, no state."""
        words = [t for t in self.doc[after:end] if t.is_alpha]
        return bool(words) and all(t.pos_ == "PROPN" and self._cap(t) and not self._titled(t.i)
                                   and t.ent_type_ not in _NOT_NAMED and fold(t.text) not in self.demonyms
                                   and self.first.get(fold(t.text), "?") == "?" for t in words)

    def _apposed_to(self, m: Mention, seg: Any) -> bool:
        """Whether the parser made the name of ``m`` the apposition of a word of ``seg``."""
        root = name_root(self.doc, m)
        return self.p.has(root, "apposition") and seg.start <= root.head.i < seg.end

    def _apposed_object_role(self, seg: Any, m: Mention) -> Any:
        """The role noun phrase ending ``seg`` that a name in apposition after it completes, when the
        clause before that phrase is in ``seg`` too ("X met the minister, Tom Vale, on Monday", « X a
        reçu le ministre de l'Intérieur, Tom Vale, lundi »): the phrase after the clause's last verb,
        pronoun or conjunction, when the parser hangs the name on a word of that phrase as its
        apposition (not a list: "met the minister, Tom Vale and Ana Lirio"), or on the word that phrase hangs on,
        the two side by side (« …, s'est réjoui le président, Paul Vernet, … », the name the verb's apposition)."""
        cut = max((t.i for t in seg if t.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"}), default=None)
        if cut is None or seg.end - cut - 1 < 2:
            return None
        phrase = self.doc[cut + 1 : seg.end]
        while len(phrase) > 1 and phrase[0].pos_ in {"ADP", "ADV"}:
            phrase = phrase[1:]  # (a role opens on no preposition nor adverb: "mounting on | the health minister, X")
        root = name_root(self.doc, m)
        # (or its conjunct with no conjunction, the only one of its head: a list joins its last member with one,
        # « visent la ministre du Travail, Claire Dorval. »)
        asyndetic = self.p.has(root, "conj") and not any(c.pos_ == "CCONJ" for c in root.children) \
            and not any(self.p.has(c, "conj") and c.i != root.i for c in root.head.children)
        sibling = root.head.i == phrase.root.head.i != phrase.root.i
        # (or a second object of the verb the phrase is the object of: a verb has one, « s'est réjoui le maire, Paul
        # Vernet, » — unless a list goes on after the name, "informed the mayor, Paul Vernet and the council")
        second = sibling and self.p.has(root, "object") and self.p.has(phrase.root, "object") \
            and not any(self.p.has(c, "conj") or c.pos_ == "CCONJ" for c in root.children)
        apposed = second or ((self.p.has(root, "apposition") or asyndetic)
                             and (phrase.start <= root.head.i < phrase.end or sibling))
        return phrase if apposed else None

    def _is_role(self, role: Any) -> bool:
        if not len(role) or len(role) > 9:
            return False
        if any(t.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM"} and not self._portfolio_conjunction(t)
               and not self._portfolio_participle(t, role) for t in role):
            return False
        if any(t.i in self.taken and self.out[self.taken[t.i]].kind == "person" for t in role):
            return False
        if not any(self.p.is_role(t.text) or fold(t.text) in self.p.honorifics for t in role):
            return False
        first = fold(role[0].text)
        if role[0].pos_ == "DET" and first not in self.p.definite and first not in self.p.possessives:
            return False  # (a possessive is as definite as an article: « sa directrice Dora Kessel », "its director")
        return not any(t.pos_ == "ADP" for t in role[-1:])

    def _portfolio_participle(self, tok: Any, role: Any) -> bool:
        """Whether ``tok`` is a past participle that a role noun of ``role`` takes as its modifier, with the field
        the office covers after it (« la vice-présidente chargée des finances », « le ministre délégué chargé des
        Transports », "the official assigned to the inquiry"): part of the title."""
        head = tok.head
        return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") \
            and self.p.has(tok, "adnominal") and role.start <= head.i < tok.i and self.p.is_role(head.text) \
            and any(c.i > tok.i for c in tok.children)

    def _portfolio_conjunction(self, tok: Any) -> bool:
        """Whether ``tok`` joins two capitalised fields of one office's portfolio, after its "of" ("Minister of
        Agriculture and Water Resources", « ministre de l'Agriculture et de l'Alimentation »): part of the title."""
        doc = self.doc
        if tok.pos_ != "CCONJ" or tok.i < 3 or tok.i + 1 >= len(doc) or not self._cap(doc[tok.i - 1]):
            return False
        g = self.p.grammar
        k = tok.i + 1
        while k < len(doc) and k <= tok.i + 2 and (doc[k].pos_ in {"ADP", "DET"} or fold(doc[k].text) in g.elided):
            k += 1
        if k >= len(doc) or not self._cap(doc[k]) or (k in self.taken and self.out[self.taken[k]].kind == "person"):
            return False
        # back over the first field (capitalised words, articles) to its "of", right after the office's noun
        j = tok.i - 1
        while j > 0 and fold(doc[j].text) not in g.of_preps and (
                self._cap(doc[j]) or doc[j].pos_ == "DET" or fold(doc[j].text) in g.elided):
            j -= 1
        return j > 0 and fold(doc[j].text) in g.of_preps and self.p.is_role(doc[j - 1].text)

    # ------------------------------------------------------------ nominal speakers
    def _qualifier_end(self, head: Any, inside: list[Any]) -> int | None:
        """The last token of the modifiers before a group noun ``head`` that hold the names
        ``inside`` its phrase before them, when those modifiers only qualify the group: the possessor of a
        plural group ("X's critics", "X's supporters") or an adjective built on the name ("the
        X-based movement", "X-backed rebels"); None otherwise. Spokes-nouns and roles speak for
        the name ("X's spokesman"); a singular body owned by a state is that state ("X's
        ministry")."""
        word = fold(head.text)
        if head.pos_ != "NOUN" or word in self.p.spokes or self.p.is_role(word):
            return None
        plural = "Plur" in head.morph.get("Number") or head.tag_ == "NNS"
        group = self.p.is_group(word) or self.p.is_agent_plural(head.text)
        if not group and word not in self.p.org_nouns:
            return None
        end: int | None = None
        covered: set[int] = set()
        for c in head.children:
            if c.i >= head.i:
                continue
            sub = list(c.subtree)
            owner = self.p.has(c, "possessive") and plural and group
            adjective = c.dep_ == "amod" and c.pos_ in {"ADJ", "VERB"} and c.i not in self.taken \
                and any(t.i in self.taken for t in sub)
            if not (owner or adjective):
                continue
            covered.update(t.i for t in sub)
            end = max(end if end is not None else -1, sub[-1].i)
        if end is None or not any(t.i in covered for t in inside) \
                or any(t.i not in covered and t.i < end for t in inside):
            return None
        return end

    def _placed_body_name(self, head: Any, inside: list[Any]) -> bool:
        """A body's own name, capitalised words ending on the noun of a body, after a place as its possessor
        ("Zambia's High Court", "Valdor's Electoral Commission"): the body speaks, named without the place (a
        body named by its common noun, "Zambia's army", is the state's)."""
        word = fold(head.text)
        if head.pos_ != "PROPN" or not self._cap(head) or not self.p.is_body_noun(word) or self.p.is_plural(head):
            return False
        owner = next((c for c in head.children if self.p.has(c, "possessive") and c.i < head.i), None)
        if owner is None or owner.i not in self.taken or any(t.i > owner.right_edge.i for t in inside) \
                or self.out[self.taken[owner.i]].kind not in {"country", "other"}:
            return False
        first = owner.right_edge.i + 1
        if not all(self._cap(t) and t.head.i == head.i and not t.is_punct for t in self.doc[first : head.i]):
            return False
        return self._add(Mention(first, head.i + 1, self.doc[first : head.i + 1].text, "organization", "ner",
                                 head=head.i))

    def _owned_body(self, head: Any, inside: list[Any]) -> bool:
        """A singular body whose owner is a person, named as its possessor or its "of"
        complement ("Morrow's foundation", "la fondation de Hal Morrow"), speaks as itself, named
        with its owner, not as that person (whose office or staff, ``entourage``, speaks for them;
        a state's body is the state's)."""
        word = fold(head.text)
        if head.pos_ != "NOUN" or word not in self.p.org_nouns or word in self.p.spokes or word in self.p.entourage \
                or self.p.is_role(word) or self.p.is_plural(head):
            return False
        owners = {self.taken[t.i] for t in inside}
        if len(owners) != 1:
            return False
        m = self.out[owners.pop()]
        root = next((t for t in self.doc[m.start : m.end] if not m.start <= t.head.i < m.end), None)
        if m.kind != "person" or root is None or root.head.i != head.i:
            return False
        if root.i < head.i and self.p.has(root, "possessive"):
            text = self.doc[m.start : head.i + 1].text
        elif root.i > head.i and root.i == head.i + 2 and fold(self.doc[head.i + 1].text) in self.p.grammar.of_preps:
            text = self.doc[head.i : m.end].text
        else:
            return False
        return self._add(Mention(head.i, head.i + 1, text, "organization", "nominal", head=head.i))

    def _sued(self, tok: Any) -> bool:
        """Whether ``tok`` is the party a case is brought against: the object of a verb of suing, or
        the complement of "against"/"contre" ("sued the city of X", "a porté plainte contre la ville de X")."""
        head = tok.head
        if self.p.has(tok, "object") and self.p.sues(head):
            return True
        return any(fold(p.text) in self.p.grammar.against_preps
                   for p in (head, *(c for c in tok.children if self.p.has(c, "case"))) if p.pos_ == "ADP")

    def _before_document_noun(self, span: Any) -> bool:
        """Whether the name ``span`` runs on into a capitalised noun of legal texts that ends a text's name with it
        ("the Velmar Water Authority Bill", "the Orvane Treaty"): the text's name, of which the body is a word."""
        end = span.end
        return end < len(self.doc) and self._cap(self.doc[end]) and fold(self.doc[end].text) in self.p.documents \
            and self.p.names_document([t.text for t in self.doc[span.start : end + 1]])

    @cached_property
    def _named_places(self) -> frozenset[str]:
        """The names the text gives as the "of" complement of a noun of settlements or lands (``titles.place_nouns``:
        "the island of Diego Garcia"), folded: a place's wherever they recur ("the citizens of Diego Garcia")."""
        out: set[str] = set()
        for i in range(len(self.doc) - 2):
            if self.t.folded[i] not in self.p.place_nouns or self.t.folded[i + 1] not in self.p.grammar.of_preps:
                continue
            j = i + 2
            while j < min(len(self.doc), i + 7) and self._cap(self.doc[j]) and self.doc[j].is_alpha:
                j += 1
            name = fold(self.doc[i + 2 : j].text)
            if j > i + 2 and name not in self.gaz.countries:  # (not "the capital city of Nepal": where it lies)
                out.add(name)
        return frozenset(out)

    def _seat(self, span: Any) -> bool:
        """Whether ``span`` is one capitalised word, no first name, that is the "of"/"de" complement of a
        noun of a body or an office seated in a place (``titles.seated_bodies``: "le tribunal correctionnel
        d'Ostby", "the mayor of Velmar"): that place's name."""
        if len(span) != 1 or span[0].pos_ != "PROPN" or self.first.get(fold(span[0].text), "?") != "?":
            return False
        tok = span[0]
        preps = [tok.head] if tok.dep_ == "pobj" else [g for g in tok.children if self.p.has(g, "case")]
        noun = tok.head.head if tok.dep_ == "pobj" else tok.head
        return noun.i < tok.i and fold(noun.text) in self.p.seated_bodies \
            and any(fold(g.text) in self.p.grammar.of_preps for g in preps)

    def _place_complement(self, tok: Any) -> bool:
        """Whether ``tok`` is the common noun of a body (no generic one: "la société") or of a level
        of government with the name of a place as its complement ("le tribunal administratif de
        Lyon", "the state of Valdor")."""
        word = fold(tok.text)
        if not tok.text[:1].islower() or word in self.p.generic_orgs or word in self.p.spokes \
                or not (self.p.is_body_noun(word) or self._government_level(word)):
            return False
        return any(c.i > tok.i and (self.p.has(c, "nominal_mod") or c.dep_ == "prep") and any(
            g.pos_ == "PROPN" and (g.ent_type_ in _PLACE or self._seat(self.doc[g.i : g.i + 1])) for g in c.subtree)
            for c in tok.children)

    def _located_body(self, head: Any, toks: list[Any], inside: list[Any], before: Any) -> bool:
        """A singular body noun whose "of" complement is only a place other than a country ("le
        parquet de Rennes", "la mairie de Lorient", "the council of Brenton") is a body of its
        own, named with its place: the place only locates it, and the body speaks. The place's
        mention becomes the body's."""
        # (a level of government whose place it names is that place's government: "the state of
        # Valdor", "la ville de Lorient" sue, decide and are sued)
        office = self._placed_head(head, levels=True)
        if office is None or before is None or fold(before.text) not in self.p.grammar.of_preps \
                or head.i not in {before.head.i, before.head.head.i}:
            return False
        found = self._lone_place(inside)
        if found is None or found[1].start != before.i + 1:
            return False
        k, m = found
        start = self._phrase_start(toks, head)
        if any(i in self.taken for i in range(start, m.start)):
            return False
        self._take_over(k, self.doc[start : m.end], head, office)
        return True

    def _phrase_start(self, toks: list[Any], head: Any) -> int:
        """The first word of a noun phrase's name: after its determiner and the preposition the
        parser hung on the noun ("Selon le conseil municipal de Lyon": "conseil")."""
        first: int = next((t.i for t in toks if t.pos_ not in {"DET", "ADP"} and not self.p.has(t, "case")
                           and t.i <= head.i), head.i)
        return first

    def _premodified_body(self, head: Any, inside: list[Any]) -> bool:
        """A singular body noun that a place before it only locates ("the Tokyo city council",
        "the Gaza health ministry") is a body of its own, named with its place, as "the council
        of Tokyo" is (:meth:`_located_body`); a role so placed is held by a person ("the Tokyo
        governor"), and people who speak for others so placed are a group ("Brenton health
        officials"). The place's mention becomes the phrase's."""
        office = self._placed_head(head, levels=False)
        people = office is None and self._placed_people(head, inside)  # "Brenton officials": a group of them
        found = self._lone_place(inside) if office is not None or people else None
        if found is None:
            return False
        k, m = found
        last = self.doc[m.end - 1]
        # the place modifies the noun, through common nouns only ("city", "health")
        between = self.doc[m.end : head.i]
        if m.end > head.i or not self.p.has(last, "compound") or last.head.i not in range(m.end, head.i + 1) \
                or any(t.pos_ != "NOUN" or not t.text[:1].islower() or t.i in self.taken for t in between):
            return False
        self._take_over(k, self.doc[m.start : head.i + 1], head, bool(office), "group" if people else None)
        return True

    def _placed_head(self, head: Any, *, levels: bool) -> bool | None:
        """Whether a place may locate the singular noun ``head``, as a body (False) or a role held by a
        person (True; "le maire de Rennes", "the mayor of Brenton"), or None: a body's or a group's
        noun, a role, and with ``levels`` a level of government (``_government_level``)."""
        word = fold(head.text)
        office = self.p.is_role(word) and word not in self.p.relations
        if head.pos_ != "NOUN" or word in self.p.spokes or self.p.is_plural(head) \
                or not (office or word in self.p.org_nouns or self.p.is_group(word)
                        or (levels and self._government_level(word))):
            return None
        return office

    def _government_level(self, word: str) -> bool:
        """A noun of a level of government or of the state ("state", "city"; "ville", "gouvernement"):
        with a place for its complement, that place's government."""
        return word in self.p.admin_levels or word in self.p.state_nouns

    def _lone_place(self, inside: list[Any]) -> tuple[int, Mention] | None:
        """The one mention the names ``inside`` a phrase make, when it is a place the recogniser
        found, other than a country: (its index, the mention)."""
        place = {self.taken[t.i] for t in inside}
        if len(place) != 1:
            return None
        k = place.pop()
        m = self.out[k]
        if m.kind != "other" or m.source != "ner" or fold(m.text) in self.gaz.countries \
                or not all(t.ent_type_ in _PLACE for t in self.doc[m.start : m.end]):
            return None
        return k, m

    def _body_noun_before(self, head: Any, toks: list[Any], first: int) -> int:
        """Where the complement naming a body starts when the body's common noun, with its adjectives or noun
        modifiers, stands before its name (« les salariés de l'entreprise Castelor », "the unions of the rail
        company Volantis"): at that noun phrase, right after its determiner; else at the name, ``first``.
        The complement is the body's, common noun and name together, whatever the parser hung the name on."""
        words = [t for t in toks if head.i < t.i < first]
        k = len(words)
        while k and words[k - 1].pos_ in {"NOUN", "ADJ"} and words[k - 1].text[:1].islower():
            k -= 1
        body = words[k:]
        if not body or k == 0 or not any(t.pos_ == "NOUN" and self.p.is_body_noun(fold(t.text)) for t in body):
            return first
        opening = words[:k]
        while opening and opening[-1].pos_ == "DET":
            opening.pop()
        return body[0].i if opening and opening[-1].pos_ == "ADP" else first

    def _placed_people(self, head: Any, inside: list[Any]) -> bool:
        """Whether ``head`` is a plural noun of people who speak for someone (``spokes``: "officials",
        « responsables ») whose names inside are one place other than a country: the place only
        locates them."""
        return head.pos_ == "NOUN" and fold(head.text) in self.p.spokes and self.p.is_plural(head) \
            and self._lone_place(inside) is not None

    def _take_over(self, k: int, span: Any, head: Any, office: bool, kind: ActorKind | None = None) -> None:
        """Mention ``k`` (a place, or a body's label) becomes the phrase ``span`` that it only locates or labels: a
        person holding an office there or belonging to the body, or a body (or the ``kind`` given)."""
        kind = kind or ("person" if office else "organization")
        self.out[k] = Mention(span.start, span.end, span.text, kind, "nominal",
                              gender=(self._determiner_gender(head) or self._role_gender(span)) if office else None,
                              head=head.i)
        for i in range(span.start, span.end):
            self.taken[i] = k

    def _placed_office(self, head: Any, toks: list[Any], inside: list[Any]) -> bool:
        """A singular role whose complement is a common noun that a place only locates ("le
        président de l'université de Tokyo", "the rector of the university in Tokyo", "le maire
        de la commune de Brenne") is held by a person, who speaks: the place tells which
        body, and a place never speaks. The mention covers the role, its complement and the
        place, and becomes the place's. A body named in full ("l'Université de Tokyo") is a
        name inside, as before; a country is left to the claims stage (a state speaks through
        its offices)."""
        if self._placed_head(head, levels=False) is not True:
            return False
        found = self._lone_place(inside)
        if found is None:
            return False
        k, m = found
        # up from the place to the role, through common nouns only, each the complement of the next
        cur = next((t for t in self.doc[m.start : m.end] if not m.start <= t.head.i < m.end), None)
        nouns: list[Any] = []
        while cur is not None and cur.head.i != cur.i:
            if not (self.p.has(cur, "nominal_mod") or cur.dep_ == "pobj"):
                return False
            up = cur.head.head if cur.dep_ == "pobj" else cur.head
            if up.i == head.i:
                break
            if up.pos_ != "NOUN" or up.i in self.taken or not up.text[:1].islower() or len(nouns) == 2:
                return False
            nouns.append(up)
            cur = up
        if not nouns:
            # (the parser may hang the place on the role past the role's complement: "la doyenne de sa faculté à
            # Lyon")
            nouns = [c for c in head.children if c.pos_ == "NOUN" and self.p.has(c, "nominal_mod")
                     and head.i < c.i < m.start and c.i not in self.taken and c.text[:1].islower()]
        if cur is None or cur.head.i == cur.i or not nouns or m.start <= head.i:
            return False
        start = self._phrase_start(toks, head)
        if any(i in self.taken for i in range(start, m.start)) \
                or any(self.doc[i].is_punct or self.t.quoted(self.doc[i]) for i in range(start, m.end)):
            return False
        self._take_over(k, self.doc[start : m.end], head, True)
        return True

    def _named_members(self, head: Any, inside: list[Any]) -> bool:
        """A plural noun of people (not a spokes-noun) right after the name of a body that
        qualifies it as a noun modifier ("NASA scientists", "BBC reporters") names a group of
        that body's people, who speak — not the body; after a person's name ("Mira Velde fans", "Roe
        supporters"), a group of that person's followers, who speak — not the person. The mention covers the
        noun and is named with the name."""
        word = fold(head.text)
        if self.p.language != "en" or head.pos_ != "NOUN" or word in self.p.spokes or head.tag_ != "NNS" \
                or not (self.p.is_group(word) or self.p.is_agent_plural(head.text)) or word in self.p.org_nouns:
            return False
        names = {self.taken[t.i] for t in inside}
        if len(names) != 1:
            return False
        m = self.out[names.pop()]
        last = self.doc[m.end - 1] if m.end > m.start else head
        if m.kind not in {"organization", "person"} or m.end != head.i \
                or not (self.p.has(last, "compound") and last.head.i == head.i) \
                or head.i in self.taken \
                or any(c.i > head.i for c in self.p.children(head, "nominal_mod", "apposition")):
            return False
        whole = self.doc[m.start : head.i + 1]
        self._add(Mention(head.i, head.i + 1, whole.text, "group", "nominal", head=head.i))
        return True

    def _relative_of(self, head: Any, toks: list[Any], inside: list[Any]) -> bool:
        """A singular noun of kinship, acquaintance or condition (``relations``) whose possessor or
        complement is a name ("Jane Roe's daughter", "un voisin de Jean Roe", "a patient of the
        Velmar clinic") names another person, related to what is named: that person speaks, not
        the name that only tells which one. The mention covers the noun's own words and is named
        by the whole phrase."""
        word = fold(head.text)
        if head.pos_ != "NOUN" or word not in self.p.relations or self.p.is_plural(head):
            return False
        owners = {t.i for t in inside}
        lo = hi = head.i
        while lo - 1 >= toks[0].i and lo - 1 not in owners and not self.doc[lo - 1].is_punct \
                and self.doc[lo - 1].pos_ not in {"PART", "ADP"}:
            lo -= 1
        while hi + 1 <= toks[-1].i and hi + 1 not in owners and not self.doc[hi + 1].is_punct \
                and self.doc[hi + 1].pos_ not in {"ADP", "DET"}:
            hi += 1
        own = self.doc[lo : hi + 1]
        whole = self.doc[toks[0].i : toks[-1].i + 1]
        if any(t.i in self.taken or self.t.quoted(t) for t in own) or any(t.is_punct for t in whole):
            return False
        # (and by its own words where the complement only says where it writes or lives: "an anonymous
        # commenter on the Times website" is an anonymous commenter; "a patient of the clinic" is named whole)
        after = self.doc[own.end] if own.end < len(self.doc) else None
        short = own[1:] if len(own) > 1 and self.p.has(own[0], "det") else own
        names = (short.text,) if after is not None and after.pos_ == "ADP" and own.end <= toks[-1].i \
            and self.t.folded[after.i] not in self.p.grammar.of_preps else ()
        self._add(Mention(own.start, own.end, whole.text, "person", "nominal",
                          gender=self._determiner_gender(head) or self._role_gender(own), head=head.i, names=names))
        return True

    def _of_us(self, head: Any) -> bool:
        """Whether a pronoun of the first or second person follows ``head`` after prepositions only
        ("all of us", "many of you", "beaucoup d'entre nous", whatever the parser hung it on)."""
        i = head.i + 1
        while i < len(self.doc) and self.doc[i].pos_ == "ADP":
            i += 1
        return i > head.i + 1 and i < len(self.doc) and self.doc[i].pos_ == "PRON" \
            and bool(set(self.doc[i].morph.get("Person")) & {"1", "2"})

    def _gathered(self, tok: Any) -> Any:
        """The plural noun of people in the "of" complement of a singular noun of a gathering that is its clause's
        subject ("A group of students held a press conference", « Un groupe d'étudiants a tenu … »): those people
        act, as a plural subject would."""
        if fold(tok.text) not in self.p.collectives or self.p.is_plural(tok) \
                or not (self.p.has(tok, "subject") or self.p.has(tok, "passive_subject")):
            return None
        return next((noun for prep, noun in self.p.pp_objects(tok) if noun.i > tok.i
                     and prep in self.p.grammar.of_preps and noun.pos_ == "NOUN" and self.p.is_plural(noun)
                     and (self.p.is_group(noun.text) or self.p.is_agent_plural(noun.text))), None)

    def _quantified(self, head: Any, people: bool = False) -> Any:
        """The noun a quantifier's complement names ("a number of mayors", "la plupart des experts"):
        the first noun after it; with ``people``, the first noun of people no mention holds ("a
        majority of teachers in X"). None for a word that counts one (``grammar.single``) or no
        quantifier."""
        word = fold(head.text)
        if word not in self.p.quantifiers or word in self.p.grammar.single:
            return None
        for _, noun in self.p.pp_objects(head):
            if noun.i <= head.i:
                continue
            if not people and noun.pos_ in {"NOUN", "PROPN"}:
                return noun
            if people and noun.pos_ == "NOUN" and noun.i not in self.taken \
                    and (self.p.is_group(noun.text) or self.p.is_agent_plural(noun.text)):
                return noun
        return None

    def _nominal(self, head: Any, *, from_verb: bool, own_only: bool = False, speaking: bool = False,
                 source: bool = False, named_source: bool = False) -> None:
        if head.i in self.taken or head.i in self.roles or head.pos_ not in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"}:
            return
        word = fold(head.text)
        if self.p.pronoun(head) is not None or word in self.p.clitics or word in self.p.euphonic:
            return
        if self.p.entourage_possessive(head) is not None:
            return  # "his staff": the one the possessive takes up speaks (the claims stage resolves it)
        if self._coordinated_title(head):
            return  # "Blogger and journalist Tom Vale wrote …": one person's two titles, no one of its own
        if head.pos_ == "PRON" and word in self.p.grammar.defined_pronouns:
            self._defined_people(head)
            return
        if head.pos_ == "PRON" and (word not in self.p.quantifiers or (
                word in self.p.grammar.generic_pronouns and not any(c.i > head.i for c in head.children))):
            return
        if names_no_one(head, self.p):
            return  # "none of the candidates", « aucun élu »: no one
        toks = phrase_tokens(head)
        with_complement: str | None = None
        with_article: str | None = None
        # a phrase of time or occasion after the noun ("la ministre lors d'une conférence", "the
        # minister during a visit") is the verb's circumstance the parser hung on the noun
        # (or a bare noun of a day: "a déclaré son ministre lundi")
        occasion = next((c for c in head.children if c.i > head.i and self.p.occasion(c)), None)
        if occasion is None and own_only:
            # the object of a verb of opposition keeps only its "of" complements: any other is the verb's
            # reason the parser hung on the noun ("criticised the council over the budget", "a critiqué
            # l'opposition pour son silence")
            occasion = next((c for c in head.children if c.i > head.i and self._verbs_complement(c)), None) \
                or self._charge(head)
        if occasion is None:
            occasion = self._addressee(head, toks)
        if occasion is None:
            # a request not to be named is how the words were given, not who gives them ("an aide, speaking on
            # condition of anonymity", « un élu sous couvert d'anonymat »), whatever noun the parser hung it on
            # (not through a clause of its own: "a veteran of the board, who requested anonymity," is of the board)
            occasion = next((c for c in head.children if c.i > head.i and c.pos_ in {"NOUN", "ADP"} and any(
                t.pos_ == "NOUN" and fold(t.text) in self.p.anonymity
                and not any(a.pos_ in {"VERB", "AUX"} for a in t.ancestors if c in a.ancestors or a.i == c.i)
                for t in c.subtree)), None)
        if occasion is not None:
            cut = occasion.left_edge.i
            toks = [t for t in toks if t.i < cut]
        # no one's name holds an infinitive and the preposition that marks it (« accusant le maire sortant d'avoir
        # « délaissé … » », whatever the parser hung on the noun): the phrase ends before them
        marked = next((t.i for t in toks if t.i > head.i and t.pos_ in {"ADP", "SCONJ", "PART"} and t.i + 1 < len(
            self.doc) and "Inf" in self.doc[t.i + 1].morph.get("VerbForm")), None)
        if marked is not None:
            toks = [t for t in toks if t.i < marked]
        # a word of displeasure or opposition after a group's noun ("residents angry at the militias", « des
        # habitants en colère contre les milices », « les riverains hostiles au projet ») says how the group
        # stands, not who it is: its name ends before that word (and the preposition that opens it)
        if self.p.is_group(word) or self.p.is_agent_plural(head.text):
            attitude = next((t for t in toks if t.i > head.i and fold(t.text) in self.p.oppose_adjectives), None)
            if attitude is not None:
                opening = self.doc[attitude.i - 1]
                cut = opening.i if opening.i > head.i and self.p.has(opening, "case") else attitude.i
                toks = [t for t in toks if t.i < cut]
        # a cardinal whose complement is a group ("deux des syndicats", "two of the unions"):
        # that part of the group speaks, named with its count
        complements = [g for c in head.children if c.i > head.i
                       for g in ([x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep"
                                 else [c] if self.p.has(c, "nominal_mod") else [])]
        counted = head.pos_ == "NUM" and any(
            noun.pos_ == "NOUN" and (self.p.is_group(noun.text) or self.p.is_agent_plural(noun.text))
            for noun in complements)
        if word in self.p.statement_nouns:  # "le communiqué du ministère": the ministry speaks
            # (whatever names its complement holds: "a statement from the Tokyo city council")
            # a proper name there that nothing found is the author's name, a body's unless a first name
            # opens it ("The Harbour Gazette editorial argued …", "l'éditorial du Courrier de Delport affirme …")
            # (or the source a frame names: "according to the ombudsman's report", « selon les chiffres
            # communiqués par la préfecture »)
            says = (self.p.has(head, "subject") and self.p.is_reporting_verb(head.head)) or source
            for c in head.children:
                if c.i < head.i and self.p.is_possessor(c) and c.pos_ in {"NOUN", "PROPN"} and says:
                    self._nominal(c, from_verb=False)  # "the council's statement said …": the council
                    if c.pos_ == "PROPN":
                        self._author_name(c)
                elif c.i < head.i and c.pos_ == "PROPN" and self.p.has(c, "compound") and self._cap(c) and says:
                    self._author_name(c)
                elif c.i > head.i and self.p.has(c, "adnominal") and says and self.p.agent_of(c) is not None:
                    # "the statement issued by the ministry read …", « le communiqué publié par le ministère
                    # affirme … »: the agent of its participle
                    self._nominal(self.p.agent_of(c), from_verb=False)
                elif c.i > head.i and (self.p.has(c, "nominal_mod") or c.dep_ == "prep"):
                    inner = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
                    # (and the agent's preposition: "the report by the port inspectorate concluded …")
                    if c.dep_ != "prep" or fold(c.text) in self.p.grammar.of_preps | self.p.grammar.source_preps \
                            | self.p.grammar.agent_preps:
                        self._nominal(inner, from_verb=False)
                        if inner.pos_ in {"PROPN", "NOUN"} and self._cap(inner) and not inner.is_sent_start:
                            self._author_name(inner)  # (a title's noun the tagger took for common: "Courrier")
            self._kind_text(head, toks)
            return
        if word in self.p.spokes and (from_verb or source) and head.pos_ == "NOUN":
            self._spoken_for(head)
        inside = [t for t in toks if t.i in self.taken]
        if inside and self._placed_body_name(head, inside):
            return
        group = self._quantified(head, people=True) if inside and not counted else None
        if group is not None:
            # "a majority of teachers in X", "64 percent of respondents from X": the people its complement
            # names speak, whatever place or body qualifies them (as "la plupart des experts", below)
            self._nominal(group, from_verb=from_verb)
            return
        if inside and self._named_members(head, inside):
            return
        qualifier = self._qualifier_end(head, inside) if inside else None
        if qualifier is not None:
            # a name that only qualifies the group before its noun, as its possessor ("X's
            # critics") or inside an adjective ("the X-based movement"), does not speak: the
            # group does, named by the words after the qualifier
            toks = [t for t in toks if t.i > qualifier]
        elif inside and self._labelled_member(head, toks, inside):
            return
        elif inside:
            # a name inside ("le porte-parole de la mairie"): the claims stage looks there; but
            # people whose complement names a place or a body are a group of their own ("des
            # chercheurs de l'université de Rennes", "critics from across Valdoria"), named up
            # to that complement
            first = min(t.i for t in inside)
            while first - 1 in self.roles and first - 1 > head.i:
                first -= 1  # the title before a name is the name's ("supporters of mayor Jane Roe")
            first = self._body_noun_before(head, toks, first)
            before = next((t for t in reversed(toks) if t.i < first and t.pos_ != "DET"), None)
            # one person of a body, introduced as such ("a nurse at the X Hospital said …", « une infirmière de
            # l'hôpital X a déclaré … »): an indefinite singular noun of a role or a trade, not one who speaks for
            # the body, with a complement that names bodies only, is a new individual who speaks as such, named by
            # the words before the body's complement
            member = head.pos_ == "NOUN" and first > head.i and before is not None and before.pos_ == "ADP" \
                and (self.p.is_role(word) or self.p.is_trade_noun(head)) and word not in self.p.spokes \
                and word not in self.p.entourage \
                and all(self.out[self.taken[t.i]].kind == "organization" for t in inside) \
                and not self.p.is_group(word) and not self.p.is_plural(head) \
                and any((self.p.has(c, "det") or self.p.has(c, "numeral")) and fold(c.text) in self.p.indefinite
                        for c in head.children)  # ("one reader of X", the numeral as indefinite as "a")
            if member:
                toks = _before_complement(toks, head, first)
            elif from_verb and self._unnamed_office(head, toks, inside, first, before):
                # the holder of an office in a body, no one named, who speaks ("le candidat du parti X a exigé …",
                # "the head of the X Institute said …"): a person of their own, named as the text names them, with
                # the body's complement — not the body, which speaks through its spokespeople only
                end = max(t.i for t in toks) + 1
                lead = next((t.i for t in toks if t.i <= head.i and t.pos_ != "DET"), head.i)
                with_complement = self.doc[lead:end].text
                with_article = self.doc[min(t.i for t in toks):end].text  # (and with its article, as written)
                toks = _before_complement(toks, head, first)
            elif self._located_body(head, toks, inside, before) or self._placed_office(head, toks, inside) \
                    or self._premodified_body(head, inside) or self._owned_body(head, inside) \
                    or self._relative_of(head, toks, inside):
                return
            else:
                # a body's common noun whose complement is only a place is that place's body ("le
                # parquet de Lyon", "the council of Tarn"): the body speaks, named up to the place
                local = head.pos_ == "NOUN" and (word in self.p.org_nouns or self.p.is_group(word)) \
                    and not self.p.is_role(word) \
                    and all(self.out[self.taken[t.i]].kind == "other" and t.pos_ == "PROPN" for t in inside)
                # people who speak for others, whose complement is only a place (no country, no body): they speak
                # for no one named, and a place never speaks, so they are a group of their own ("officials in
                # Brenton said …", « des responsables à Lorient ont affirmé … »)
                placed = self._placed_people(head, inside)
                if speaking and head.pos_ == "NOUN" and not (self.p.is_role(word) or self.p.is_group(word)):
                    # "« … », a lancé un passant venu de Vitré": who speaks after a quotation, named by the noun
                    toks = [t for t in toks if t.i <= head.i]
                elif (word in self.p.spokes and not placed) \
                        or not (self.p.is_group(word) or self.p.is_agent_plural(head.text) or counted or local
                                or placed) \
                        or (head.pos_ != "NOUN" and not counted) or first <= head.i or before is None \
                        or before.pos_ != "ADP" \
                        or not ("Plur" in head.morph.get("Number") or head.tag_ == "NNS" or counted or local):
                    return
                if head.pos_ == "NOUN" and not counted and all(
                        self.out[self.taken[t.i]].kind in {"other", "organization", "country"} for t in inside):
                    # (named too by the phrase with its complement, a place's or a body's, as the text names them:
                    # "residents of Eastgate", « les chercheurs de l'université de Rennes »; the article, a count,
                    # a frame's preposition off)
                    lead = next((t.i for t in toks if t.i <= head.i and t.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}
                                 and fold(t.text) not in self.p.quantifiers), head.i)
                    end = max(t.i for t in toks) + 1
                    if not any(t.is_punct or self.t.quoted(t) for t in self.doc[lead:end]):
                        with_complement = self.doc[lead:end].text
                toks = _before_complement(toks, head, first)
        quantified = word in self.p.quantifiers or counted
        # "one of the nurses" speaks; "the way" never; a vague noun of people speaks when its own
        # adjective or complement says which ("local people", "les gens du village")
        # (or its participle: "les personnes interrogées", "people surveyed")
        qualified = self.p.is_group(word) and any(
            (c.dep_ == "amod" and c.tag_ not in {"JJR", "JJS"} and fold(c.text) not in self.p.quantifiers)
            or self.p.has(c, "nominal_mod") or (c.dep_ == "acl" and c.i == head.i + 1 and (
                "Part" in c.morph.get("VerbForm") or c.tag_ == "VBN"))
            for c in head.children)  # not "more people": how many, not which
        # a noun that names anyone as a person (``groups.persons``) speaks as one when an indefinite article
        # and what follows say which ("a person familiar with the talks said", « selon une personne proche du
        # dossier »): a new individual, unnamed
        described = (from_verb or source) and head.pos_ == "NOUN" and word in self.p.persons \
            and not self.p.is_plural(head) and any(
                (self.p.has(c, "det") or self.p.has(c, "numeral")) and fold(c.text) in self.p.indefinite
                for c in head.children) \
            and (self.p.complemented(head) or any(
                c.i > head.i and (c.pos_ == "ADJ" or (self.p.has(c, "adnominal") and _participle(c)))
                for c in head.children))
        if word in self.p.vague and not quantified and not qualified and not described:
            return
        if quantified and self._of_us(head):
            return  # "all of us who follow …", "beaucoup d'entre vous": the one who speaks or is spoken to
        group = self._quantified(head) if quantified and not counted else None
        if group is not None:
            # "a number of mayors", "la plupart des experts": the group its complement names
            self._nominal(group, from_verb=from_verb)
            return
        # a noun that names a person by sex or kinship ("one mother said", "a déclaré une mère")
        # speaks as that person when it is the subject of a reporting verb
        # — an indefinite one only: "the father said" is someone the text already knows
        kin = from_verb and head.pos_ == "NOUN" and word in self.p.masculine | self.p.feminine and not any(
            self.p.has(c, "det") and fold(c.text) in self.p.definite | {"l'"} for c in head.children)
        # a building that says something is the establishment it houses ("the hospital said …",
        # "l'école a indiqué …"); a building elsewhere is a place
        housed = from_verb and head.pos_ == "NOUN" and self.p.has(head, "subject") and word in self.p.buildings
        # those who work for someone named as their possessor or "of" complement ("le cabinet de la
        # maire a indiqué …"): the actors stage gives them to that person
        entourage = head.pos_ == "NOUN" and word in self.p.entourage and (
            bool(self.p.children(head, "possessive"))
            or any(prep in self.p.grammar.of_preps and c.i > head.i for prep, c in self.p.pp_objects(head)))
        # the plural of a noun of bodies names bodies together ("local newspapers", "les journaux")
        # (and of a group or a body listed in the singular, when it is the subject of a verb of saying: "local
        # councils said", « les directions assurent »)
        bodies = head.pos_ == "NOUN" and (word in self.p.org_plurals or (
            from_verb and self.p.has(head, "subject") and word in self.p.group_plurals))
        known_noun = self.p.is_role(word) or self.p.is_group(word) or self.p.is_body_noun(word) \
            or (from_verb and self.p.is_trade_noun(head))  # "a cardiologist said": a trade's ending
        # (a noun of no list that speaks in an incise after a quotation: one person, or people in the plural)
        known = known_noun or quantified or kin or housed or entourage or bodies or described \
            or (speaking and head.pos_ == "NOUN")
        if not known and from_verb and head.pos_ == "PROPN" and self.p.has(head, "subject"):
            self._proper_speaker(head)  # "The Daily Courier reported …": a name the NER missed
            return
        if not known and named_source and head.pos_ == "PROPN":
            self._proper_speaker(head, framed=True)  # « D'après Eurocontrol, … »: the source a frame names
            return
        if not known and from_verb and head.pos_ == "NOUN" and self.p.has(head, "subject") and self._cap(head) \
                and not head.is_sent_start and head.ent_iob_ in {"B", "I"}:
            # "les Brigades du Sud ont revendiqué …": a capitalised common noun inside a name
            # the NER found but left unlabelled as a body; the name is the entity's span
            ent = next((e for e in self.doc.ents if e.start <= head.i < e.end), None)
            if ent is not None and not any(self.t.quoted(t) for t in ent):
                self._add(Mention(ent.start, ent.end, ent.text, "organization", "ner", head=head.i))
            return
        # people named by a plural agent noun of no list speak when a verb of saying has them for subject or
        # a source frame names them ("according to shipowners, …", "selon les armateurs, …"; not a frame's
        # words said or counted, which end alike: "per the numbers")
        if not known and not ((from_verb or (source and word not in self.p.said_nouns))
                              and head.pos_ == "NOUN" and self.p.is_agent_plural(head.text)):
            return
        if head.pos_ == "PROPN" and not known:
            return
        # the contiguous stretch around the head, punctuation and a leading preposition off
        within = {t.i for t in toks}
        # (a hyphen inside a compound word of the phrase is part of the name, whether the parser put it in the
        # phrase or not: "low-cost", "cross-party")
        joined = {i + 1 for i in within if i + 2 in within and self._inner_hyphen(self.doc[i + 1])}
        # (adjectives coordinated with one of the head's qualify it together, the conjunction and commas between
        # them too, though the parser hangs them on the first adjective: "legal and religious groups", « les
        # organisations syndicales et patronales »)
        joined |= self._coordinated_adjectives(head)
        within |= joined
        lo = hi = head.i
        while lo - 1 in within and (not self.doc[lo - 1].is_punct or lo - 1 in joined
                                    or self._classifier_mark(self.doc[lo - 1], head)) and head.i - lo < 6:
            lo -= 1
        while hi + 1 in within and (not self.doc[hi + 1].is_punct or hi + 1 in joined) and hi - head.i < 6:
            hi += 1
        toks = list(self.doc[lo : hi + 1])
        # a count or a quantifier is no part of a group's name ("over 100 security experts",
        # "various unions": the experts, the unions); a partitive count is ("two of the unions",
        # "deux des syndicats": which unions)
        count = {t.i for c in head.children if c.i < head.i and (
            c.dep_ == "nummod" or (fold(c.text) in self.p.quantifiers and c.pos_ in {"ADJ", "DET"}))
            for t in c.subtree}
        if count and (max(count) + 1 >= len(self.doc) or self.doc[max(count) + 1].pos_ in {"ADP", "DET"}
                      or not self.p.is_plural(head)):
            count = set()  # (one of a kind is named with its "one": "one reader wrote …")
        def counting(toks: list[Any]) -> bool:  # "various unions", "the various unions"
            return toks[-1].i > max(count, default=len(self.doc)) and (toks[0].i in count or (
                toks[0].pos_ == "DET" and len(toks) > 1 and toks[1].i in count))

        while toks and ((toks[0].pos_ in {"ADP", "CCONJ", "SCONJ", "ADV"} and not _hyphen_joined(toks))
                        or (fold(toks[0].text) in self.p.grammar.elided and toks[0].pos_ == "ADP") or counting(toks)
                        # (nor the first word of a correlative pair: "blamed both the landlord and the council")
                        or (fold(toks[0].text) in self.p.grammar.pair_determiners | self.p.grammar.correlatives
                            and len(toks) > 1 and toks[1].pos_ == "DET")):
            toks = toks[1:]  # (not an adverb a hyphen joins to the word after it: "many better-known bloggers")
        # examples named after the noun are no part of its name ("bloggers such as X": the bloggers)
        marker = self._example_marker(head.i + 1, toks[-1].i + 1) if toks else None
        toks = [t for t in toks if t.i < marker[0]] if marker is not None else toks
        # a word cut inside by a hyphen is no part of the name ("the son of a 17-year-| old courier"): the name ends
        # before the whole word
        while toks and toks[-1].i > head.i and toks[-1].i + 1 < len(self.doc) and (
                inner_hyphen(toks[-1]) or inner_hyphen(self.doc[toks[-1].i + 1])):
            toks = toks[:-1]
        # the possessive marker closes the owner's phrase, not its name ("an economist's claim")
        while toks and (toks[-1].pos_ in {"ADP", "DET", "CCONJ"} or (
                self.p.has(toks[-1], "case") and toks[-1].head.i == head.i and toks[-1].i > head.i)):
            toks = toks[:-1]
        if not toks:
            return
        if any(t.i < head.i and negated_quantifier(t, self.p) for t in head.subtree):
            return  # "Not all experts agree": some do not, no group that speaks
        span = self.doc[toks[0].i : toks[-1].i + 1]
        if any(self.t.quoted(t) for t in span):
            return
        text = span.text
        plural = self.p.is_plural(head)
        kind: ActorKind = "group" if plural or quantified else (
            "person" if self.p.is_role(word) or self.p.is_trade_noun(head) or described or (speaking and not known_noun)
            else "organization")
        short: tuple[str, ...] = ()
        if kind == "group" and fold(span[0].text) not in self.p.determiners:
            # "Experts counting the birds", "Farmers living near the dam": a group
            # named by what sets it apart (a short participle phrase), and by its noun alone
            part = next((c for c in head.children if self.p.has(c, "adnominal") and c.i == span.end
                         and _participle(c)), None)
            tail = list(part.subtree) if part is not None else []
            if tail and len(tail) <= 5 and not any(t.is_punct or self.t.quoted(t) or t.i in self.taken for t in tail) \
                    and tail[-1].i - span.end == len(tail) - 1:
                # (not over a name: "researchers led by Jane Roe" are the researchers, Jane Roe apart)
                short = (text,)
                span = self.doc[span.start : tail[-1].i + 1]
                text = span.text
        if not short and kind in {"person", "group"} and span.end > head.i + 1 and self.doc[head.i + 1].pos_ == "ADP" \
                and self.t.folded[head.i + 1] not in self.p.grammar.of_preps:
            # "an anonymous commenter on the Times website", "residents in the valley": named by the phrase,
            # and by the noun with what comes before it (its article or count off) — not when its complement
            # says whose or of what it is ("the head of the union", « les usagers du français »)
            lead = [t for t in self.doc[span.start : head.i + 1] if not (
                self.p.has(t, "det") or t.like_num or fold(t.text) in self.p.determiners | self.p.quantifiers)]
            if lead and lead[0].i < head.i + 1:
                short = (self.doc[lead[0].i : head.i + 1].text,)
        if with_article is not None and with_complement is not None:
            # (the holder of an office no name holds is named by the office with its body, as the text names it:
            # "chairman of the Blue Party", « candidat du Parti vert »; the noun alone is an alias)
            short, text = (*short, text), with_complement
        described = tuple(dict.fromkeys(d for d in (with_complement, with_article) if d is not None and d != text))
        self._add(Mention(span.start, span.end, text, kind, "nominal", gender=(self._determiner_gender(head)
                          or self._role_gender(span)) if kind == "person" else None, names=short, head=head.i,
                          described=described))


    def _unnamed_office(self, head: Any, toks: list[Any], inside: list[Any], first: int, before: Any) -> bool:
        """Whether ``head``, the subject of a verb of saying, is a definite singular noun of an office or a trade
        (not one who speaks for others: a spokesperson, a lawyer, an entourage) whose complement after a
        preposition names bodies only, with no name of a person anywhere in its phrase, and no person of the
        article holds that office under a name (« le candidat des Frères unis », "the head of the Valdor
        Institute"): an individual of their own."""
        word = fold(head.text)
        if head.pos_ != "NOUN" or first <= head.i or before is None or before.pos_ != "ADP" \
                or not (self.p.is_role(word) or self.p.is_trade_noun(head)) or word in self.p.spokes \
                or word in self.p.entourage or self.p.is_group(word) or self.p.is_plural(head) \
                or any(self._cap(t) and not t.is_sent_start and t.pos_ != "DET" for t in toks if t.i < first):
            return False
        if not any(self.p.has(c, "det") and fold(c.text) in self.p.definite for c in head.children if c.i < head.i):
            return False
        if not all(self.out[self.taken[t.i]].kind == "organization" for t in inside):
            return False
        # (an office some named person of the article holds is theirs: the claims stage takes them up)
        return not any(fold(self.doc[i].text) == word for i in self.roles)

    def _labelled_member(self, head: Any, toks: list[Any], inside: list[Any]) -> bool:
        """One member of a body named by the body's short name as a label, with no preposition, right after the
        role noun and its adjectives in French, before the noun in English (« un conseiller municipal PRV », « une
        élue LR », "a Labour councillor"): an indefinite singular noun of a role or a trade, not one who speaks for
        the body, is a new individual, named with the label. The label's mention becomes that person's (the
        body's name elsewhere stays the body's); True when it did."""
        word = fold(head.text)
        if head.pos_ != "NOUN" or self.p.is_plural(head) or not (self.p.is_role(word) or self.p.is_trade_noun(head)) \
                or word in self.p.spokes or word in self.p.entourage or self.p.is_group(word):
            return False
        det = next((c for c in head.children if c.i < head.i and (self.p.has(c, "det") or self.p.has(c, "numeral"))
                    and fold(c.text) in self.p.indefinite), None)
        owners = {self.taken[t.i] for t in inside}
        if det is None or len(owners) != 1:
            return False
        k = owners.pop()
        label = self.out[k]
        if label.kind != "organization" or label.end - label.start > 3:
            return False
        if label.start > head.i:
            between = range(head.i + 1, label.start)
            adjectives = all(self.doc[i].pos_ == "ADJ" and self.doc[i].head.i == head.i for i in between)
        else:
            adjectives = label.start > det.i and all(self.doc[i].pos_ == "ADJ" for i in range(label.end, head.i))
        lo, hi = det.i, max(head.i + 1, label.end)
        if not adjectives or any(t.is_punct or self.t.quoted(t) for t in self.doc[lo:hi]) \
                or any(i in self.taken and self.taken[i] != k for i in range(lo, hi)):
            return False
        self._take_over(k, self.doc[lo:hi], head, office=True)
        return True


def inner_hyphen(tok: Any) -> bool:
    """Whether ``tok`` is a hyphen inside a word, no space on either side ("better-known", "Secretary-General")."""
    return tok.text in _HYPHENS and tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def _hyphen_joined(toks: list[Any]) -> bool:
    """Whether the first of ``toks`` is joined to the next word by a hyphen ("better-known", "well-placed")."""
    return len(toks) > 2 and inner_hyphen(toks[1])


def _participle(tok: Any) -> bool:
    """Whether ``tok`` is a participle, either scheme (UD's VerbForm, the English tags)."""
    return "Part" in tok.morph.get("VerbForm") or tok.tag_ in {"VBG", "VBN"}


def _acronym_in_lowercase(span: Any, names: Iterable[str]) -> bool:
    """Whether a one-word span spells, not in capitals, a name known only as an acronym: "Un
    rapport" opens a sentence with an article, it does not name the UN."""
    if len(span) != 1 or span.text.isupper():
        return False
    key = fold(span.text)
    return any(fold(n) == key and n.isupper() for n in names)


def passive_agent(tok: Any, p: LanguageProfile) -> bool:
    """Whether ``tok`` is the agent of a passive ("the damage done by the rioters", "les
    routes minées par les rebelles"): the doer of the event, as its subject would be."""
    if (tok.dep_ == "pobj" and tok.head.dep_ == "agent") or p.has(tok, "agent"):
        return True
    return p.has(tok, "oblique") and any(p.has(c, "passive_aux") for c in tok.head.children) and any(
        p.has(c, "case") and fold(c.text) in p.grammar.agent_preps for c in tok.children)
