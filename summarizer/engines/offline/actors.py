"""Stage 3 — actors: mentions grouped into one actor each, with names, aliases and features.

* a person's full name, surname and first name are one actor ("Jeanne Le Goff", "Le Goff");
  two full names sharing a surname are two people;
* an acronym and the name whose initials it spells are one organisation; so are a name
  and its head word ("the Commission" after "the European Commission"), and a name and
  the common noun that titled it ("le quotidien", "the paper");
* a country's spellings (pycountry), and a capital used for its state, are one country;
* titles and role appositions become aliases of the person they are tied to, and a later
  bare role phrase ("le ministre") naming the same role is that person;
* nominal speakers ("les critiques", "scientists") group by their words;
* a first name and the first of two surnames ("Ana Ruiz" for "Ana Ruiz Soto") are that person;
* a body's shorter name ending its longer one, its capitalised head word alone, the first part
  of a hyphenated acronym, and an acronym in parentheses after its name are that body.

Features tell the engine which actors to report: ``institution`` (a body named by a proper
name headed by a body's noun, or after a common noun of organisations), ``marked`` (something
says a "person" is one: a first name, title, role, gender, handle) and ``definite`` (an
unnamed group acting as a definite plural subject, "the farmers blocked …").

Gender comes from first names, honorifics, gendered roles and the subject pronouns that
follow a lone person. The table is immutable: later stages only read it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from types import MappingProxyType
from typing import Any

from ...schema import ActorKind
from .document import Document
from .mentions import Mention, class_noun_before, name_root, passive_agent, strip_determiner
from .names import acronym, demonyms, first_names
from .profile import LanguageProfile, fold

_SUBJECT_ROLES = ("subject", "agent", "passive_subject")
_TAKE_UP_SENTENCES = 12  # how far back a group named by a weaker signal than its own noun with an article is taken up


@dataclass(frozen=True)
class ActorInfo:
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    role: str | None
    gender: str | None
    plural: bool
    country: str | None  # ISO code: the country itself, an institution's state, a person's (by title)
    first: int  # char offset of the first mention
    mentions: int
    acts: bool  # some mention is the subject or agent of a verb
    named: bool  # named by a proper name (not a nominal phrase)
    located: bool = False  # every mention follows a preposition of place ("near Port Aldo")
    quoted: bool = False  # every mention is inside a quotation (named in someone's words)
    definite: int = 0  # mentions as a definite plural subject ("the fishermen blocked …")
    marked: bool = True  # a person a first name, title, role, honorific or pronoun marks as one
    institution: bool = False  # an organisation whose proper name is headed by a body's noun ("the Arab League")
    place_body: bool = False  # a body's common noun with the name of its place ("le conseil municipal de Velmar")
    thing: bool = False  # a name some mention gives to a thing: "the Orvo trial", "a vaccine, Orvax,"
    agent: bool = False  # some mention outside quotations is the doer of an event (see ``build_actors``)
    members: tuple[int, ...] = ()  # the persons whose affiliation this body is ("Jean Roux (PS)")
    state: bool = False  # unnamed, called by a noun of the state alone ("the government", "le gouvernement")
    state_act: bool = False  # some mention does what a state does as a state (see ``deed``): says, signs, sends …
    in_title: bool = False  # every mention is inside a person's title ("Jane Roe, head of the X Agency,")
    described: tuple[str, ...] = ()  # names with a complement, for the briefing only (``Mention.described``)

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class ActorTable:
    actors: tuple[ActorInfo, ...]
    token_actor: Mapping[int, int]
    role_heads: Mapping[str, tuple[int, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def at(self, i: int) -> int | None:
        return self.token_actor.get(i)

    @cached_property
    def _first_tokens(self) -> Mapping[int, int]:
        """Each actor's first token in the text."""
        first: dict[int, int] = {}
        for i, a in self.token_actor.items():
            if a not in first or i < first[a]:
                first[a] = i
        return first

    def named_before(self, actor: int, at: int) -> bool:
        """Whether the text names ``actor`` before token ``at``."""
        first = self._first_tokens.get(actor)
        return first is not None and first < at

    def mention_head(self, tok: Any) -> Any:
        """The head of the actor mention ``tok`` is in: up the parse while the head is a token of
        the same actor ("Jane" -> "Roe" in "Jane Roe said")."""
        who = self.at(tok.i)
        head = tok
        while head.head.i != head.i and self.at(head.head.i) == who:
            head = head.head
        return head

    def by_name(self, text: str) -> int | None:
        key = fold(text)
        for k, a in enumerate(self.actors):
            if key in {fold(n) for n in a.names()}:
                return k
        return None


class _Cluster:
    """An actor while the table is being built (local to :func:`build_actors`)."""

    def __init__(self, name: str, kind: ActorKind, first: int) -> None:
        self.name = name
        self.kind: ActorKind = kind
        self.aliases: list[str] = []
        self.role: str | None = None
        self.genders: Counter[str] = Counter()
        self.country: str | None = None
        self.first = first
        self.mentions = 0
        self.acts = False
        self.agent = False
        self.state_act = False
        self.named = True
        self.plural = False
        self.located = True
        self.quoted = True
        self.definite = 0  # mentions of an unnamed group as a definite plural acting ("les pêcheurs ont …")
        self.introduced = False  # named after a common noun of organisations ("l'association X")
        self.thing = False  # named as a thing of some kind ("the Orvo trial", "un vaccin, Orvax,")
        self.seat = False  # a seat of power the gazetteer names ("White House"): one name, no head word and modifier
        self.described: list[str] = []  # the mentions' phrases with their complements (``Mention.described``)

    def folded(self) -> set[str]:
        return {fold(n) for n in (self.name, *self.aliases)}

    def alias(self, text: str) -> None:
        # (nor a quotation's mark left at either end: '” the family's lawyer', after the words it closed)
        text = " ".join(text.split()).strip(" ,;:").lstrip("”»").rstrip("“«").strip(" ,;:")
        if text and fold(text) not in self.folded():
            self.aliases.append(text)

    def rename(self, name: str) -> None:
        if fold(name) != fold(self.name):
            old, self.name = self.name, name
            self.aliases = [a for a in self.aliases if fold(a) != fold(name)]
            self.alias(old)


_INITIALS = re.compile(r"(?:\w\.){2,}")  # initials written with their full stops ("T.B.")


def name_words(name: str) -> list[str]:
    """A person's name as folded words, hyphens as spaces ("Lee Min-Ho" = "Lee Min Ho"), initials
    without their full stops ("T.B. Joshua" = "TB Joshua")."""
    words = fold(name).replace("-", " ").replace("‑", " ").split()
    return [w.replace(".", "") if "." in w and _INITIALS.fullmatch(w) else w for w in words]


def initials(name: str, small: frozenset[str]) -> str:
    """The initials of a name, its ``small`` words left out ("Union of X" -> "ux")."""
    words = [w for w in re.split(r"[\s'’-]+", fold(name)) if w and w not in small]
    return "".join(w[0] for w in words)


def build_actors(text: Document, profile: LanguageProfile, mentions: tuple[Mention, ...]) -> ActorTable:
    doc = text.doc
    p = profile
    clusters: list[_Cluster] = []
    assign: dict[int, int] = {}  # mention index -> cluster

    def acts(m: Mention) -> bool:
        tok = doc[m.head] if m.head >= 0 else doc[m.start]
        while (p.has(tok, "name_part") or p.has(tok, "compound") or p.has(tok, "apposition")
               or p.has(tok, "conj")) and tok.head.i != tok.i:
            if (p.has(tok, "name_part") or p.has(tok, "compound")) and not m.start <= tok.head.i < m.end \
                    and fold(tok.head.text) not in p.spokes | p.state_nouns:
                # a name modifying a noun outside it: "the Valdor Telecom network", "Air Valdor" —
                # the noun's phrase acts, not the name ("Valdor officials said" is Valdor)
                return False
            tok = tok.head
        return any(p.has(tok, r) for r in _SUBJECT_ROLES) or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")

    def new(m: Mention, name: str, kind: ActorKind) -> int:
        c = _Cluster(name, kind, doc[m.start].idx)
        c.named = m.source != "nominal"
        clusters.append(c)
        return len(clusters) - 1

    # full names first (of two words or more), then other names, nominal phrases last (they
    # may repeat a title already tied to a named actor)
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].source == "nominal",
                                                        mentions[k].kind == "person" and len(
                                                            name_words(mentions[k].text)) < 2,
                                                        not _full_person(mentions[k]),
                                                        mentions[k].source != "name" and mentions[k].kind == "person",
                                                        -(mentions[k].end - mentions[k].start), k))
    by_key: dict[str, int] = {}
    # where a phrase by which one is known starts a name after each name ("X, better known as Y"): once per text
    known_as = {j: k for j, other in enumerate(mentions) if other.source != "nominal"
                and (k := p.self_given_name_at(doc, other.end - 1)) is not None}
    described: set[int] = set()  # countries so far named only by a nationality adjective
    persons_full: list[int] = []
    full_at: dict[int, list[int]] = {}  # where each person's full name occurs
    called: dict[int, set[str]] = {}  # the lone names (surnames) that some mention calls a person by
    related: set[int] = set()  # people named in full as someone's relative ("his daughter X") …
    plain: set[int] = set()  # … or not
    for k in order:
        m = mentions[k]
        key = fold(m.text)
        target: int | None = None
        if m.kind in {"organization", "other"} and m.source == "ner" and m.end - m.start == 1 \
                and not m.text.isupper() \
                and (any(_one_letter_off(name_words(clusters[c_i].name)[-1], key)
                         or (m.kind == "organization" and key in name_words(clusters[c_i].name)[1:])
                         for c_i in persons_full)
                     or (m.kind == "organization" and len(
                         [c_i for c_i in persons_full if name_words(clusters[c_i].name)[0] == key]) == 1)):
            # a lone word the NER took for a body that spells a surname of a person named in full
            # before (the last, or the first of two: "Ana Ruiz Soto … Ruiz said"), or for a body or
            # a place that spells it one letter off (a transliteration's variant), is that person
            # ("Yahya Sarea … Saree said"); so is one it took for a body that spells the given name of
            # one person named in full before ("Lina Marsh … Lina said", a blogger called by her first name)
            m = replace(m, kind="person", source="name")
        elif m.kind in {"organization", "other"} and m.source == "ner" and key.split()[0] in p.particles \
                and any(fold(clusters[c_i].name).endswith(" " + key) for c_i in persons_full):
            # a surname with its particles, which the recogniser took for a body or a place at the start of a
            # sentence ("Von der Leyen added …" after "Ursula von der Leyen"): that person
            m = replace(m, kind="person", source="name")
        if m.source in {"country", "metonym", "demonym"} and m.country:
            target = by_key.get(f"country:{m.country}")
            if target is None:
                target = new(m, m.text if m.source in {"country", "demonym"} else (m.names[0] if m.names else m.text),
                             "country")
                by_key[f"country:{m.country}"] = target
                clusters[target].country = m.country
                if m.source == "demonym":
                    described.add(target)
            elif m.source == "country" and target in described:
                clusters[target].rename(m.text)  # "Syria" names the state "the Syrian government" spoke for
                described.discard(target)
            clusters[target].alias(m.text)
        elif m.source == "union":
            target = by_key.get(f"union:{fold(m.names[0])}")
            if target is None:  # the union named before by a spelling the recogniser found ("United Nations")
                target = next((by_key[fold(n)] for n in m.names if fold(n) in by_key
                               and clusters[by_key[fold(n)]].kind == "organization"), None)
                if target is not None:
                    by_key[f"union:{fold(m.names[0])}"] = target
            if target is None:
                target = new(m, m.text, "organization")
                by_key[f"union:{fold(m.names[0])}"] = target
            for n in m.names:
                clusters[target].alias(n)
        elif m.kind == "person" and m.source != "nominal" and m.source != "handle":
            words = name_words(m.text)
            while len(words) > 1 and (words[0] in p.honorifics or words[0] + "." in p.honorifics):
                words = words[1:]  # "M. Dupont" is Dupont
            if len(words) == 1:
                key = words[0]
            target = by_key.get(key)
            if target is None:
                target = _also_known_as(m, doc, known_as, mentions, assign)
            if target is None and len(words) >= 2:
                sent = doc[m.start].sent
                for c_i in persons_full:
                    cw = name_words(clusters[c_i].name)
                    # the surname alone, or (a first name and) a first surname of two ("Ana Ruiz" for
                    # "Ana Ruiz Soto"), or initials, name the same person
                    if cw[-len(words):] == words or words[-len(cw):] == cw or _abbreviates(words, cw) or (
                            len(words) >= 2 and len(cw) >= 2 and (cw[:len(words)] == words or words[:len(cw)] == cw)) \
                            or _middle_left_out(words, cw) or _middle_left_out(cw, words) \
                            or _particle_surname(words, cw, p) \
                            or (len(words) == len(cw) and words[:-1] == cw[:-1]
                                and _one_letter_off(words[-1], cw[-1], anywhere=not any(
                                    sent.start_char <= x < sent.end_char for x in full_at.get(c_i, ())))):
                        # (the same first names and a surname one letter off: a transliteration's variant
                        # or a slip of the keyboard, "Michalis Chrisochoidis" … "Michalis Chrysochoidis",
                        # "Lena Varga" … "Lena Vargo"; the first names are the anchor, so the letter may be
                        # any of the surname's — unless both are in one sentence: a writer naming both at
                        # once tells two people apart, "Jan Nowak and Jan Novak")
                        target = c_i
                        if len(words) > len(cw):
                            clusters[c_i].rename(m.text)
                        break
                if target is None:
                    target = new(m, m.text, "person")
                    persons_full.append(target)
                full_at.setdefault(target, []).append(doc[m.start].idx)
            elif target is None and (company := _company_of(key, clusters, p)) is not None:
                target = company  # "Velkor" after "Velkor Mining Ltd": the company without its trade word
            elif target is None:
                cands = [c_i for c_i in persons_full if name_words(clusters[c_i].name)[-1] == key
                         or name_words(clusters[c_i].name)[0] == key]
                if not cands:  # the first of two surnames ("Ruiz" for "Ana Ruiz Soto")
                    cands = [c_i for c_i in persons_full if len(name_words(clusters[c_i].name)) >= 3
                             and key in name_words(clusters[c_i].name)[1:-1]]
                if not cands:  # a transliteration's variant: one letter off the surname ("Sarea", "Saree")
                    cands = [c_i for c_i in persons_full if _one_letter_off(name_words(clusters[c_i].name)[-1], key)]
                # a surname two full names share is the one named last before it ("Barack
                # Obama … Obama … Michelle Obama"), but not one introduced as another's relative
                # ("his daughter Nettie Vos"), whom the text tells apart by the first name
                at = doc[m.start].idx
                cands.sort(key=lambda c_i: (name_words(clusters[c_i].name)[-1] != key,
                                            c_i in related and c_i not in plain,
                                            -max((x for x in full_at.get(c_i, [at + 1]) if x < at), default=-1)))
                target = cands[0] if cands else new(m, m.text, "person")
                called.setdefault(target, set()).add(key)
            clusters[target].alias(m.text)
            clusters[target].country = clusters[target].country or m.country  # "the Syrian president X"
            # (an office's name ends on two role nouns, no surname: "Surgeon General" is no "General")
            if m.end - m.start >= 2 and not doc[m.end - 1].is_punct \
                    and not p.ends_on_office([t.text for t in doc[m.start : m.end]]):
                last = doc[m.start : m.end].text.split()[-1]
                clusters[target].alias(last)
                split = doc[m.start : m.end].text.split()
                if len(split) >= 3 and fold(doc[m.end - 2].text) in p.particles:
                    clusters[target].alias(" ".join(split[-2:]))
                    first = next((n for n in range(1, len(split) - 1) if fold(split[n]) in p.particles), None)
                    if first is not None:  # "de los Reyes" for "Ignacio de los Reyes"
                        clusters[target].alias(" ".join(split[first:]))
        elif m.source == "handle":
            target = by_key.get(key) or by_key.get(fold(m.text.lstrip("@")))
            if target is None and m.start >= 2 and doc[m.start - 1].text == "(":
                # "Jane Roe (@jroe)": the handle in parentheses is the named actor's, a language tag
                # between them or not ("Jane Roe [es] (@jroe)")
                before = m.start - 1
                if doc[before - 1].is_space:
                    before -= 1  # (the tag is blanked in the text the parser reads)
                owner = next((n for n, x in enumerate(mentions) if x.end == before), None)
                if owner is not None and owner in assign:
                    target = assign[owner]
            if target is None:
                target = _poster(m, doc, mentions, assign, clusters, p)
            if target is None:
                target = _handle_owner(m.text, [c_i for c_i in persons_full], clusters)
            if target is None:
                target = _handle_spells(m.text, clusters)
            if target is None:
                target = new(m, m.text, "person")
            for n in (m.text, *m.names):
                clusters[target].alias(n)
        else:
            anaphor = _anaphor(m, doc, p)  # "the researchers": taken up by _take_up_groups
            target = None if anaphor else by_key.get(key) or by_key.get(fold(strip_determiner(m.text, p)))
            if target is not None and m.source == "nominal" and _gender_clash(m, clusters[target]):
                target = None  # (a title's gender is its holder's: « la ministre » takes up no man)
            if target is not None and clusters[target].named and _introduces(m, p):
                target = None  # "a court ruled …" after "the Valdoria High Court": another court
            if target is None and m.kind == "organization" and m.text.isupper() and 2 <= len(m.text) <= 8:
                # the initials of the name, or of its words after the state that opens it ("the
                # Valdorian Coast Agency" is "VCA" and "CA")
                small = p.grammar.minor
                # (or of all its words, the small ones too: "EELV" for "Europe Écologie Les Verts")
                # (or of its name without a nationality adjective: "PP" for "Parti populaire espagnol")
                target = next((c_i for c_i, c in enumerate(clusters) if c.kind == "organization"
                               and (initials(c.name, small) == key or initials(c.name, frozenset()) == key
                                    or initials(_without_nationality(c.name, p.language), small) == key
                                    or (len(key) >= 3 and initials(c.name, small).endswith(key)
                                        and len(initials(c.name, small)) - len(key) <= 2))), None)
            if target is None and m.text.isupper() and 2 <= len(m.text) <= 4:
                # a person's initials set in parentheses after their name are that person ("Jana Roe
                # (JR):", the speaker labels of an interview)
                target = next((c_i for c_i, c in enumerate(clusters) if c.kind == "person"
                               and initials(c.name, frozenset()) == key and f"{c.name} ({m.text})" in doc.text), None)
            if target is None and m.kind == "organization" and len(strip_determiner(m.text, p).split()) >= 2:
                # a body's name that ends a longer name of a body named before is that body ("the
                # Coast Agency" after "the Valdorian Coast Agency")
                # (or that name without its "of" complement: "the electoral commission" after "the Independent
                # Electoral Commission of Valdoria")
                target = next((c_i for c_i, c in enumerate(clusters) if c.kind == "organization" and c.named
                               and any(core.endswith(" " + fold(strip_determiner(m.text, p)))
                                       for core in _name_cores(c.name, p))), None)
            if target is None and m.kind == "organization" and m.source != "nominal" \
                    and len(strip_determiner(m.text, p).split()) >= 2:
                # a body's name that opens the longer name of one body, whose "of" complement it leaves
                # out, is that body ("the Harbour Council" for "the Harbour Council of Velmar", "le
                # Conseil des ports" for "le Conseil des ports de Velmar")
                target = _complement_left_out(fold(strip_determiner(m.text, p)), clusters, p)
            if target is None and m.kind == "organization" and m.source != "nominal":
                # a body's name is the same body as its name qualified by a nationality adjective,
                # which only says whose it is ("le Parti vert" after "le Parti vert danois", "the
                # Green Party" after "the Danish Green Party" — English puts it first, and the
                # rule just above already finds that name at the end of the longer one)
                target = _nationally_qualified(fold(strip_determiner(m.text, p)), clusters, p.language)
            if target is None and m.kind == "organization" and p.language == "en":
                # English names a body by its head noun after its domain, or before it with "of": "the
                # State Department" is "the Department of State", "the Defense Ministry" "the Ministry of Defense"
                words = fold(strip_determiner(m.text, p)).split()
                if len(words) == 2 and words[1] in p.institution_heads:
                    turned = f"{words[1]} of {words[0]}"
                    target = next((c_i for c_i, c in enumerate(clusters) if c.kind == "organization" and c.named
                                   and any(core == turned or core.endswith(" " + turned)
                                           for core in _name_cores(c.name, p))), None)
            if target is None and m.kind == "other" and len(key.split()) == 1 and key in first_names() \
                    and m.end - m.start == 1 and p.has(doc[m.start], "subject"):
                # a first name the recogniser took for a place, the subject of a verb ("Rina remains
                # factual" after "Rina Pavel wrote …"), is the one person of that first name named before
                named_so = [c_i for c_i in persons_full if fold(clusters[c_i].name).split()[0] == key]
                target = named_so[0] if len(named_so) == 1 else None
            lone = len(key.split()) == 1
            if target is None and m.kind in {"organization", "other"} and (lone or (
                    m.source != "nominal" and len(key.split()) == 2 and key.split()[0] in p.particles)):
                # a lone word that is a person's surname (NER slip), or with its particle ("El Gizawy" after
                # "Samir El Gizawy"), or the family name opening a name written family name first ("Han" after
                # "Han Young-ho")
                target = next((c_i for c_i in persons_full if fold(clusters[c_i].name).endswith(" " + key)
                               or (lone and fold(clusters[c_i].name).split()[0] == key and key not in first_names())),
                              None)
            if target is None and (m.kind == "organization" or (m.kind == "other" and m.text.isupper())) \
                    and m.source != "nominal" and len(key.split()) == 1 \
                    and key not in p.grammar.minor:
                # the head word of one body's longer name, capitalised ("the Council" after "the
                # National Council of X"), is that body
                bodies = [c_i for c_i, c in enumerate(clusters) if c.kind == "organization" and c.named
                          and not c.seat and len(name_words(c.name)) > 1 and key in _heads(name_words(c.name), p)]
                if len(bodies) > 1:  # of two councils named before, the one named last ("le Conseil")
                    last = {c_i: max((mentions[j].start for j, c in assign.items() if c == c_i
                                      and mentions[j].start < m.start), default=-1) for c_i in bodies}
                    # (the most salient first: one named as a subject before one named only in a
                    # complement or a predicate, as for a definite description)
                    topics = {c for j, c in assign.items() if mentions[j].head >= 0
                              and mentions[j].start < m.start and p.has(doc[mentions[j].head], "subject")}
                    bodies = sorted(bodies, key=lambda c_i: (c_i not in topics, -last[c_i]))
                    bodies = bodies[:1] if last[bodies[0]] >= 0 else []
                target = bodies[0] if bodies else None
            if target is None and m.source == "nominal" and not anaphor:
                target = _named_by_participle(m, doc, p, mentions, assign, clusters)
            if target is None and m.source == "nominal" and not anaphor:
                target = _self_named(m, doc, p, mentions, assign, clusters)
            if target is None and m.source != "nominal":
                target = _also_known_as(m, doc, known_as, mentions, assign)
            if target is None and m.source == "nominal" and not anaphor:
                target = _entourage_of(m, doc, p, mentions, assign, clusters)
            if target is None and m.source == "nominal" and not anaphor:
                target = _nominal_target(m, clusters, p, doc)
            if target is None and m.source == "nominal" and not anaphor:
                target = _described_body(text, p, m, mentions, assign, clusters)
            if target is None:
                name = strip_determiner(m.text, p) if m.source == "nominal" else m.text
                target = new(m, name, m.kind)
                clusters[target].plural = m.kind == "group"
                if m.source == "institution":
                    clusters[target].country = m.country
                    clusters[target].seat = True
            clusters[target].alias(m.text)
            if m.source != "nominal" and m.kind == "organization":
                clusters[target].alias(strip_determiner(m.text, p))  # "La Ligue Verte" is "Ligue Verte"
            if m.source == "nominal":
                clusters[target].alias(strip_determiner(m.text, p))
                for n in m.names:  # the group's noun alone ("Experts" for "Experts counting the birds")
                    clusters[target].alias(n)
                clusters[target].described.extend(m.described)
            if clusters[target].kind == "organization" and m.source != "nominal" and m.start >= 2:
                # "l'association Terre Vive": "l'association" later is that organisation (nominal phrases
                # are grouped last, so the alias is there when they are)
                noun, det = doc[m.start - 1], doc[m.start - 2]
                if fold(noun.text) in p.org_nouns and fold(det.text) in p.definite \
                        and fold(noun.text) not in p.generic_orgs:
                    clusters[target].alias(noun.text)
                    joint = "" if det.text.endswith(("'", "’")) else " "
                    clusters[target].alias(f"{det.text}{joint}{noun.text}")
                elif fold(noun.text) in p.generic_orgs and noun.text.islower():
                    # "the American space agency NASA", "the Swiss drugmaker Orvane": a generic noun of its
                    # class with the words of its trade is one of its names ("space agency"), so that "the
                    # agency" takes it up (not the bare noun: "the company" may be any company)
                    left = m.start - 2
                    while left >= 0 and doc[left].pos_ in {"ADJ", "NOUN"} and doc[left].head.i == noun.i:
                        left -= 1
                    trade = [t.text for t in doc[left + 1 : m.start] if t.text.islower() and t.is_alpha]
                    if left >= 0 and fold(doc[left].text) in p.definite and len(trade) >= 2:
                        clusters[target].alias(" ".join(trade))
        assign[k] = target
        if m.kind == "person" and m.source not in {"nominal", "handle"} and len(name_words(m.text)) >= 2:
            (related if _introduced_as_relative(m, doc, p) else plain).add(target)
        if m.role and m.role_span:  # the title or role tied to the name is one of its names
            for n in _role_names(m.role, p):
                clusters[target].alias(n)
        if not _anaphor(m, doc, p):
            for n in (m.text, strip_determiner(m.text, p)):
                by_key.setdefault(fold(n), target)

    _take_up_groups(text, p, mentions, clusters, assign)
    _members_of(text, p, mentions, clusters, assign)
    _nationals_as_state(text, p, mentions, clusters, assign)
    _spokes_of(p, clusters, assign)
    _short_forms(p, clusters, assign)
    _named_next(text, p, mentions, clusters, assign)
    # a body's name followed by an acronym in parentheses: the acronym's mentions are that body
    # ("the Coastal Fisheries Board (CFB) … the CFB said")
    for k, m in enumerate(mentions):
        c_i = assign[k]
        acro = _paren_acronym(m, doc, p) or _spelt_acronym(m, doc, p) if clusters[c_i].kind == "organization" \
            else None
        if acro is None:
            continue
        for j, other in enumerate(clusters):
            if j != c_i and other.kind in {"organization", "other"} and fold(acro) in other.folded() \
                    and any(x == j for x in assign.values()):
                _merge(clusters, assign, j, c_i)
    # a one-word name the NER took for a body or a thing, that a title names elsewhere ("President
    # Calderón" … "Calderón's policy"), is a person: a title before a name is said of people only
    titled = {assign[k] for k, m in enumerate(mentions) if m.kind == "person" and m.source != "nominal"
              and m.role_span is not None and m.role_span[1] == m.start}
    for c_i in titled:
        c = clusters[c_i]
        names = [mentions[k] for k, x in assign.items() if x == c_i and mentions[k].kind != "person"]
        if c.kind in {"organization", "other"} and c.named and names and all(
                m.source == "ner" and m.end - m.start == 1 and not m.text.isupper() for m in names):
            c.kind = "person"
    kept = sorted(set(assign.values()))  # clusters some mention still names
    renumber = {old: new for new, old in enumerate(kept)}
    clusters = [clusters[c_i] for c_i in kept]
    assign = {k: renumber[c_i] for k, c_i in assign.items()}
    # acronyms in parentheses, and org acronyms spelled later
    for k, m in enumerate(mentions):
        c = clusters[assign[k]]
        acro = _paren_acronym(m, doc, p) or _spelt_acronym(m, doc, p) if c.kind == "organization" else None
        if acro is not None:
            c.alias(acro)
    # features
    token_actor: dict[int, int] = {}
    for k, m in enumerate(mentions):
        c_i = assign[k]
        c = clusters[c_i]
        c.mentions += 1
        c.first = min(c.first, doc[m.start].idx)
        c.acts = c.acts or acts(m)
        done = deed(m, text, p)
        c.agent = c.agent or done != ""
        c.state_act = c.state_act or done == "state"
        if m.source == "nominal" and m.kind == "group" and m.head >= 0 and (
                p.has(doc[m.head], "subject") or passive_agent(doc[m.head], p)) \
                and (fold(doc[m.start].text) in p.definite or _bare_plural(doc[m.head], p)) \
                and not any(t.like_num for t in doc[m.start : m.end]) \
                and (p.is_group(doc[m.head].text) or fold(doc[m.head].text) in p.same_people):
            c.definite += 1
        c.located = c.located and _located(doc[m.head] if m.head >= 0 else doc[m.start], p)
        if c.kind == "person" and m.kind == "other" and m.source == "ner" and len(name_words(m.text)) >= 2:
            c.thing = True  # the NER reads a full name as a place somewhere: "Nuevo León" is a state, no person
        c.quoted = c.quoted and text.quoted(doc[m.start])
        if m.gender in {"Masc", "Fem"}:
            # a title or gendered role weighs most, a given name next, then each pronoun read as
            # taking the person up (``_pronoun_genders``): one such guess never outweighs a name
            c.genders[m.gender] += 4 if m.source != "name" else 3
        if m.role and m.role_span:
            role_text = m.role
            for n in _role_names(role_text, p):
                c.alias(n)
            c.role = c.role or strip_determiner(role_text, p)
            if p.language == "en" and m.role_span[1] == m.start:
                c.alias(doc[m.role_span[0] : m.end].text)
            for i in range(*m.role_span):
                token_actor.setdefault(i, c_i)
        if c.kind == "organization" and m.start >= 2:
            at = class_noun_before(doc, m.start)  # (past the class noun's own adjectives after it)
            noun, at = doc[at], at - 1
            while at > 0 and doc[at].pos_ == "ADJ" and doc[at].text.islower():
                at -= 1  # "the environmental group Green Orvan": and before it
            det = doc[at]
            if fold(noun.text) in p.org_nouns and fold(det.text) in p.definite:
                # a generic noun ("the company") is no name of it: later it takes up the body last
                # named by recency (claims), not this one wherever it is
                if fold(noun.text) not in p.generic_orgs:
                    joint = "" if det.text.endswith(("'", "’")) else " "
                    c.alias(f"{det.text}{joint}{noun.text}")
                    c.alias(noun.text)
                c.introduced = True
                token_actor.setdefault(noun.i, c_i)
        for i in range(m.start, m.end):
            token_actor[i] = c_i
    _pronoun_genders(text, p, clusters, token_actor)
    _neuter_speakers(text, p, clusters, token_actor)
    # a body named only in the title of a person ("le président du groupe X", "a member of the X
    # Assembly") is where that person holds office, not a party to the news
    titles = {i for m in mentions if m.kind == "person" and m.role_span for i in range(*m.role_span)}
    in_title = [True] * len(clusters)
    for k, m in enumerate(mentions):
        if not all(i in titles for i in range(m.start, m.end)):
            in_title[assign[k]] = False
    # a body named as a person's affiliation, in parentheses right after the name ("Jean Roux
    # (PS)") or in an apposition of a preposition right after it ("Jane Roe, of the dockers'
    # union,", "Myriam Roux, de la CGT,"): that person speaks for it
    members: dict[int, set[int]] = {}
    person_ends = {m.end: assign[k] for k, m in enumerate(mentions)
                   if clusters[assign[k]].kind == "person" and clusters[assign[k]].named}
    for k, m in enumerate(mentions):
        c_i = assign[k]
        if clusters[c_i].kind != "organization" or not clusters[c_i].named or m.source == "nominal" \
                or m.end >= len(doc) or m.start < 2:
            continue
        if doc[m.start - 1].text == "(" and doc[m.end].text == ")" and m.start - 1 in person_ends:
            members.setdefault(c_i, set()).add(person_ends[m.start - 1])
            continue
        j = m.start - 1
        while j > 0 and doc[j].pos_ in {"ADP", "DET"} and (doc[j].is_alpha or fold(doc[j].text) in p.grammar.elided):
            j -= 1  # "of the", "de la", "de l'", "du"
        if j < m.start - 1 and doc[j].text == "," and j in person_ends and doc[m.end].is_punct \
                and any(doc[x].pos_ == "ADP" for x in range(j + 1, m.start)):
            members.setdefault(c_i, set()).add(person_ends[j])
    # a body's name that some occurrence gives to a thing ("the Orvo trial"), mention or not
    where: dict[str, list[int]] = {}
    for i, word in enumerate(text.folded):
        where.setdefault(word, []).append(i)
    for c in clusters:
        if c.kind not in {"organization", "other", "person"} or not c.named:
            continue
        words = [fold(t) for t in c.name.split()]
        for end in where.get(words[-1], []) if words else []:
            start = end + 1 - len(words)
            if start >= 0 and list(text.folded[start : end + 1]) == words \
                    and (_names_a_building(start, end + 1, doc, p.buildings) if c.kind == "person"
                         else _names_a_thing(start, end + 1, doc, p)):
                c.thing = True
                break
    role_heads: dict[str, list[int]] = {}
    for c_i, c in enumerate(clusters):
        if c.kind == "person" and c.named:  # a bare role phrase holds no role for others to take up
            for alias in (c.name, *c.aliases):
                for w in fold(alias).split():
                    if w in p.roles:
                        role_heads.setdefault(w, [])
                        if c_i not in role_heads[w]:
                            role_heads[w].append(c_i)
    _share_surnames(clusters, called)
    given = first_names()

    def marked(c: _Cluster) -> bool:
        words = name_words(c.name)
        return (c.kind != "person" or bool(c.genders) or c.role is not None or c.name.startswith("@")
                or (len(words) > 1 and words[0] in given))

    actors = tuple(
        ActorInfo(
            name=c.name, kind=c.kind, aliases=tuple(c.aliases), role=c.role, described=tuple(c.described),
            gender=(c.genders.most_common(1)[0][0] if c.genders and (len(c.genders) == 1 or
                    c.genders.most_common(2)[0][1] > c.genders.most_common(2)[1][1]) else None),
            plural=c.plural, country=c.country, first=c.first, mentions=c.mentions, acts=c.acts, named=c.named,
            located=c.located, quoted=c.quoted,
            marked=marked(c), definite=c.definite, thing=c.thing, agent=c.agent,
            members=tuple(sorted(members.get(c_i, ()))),
            state=not c.named and fold(c.name) in p.state_nouns,
            state_act=c.state_act,
            in_title=in_title[c_i] and c.kind == "organization",
            institution=c.kind == "organization" and c.named and (_institution(c.name, p) or c.introduced),
            place_body=c.kind == "organization" and not c.named and _place_body(c.name, p),
        )
        for c_i, c in enumerate(clusters)
    )
    return ActorTable(actors, MappingProxyType(token_actor),
                      MappingProxyType({k: tuple(v) for k, v in role_heads.items()}))


def does(m: Mention, text: Document, p: LanguageProfile) -> bool:
    """Whether ``m``, outside quotations, names the doer of an event (see :func:`deed`)."""
    return deed(m, text, p) != ""


def deed(m: Mention, text: Document, p: LanguageProfile) -> str:
    """Whether ``m``, outside quotations, names the doer of an event: the subject of a verb of
    action (not of a copula or a verb of state: "X is a republic", "X has two ports", "X lacks
    water"), the agent of a passive ("attacked by X"), or the one a passive verb of accusation or
    hostility targets ("X was accused", "X was sanctioned"); not the subject of any other passive
    ("X was hit by floods": X undergoes it), nor a country's bare name as the subject of a verb of
    which it is the scene, the experiencer or the winner ("X saw floods", "X won the match").

    Returns "" when ``m`` does nothing, "state" when the event is one a state does as a state (it
    says, accuses or attacks, acts with a partner, is the agent of a noun of an act, or does one of
    ``verbs.state_acts``: decide, sign, send, sanction, ban …), "other" for any other event
    ("operated by X", "X took part")."""
    doc = text.doc
    if text.quoted(doc[m.start]):
        return ""
    tok = doc[m.head] if m.head >= 0 else doc[m.start]

    def juxtaposed(t: Any) -> bool:  # a noun beside a noun with no preposition: an apposition
        return p.has(t, "nominal_mod") and t.dep_ != "prep" and not any(p.has(c, "case") for c in t.children)

    while (p.has(tok, "name_part") or p.has(tok, "compound") or p.has(tok, "apposition")
           or p.has(tok, "conj") or juxtaposed(tok)) and tok.head.i != tok.i:
        if (p.has(tok, "name_part") or p.has(tok, "compound")) and not m.start <= tok.head.i < m.end \
                and fold(tok.head.text) not in p.spokes | p.state_nouns:
            return ""
        tok = tok.head
    tok = p.state_phrase(tok)  # "the government of X", « le gouvernement de X »: the state noun's phrase is X's
    def reported(verb: Any) -> bool:
        # a state acting only in the content of someone's statement ("he said that X would
        # invade", "she said the town was shelled by X") is named in that speaker's words, as in
        # a quotation
        up = verb
        while (p.has(up, "clause") or p.has(up, "conj")) and up.head.i != up.i:
            content = p.has(up, "clause")  # a clause coordinated with the reporting verb is no content of it
            up = up.head
            if content and p.is_reporting_verb(up):
                return True
        return False

    def kind(verb: Any) -> str:
        return "state" if p.is_reporting_verb(verb) or p.is_target_verb(verb) or p.is_hostile(verb) \
            or p.is_joint(verb) or p.is_state_act(verb) else "other"

    if passive_agent(tok, p):  # "attacked by X", also "reconstruit par X" read as a mere oblique
        governor = tok.head.head if tok.dep_ == "pobj" else tok.head
        return "" if reported(governor) else kind(governor)
    # the partner of a joint act is a doer of it ("X signed a treaty with Y", "X a négocié avec Y")
    if tok.dep_ == "pobj" and fold(tok.head.text) in p.grammar.comitative_preps:
        partner = tok.head.head
    elif any(p.has(c, "case") and fold(c.text) in p.grammar.comitative_preps for c in tok.children):
        partner = tok.head
    else:
        partner = None
    if partner is not None and not text.quoted(partner) and not reported(partner) and (
            p.is_joint(partner) or any(p.has(c, "object") and p.is_joint(c) for c in partner.children)):
        return "state"  # "… un accord avec X", "concluded a deal with X": the verb's object says what is joint
    # the agent of a noun of an act ("the calls by X officials", "l'offensive par X")
    if tok.dep_ == "pobj" and fold(tok.head.text) in p.grammar.agent_preps and tok.head.head.pos_ == "NOUN":
        return "state"  # a noun naming an act with its agent says what the agent did ("the blockade by X")
    if p.has(tok, "nominal_mod") and tok.head.pos_ == "NOUN" and any(
            p.has(c, "case") and fold(c.text) in p.grammar.agent_preps for c in tok.children):
        return "state"
    verb = tok.head
    while p.has(verb, "aux") and verb.head.i != verb.i:  # a subject the parser hung on an auxiliary
        verb = verb.head
    if not (p.has(tok, "subject") or p.has(tok, "passive_subject")):
        return ""
    if reported(verb):
        return ""
    if p.has(tok, "passive_subject"):  # what is done to X, unless X is accused or attacked
        return "state" if p.is_target_verb(verb) or p.is_hostile(verb) else ""
    # a verb of raising or control passes its subject to its open clause ("X ceased to be a
    # member", "X semble être …", "X refused to pay"): the event is that clause's
    while (following := next((c for c in verb.children if p.has(c, "open_clause")
                              and c.pos_ in {"VERB", "AUX"}), None)) is not None:
        verb = following
        if any(p.has(c, "passive_aux") for c in verb.children):
            return "state" if p.is_target_verb(verb) or p.is_hostile(verb) else ""
    if m.source in {"country", "metonym"} and p.is_setting(verb):
        return ""  # "X saw floods", "X hosts the games", "le pays a connu une crise": a place, no state acting
    return "" if p.is_stative(verb) else kind(verb)


def _full_person(m: Mention) -> bool:
    """A person's full name (two words or more, not a handle or a description): named first, so that
    the surname alone, even where the NER took it for a body, finds its person."""
    return m.kind == "person" and m.source not in {"nominal", "handle"} and len(name_words(m.text)) >= 2


def _anaphor(m: Mention, doc: Any, p: LanguageProfile) -> bool:
    """Whether ``m`` is a definite or demonstrative group noun that may take up a group named
    before ("the researchers", "ces manifestants")."""
    return (m.source == "nominal" and m.head >= 0 and fold(doc[m.head].text) in p.same_people
            and fold(doc[m.start].text) in p.anaphoric)


def _take_up_groups(text: Document, p: LanguageProfile, mentions: tuple[Mention, ...], clusters: list[_Cluster],
                    assign: dict[int, int]) -> None:
    """A definite or demonstrative phrase naming a group by a noun of the same people as a group
    named shortly before is that group: "Experts from the bird society said … these scientists
    asked …", "des manifestants … ces protestataires". Only unnamed groups are
    taken up, and only by a group of the same kind of people (``titles.same_people``)."""
    doc = text.doc
    seen: list[tuple[int, tuple[str, str], int]] = []  # (sentence, key, cluster) of the group mentions so far
    for k in sorted(range(len(mentions)), key=lambda k: mentions[k].start):
        m = mentions[k]
        c_i = assign[k]
        if m.head < 0 or clusters[c_i].kind not in {"group", "organization"} or clusters[c_i].named:
            continue
        head = fold(doc[m.head].text)
        family = p.same_people.get(head)
        keys = [("head", head), *([("family", str(family))] if family is not None else [])]
        first = fold(doc[m.start].text)
        # a group of the same people after a definite or demonstrative determiner; the same
        # noun repeated after one ("quelques associations … ces associations", "FSB-style officers
        # … the officers"): the group its modifiers or complement told apart, taken up by its noun
        wanted = {key for key, ok in ((("family", str(family)), family is not None and first in p.anaphoric),
                                      (("head", head), first in p.anaphoric)) if ok}
        n = text.sent_no(doc[m.start])
        # (a phrase whose complement names other things than the complement of the group's own description
        # describes another group: "a group of senators … the main group of oil companies" are two, "the
        # authors … the authors of the report" one)
        described = p.complemented(doc[m.head], m.end)
        if wanted:
            # (the same noun takes up its group however far back; a kindred noun, within twelve sentences)
            earlier = next((c for s, key, c in reversed(seen) if key in wanted and c != c_i
                            and (key[0] == "head" or text.distance(s, n) <= _TAKE_UP_SENTENCES)
                            and not (described and _other_complement(m, doc, clusters[c], p))), None)
            if earlier is not None:
                _merge(clusters, assign, c_i, earlier)
                c_i = earlier
        elif not m.names and not any(w in p.determiners or w in p.quantifiers or w in p.contrastive or t.like_num
                                     for t in doc[max(0, m.start - 1) : m.start + 1] if (w := fold(t.text))):
            # a bare phrase that ends the name of a group named shortly before, its modifiers left out
            # ("Syrian state media … state media reported", "NASA scientists … scientists said"): that group
            tail = " " + fold(strip_determiner(m.text, p))
            earlier = next((c for s, key, c in reversed(seen) if key == ("head", head) and c != c_i
                            and text.distance(s, n) <= _TAKE_UP_SENTENCES
                            and any(fold(strip_determiner(name, p)).endswith(tail)
                                    for name in (clusters[c].name, *clusters[c].aliases))), None)
            if earlier is not None:
                _merge(clusters, assign, c_i, earlier)
                c_i = earlier
        # (a group told apart from others, "other scientists", is not the one a kindred noun takes up later)
        if any(fold(t.text) in p.contrastive for t in doc[m.start : min(m.start + 2, m.head)]):
            keys = keys[:1]
        seen.extend((n, key, c_i) for key in keys)


def _members_of(text: Document, p: LanguageProfile, mentions: tuple[Mention, ...], clusters: list[_Cluster],
                assign: dict[int, int]) -> None:
    """The members of a body or the adherents of a movement, named by a noun of members whose "of"
    complement is the body's name ("les islamistes du Front X", "the deputies of the X Party"), are
    that body: the unnamed group joins it, with its other mentions ("les islamistes" later). A name
    that complements a noun of members names a body, not a person."""
    doc = text.doc
    named_at = {i: k for k, m in enumerate(mentions) if m.source != "nominal" for i in range(m.start, m.end)}
    for k, m in enumerate(mentions):
        c_i = assign[k]
        if m.source != "nominal" or m.head < 0 or clusters[c_i].named or clusters[c_i].kind != "group" \
                or fold(doc[m.head].text) not in p.members:
            continue
        for prep, noun in p.pp_objects(doc[m.head]):
            j = named_at.get(noun.i)
            if prep not in p.grammar.of_preps or j is None or not noun.i > m.head:
                continue
            body = assign[j]
            c = clusters[body]
            if body == c_i or not c.named or c.kind not in {"organization", "group", "person"}:
                continue
            if c.kind == "person" and (len(name_words(c.name)) < 2 or name_words(c.name)[0] in first_names()
                                       or c.role is not None):
                continue  # "the supporters of Jan Roe": a person's, not a body's
            c.kind = "organization" if c.kind == "person" else c.kind
            _merge(clusters, assign, c_i, body)
            break


def _nationals_as_state(text: Document, p: LanguageProfile, mentions: tuple[Mention, ...], clusters: list[_Cluster],
                        assign: dict[int, int]) -> None:
    """A country's nationals named as a whole, by the definite plural of its nationality noun and no
    other word ("the Valdorians said …", "les Valdoriens ont affirmé …"), in a text that names that
    country as an actor, are its state speaking: their actor joins the country's. Nationals counted,
    qualified or without the article ("thousands of Valdorians", "young Valdorians") stay people."""
    doc = text.doc
    nationality = demonyms(p.language)
    live = set(assign.values())
    states = {c.country: c_i for c_i, c in enumerate(clusters) if c.kind == "country" and c.country and c_i in live}
    for c_i, c in enumerate(clusters):
        if c.kind == "country" or c_i not in live:
            continue
        codes: set[str | None] = set()
        for k in (k for k, x in assign.items() if x == c_i):
            codes.add(_nationals_of(doc, p, mentions[k], nationality))
            if None in codes:
                break
        code = next(iter(codes)) if len(codes) == 1 else None
        if code is not None and code in states:
            _merge(clusters, assign, c_i, states[code])
            live.discard(c_i)


def _nationals_of(doc: Any, p: LanguageProfile, m: Mention, nationality: dict[str, str]) -> str | None:
    """The country whose nationals mention ``m`` names as a whole, by the definite plural of their
    nationality noun and no other word (no number, no adjective), or None."""
    words = fold(m.text).split()
    article = words[0] if len(words) == 2 else (fold(doc[m.start - 1].text) if m.start > 0 else "")
    # the noun is the adjective, or its plural in -s ("Valdorians")
    code = nationality.get(words[-1]) or (nationality.get(words[-1][:-1]) if words[-1].endswith("s") else None)
    if len(words) > 2 or article not in p.definite or not p.is_plural(doc[m.end - 1]) or code is None \
            or any(t.like_num or t.pos_ == "ADJ" for t in doc[m.start : m.end - 1]):
        return None
    return code


def _spokes_of(p: LanguageProfile, clusters: list[_Cluster], assign: dict[int, int]) -> None:
    """Those named as speaking for a body or a group the text names otherwise ("the leaders of the
    dock unions", "les porte-parole des grévistes", "the X union's representatives" aside) are that
    body or group: the unnamed phrase "<spokes noun> of <name>" joins the actor of that name."""
    for c_i, c in enumerate(clusters):
        words = fold(strip_determiner(c.name, p)).split()
        if c.named or len(words) < 3 or words[0] not in p.spokes or words[1] not in p.grammar.of_preps:
            continue
        rest = fold(strip_determiner(" ".join(words[2:]), p))
        target = next((j for j, o in enumerate(clusters) if j != c_i and o.kind in {"organization", "country", "group"}
                       and rest in o.folded() and any(x == j for x in assign.values())), None)
        if target is not None:
            _merge(clusters, assign, c_i, target)


def _named_next(text: Document, p: LanguageProfile, mentions: tuple[Mention, ...], clusters: list[_Cluster],
                assign: dict[int, int]) -> None:
    """A news lead that gives a person's office first and the name next: "Le ministre de la Pêche a
    déclaré … . Jean Roux reconnaît …". A definite title of a particular office (with a complement or
    a qualifier), held by no one named, is the person named next when that person is named first in
    the very next sentence of the paragraph, is the first person named after the title (outside any quotation),
    has no title of their own, and no gender tells them apart."""
    doc = text.doc
    order = sorted(assign, key=lambda k: mentions[k].start)
    for c_i, c in enumerate(clusters):
        words = fold(strip_determiner(c.name, p)).split()
        if c.kind != "person" or c.named or len(words) < 2 or c.role is not None \
                or not any(p.is_role(w) for w in words) or any(w in p.relations for w in words):
            continue
        own = [k for k in order if assign[k] == c_i]
        if not own or fold(doc[mentions[own[0]].start].text) not in p.definite:
            continue
        first = mentions[own[0]]
        after = next((k for k in order if mentions[k].start >= first.end and assign[k] != c_i
                      and clusters[assign[k]].kind == "person"), None)
        if after is None or text.quoted(doc[mentions[after].start]):
            continue  # (a name in someone's quoted words is who they speak of, no lead naming the title's holder)
        target = clusters[assign[after]]
        at, there = text.sent_no(doc[first.start]), text.sent_no(doc[mentions[after].start])
        named_before = any(assign[k] == assign[after] and mentions[k].start < first.start for k in order)
        genders = {m.gender for k in order if assign[k] in {c_i, assign[after]}
                   for m in (mentions[k],) if m.gender in {"Masc", "Fem"}}
        if not target.named or named_before or there != at + 1 or text.para_of_sent[at] != text.para_of_sent[there] \
                or any(mentions[k].role for k in order if assign[k] == assign[after]) or len(genders) > 1 \
                or len(name_words(mentions[after].text)) < 2:
            continue
        _merge(clusters, assign, c_i, assign[after])


def _other_complement(m: Mention, doc: Any, c: _Cluster, p: LanguageProfile) -> bool:
    """Whether the complement after the head of the nominal mention ``m`` names nouns that no name of the
    group ``c`` holds, when that group was described with a complement of its own (its name runs past
    its head): the two descriptions tell two groups apart."""
    names = [strip_determiner(x, p) for x in (c.name, *c.aliases)]
    held = {fold(w) for x in names for w in x.split()}
    if all(len(x.split()) < 2 for x in names):
        return False  # (a group named by its noun alone, "the authors", is elaborated, not told apart)
    nouns = {fold(t.text) for t in doc[m.head + 1 : m.end] if t.pos_ in {"NOUN", "PROPN"}}
    return bool(nouns) and not nouns <= held


def _merge(clusters: list[_Cluster], assign: dict[int, int], src: int, dst: int) -> None:
    """Cluster ``src`` is ``dst``: its names become aliases of ``dst``, its mentions ``dst``'s."""
    for spelled in (clusters[src].name, *clusters[src].aliases):
        clusters[dst].alias(spelled)
    for mk, owner in list(assign.items()):
        if owner == src:
            assign[mk] = dst


def _short_forms(p: LanguageProfile, clusters: list[_Cluster], assign: dict[int, int]) -> None:
    """A body's one-word name made of the beginnings of the words of its long name, in order
    ("Benelux", "Interpol": syllables, not initials) is that body (see :func:`_syllabic`); so is
    its long name cut to the head word its complement hangs on ("the House" for "the House of
    Representatives")."""
    live = set(assign.values())
    for c_i, c in enumerate(clusters):
        if c.kind not in {"organization", "other"} or not c.named or c_i not in live or len(c.name.split()) != 1:
            continue
        short = re.sub(r"[^a-z]", "", fold(c.name))
        bodies = [(j, o) for j, o in enumerate(clusters) if j != c_i and j in live and o.kind == "organization"
                  and o.named]
        longs = [j for j, o in bodies if _syllabic(short, [w for w in re.split(r"[\s'’-]+", fold(o.name))
                                                          if w and w not in p.grammar.minor])]
        if not longs and c.name[:1].isupper():
            # the head word its complement hangs on ("the House" for "the House of Representatives", « la
            # Cour » for « la Cour de cassation »), when one body's name opens so — whatever type the entity
            # recogniser gave the short form (it reads « la Cour » as a place as readily as a body)
            head = fold(c.name)
            longs = [j for j, o in bodies if len(words := fold(o.name).split()) >= 3 and words[0] == head
                     and words[1] in p.grammar.of_preps]
        if len(longs) == 1:
            _merge(clusters, assign, c_i, longs[0])
            live.discard(c_i)


def _syllabic(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the beginnings (two letters or more each) of some of ``words`` in order, the
    first word's first, in three pieces or more, or two of three letters or more ("febelfin" from
    "fédération belge du secteur financier")."""
    if len(words) < 2 or len(short) < 5:
        return False

    def spell(pos: int, start: int, pieces: tuple[int, ...]) -> bool:
        if pos == len(short):
            return len(pieces) >= 3 or (len(pieces) == 2 and min(pieces) >= 3)
        for j in range(start, len(words) if pos else 1):
            for n in range(min(len(words[j]), len(short) - pos), 1, -1):
                if short[pos : pos + n] == words[j][:n] and spell(pos + n, j + 1, (*pieces, n)):
                    return True
        return False

    return spell(0, 0, ())


def _nationally_qualified(name: str, clusters: list[_Cluster], language: str) -> int | None:
    """The named body whose name is ``name`` (folded, no determiner) with a nationality adjective
    before or after it, if exactly one is."""
    if not name:
        return None
    nationality = demonyms(language)
    found = []
    for c_i, c in enumerate(clusters):
        full = fold(c.name)
        if c.kind != "organization" or not c.named or full == name:
            continue
        if (full.startswith(name + " ") and full[len(name) + 1 :] in nationality) \
                or (full.endswith(" " + name) and full[: -len(name) - 1] in nationality):
            found.append(c_i)
    return found[0] if len(found) == 1 else None


def _complement_left_out(key: str, clusters: list[_Cluster], p: LanguageProfile) -> int | None:
    """The one named body whose name is ``key`` followed by an "of" complement, if one is."""
    found = [c_i for c_i, c in enumerate(clusters) if c.kind == "organization" and c.named
             and any(fold(c.name).startswith(f"{key} {prep} ") or (prep.endswith("'")
                     and fold(c.name).startswith(f"{key} {prep}")) for prep in p.grammar.of_preps)]
    return found[0] if len(found) == 1 else None


def _name_cores(name: str, p: LanguageProfile) -> tuple[str, ...]:
    """A body's folded name, and that name cut before each of its "of" complements ("department of health of
    the philippines", "department of health"; "independent electoral commission of valdoria", "independent
    electoral commission"): a description of the body may leave out what the complement says (its place)."""
    return _cores(name, p.grammar.of_preps)


@cache
def _cores(name: str, of_preps: frozenset[str]) -> tuple[str, ...]:
    words = fold(name).split()
    return (" ".join(words), *(" ".join(words[:i]) for i in range(len(words) - 1, 1, -1) if words[i] in of_preps))


def _without_nationality(name: str, language: str) -> str:
    """A body's name without the nationality adjective that opens or ends it."""
    words = name.split()
    nationality = demonyms(language)
    if len(words) > 2 and fold(words[-1]) in nationality:
        return " ".join(words[:-1])
    if len(words) > 2 and fold(words[0]) in nationality:
        return " ".join(words[1:])
    return name


def _place_body(name: str, p: LanguageProfile) -> bool:
    """Whether a body's name is its common noun of a body and the proper name of its place ("conseil
    municipal de Velmar", "Velmar city council", "tribunal de Lyon"): the body of that place."""
    words = [w for w in re.split(r"[\s'’]+", strip_determiner(name, p)) if w]
    heads = p.institution_heads | {w for w in p.org_nouns if w not in p.generic_orgs}
    return any(fold(w) in heads and w[:1].islower() for w in words) and any(w[:1].isupper() for w in words[1:])


def _bare_plural(head: Any, p: LanguageProfile) -> bool:
    """Whether an English plural noun with no determiner is the subject of a past event ("Residents
    of the old town complained", "Dock workers blocked the road"): English names a definite group of
    the news so, where French puts the article ("les habitants"); a present tense says what such
    people do in general."""
    verb = head.head
    # … and a bare plural says which people when a word or a complement sets them apart ("Dock
    # workers", "Residents of the east bank"); alone ("Officials", "Researchers") it is anyone such
    # (not "researchers from the X Institute": the body they belong to acts through them; "other
    # people", not "people of …")
    # (nor "members of the X": a body's part speaks for it)
    word = fold(head.text)
    which = word not in p.spokes and any(
        c.dep_ in {"compound", "amod"} or (c.dep_ == "prep" and word not in p.vague and not any(
            g.ent_type_ == "ORG" for g in c.subtree)) for c in head.children)
    return p.language == "en" and head.tag_ == "NNS" and which and not any(p.has(c, "det") or c.dep_ == "poss"
                                                                           for c in head.children) \
        and (verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)
             or any(c.dep_ == "aux" and fold(c.text) in {"have", "has"} for c in verb.children))


def _heads(words: list[str], p: LanguageProfile) -> set[str]:
    """Where a name's head noun is: its first word (French), its last (English), or the word
    before its first "of" complement ("the Regional Assembly of Norland", "the United States House
    of Representatives": the Assembly, the House)."""
    of = next((n for n, w in enumerate(words) if n > 1 and w in p.grammar.of_preps), None)
    return {words[0], words[-1]} | ({words[of - 1]} if of is not None else set())


def _institution(name: str, p: LanguageProfile) -> bool:
    """Whether ``name`` is the proper name of a body: two words or more, one of them a body's
    head noun ("Labour Party", "Ligue arabe", "the Forestry Commission"); "the party" is not."""
    words = [w for w in re.split(r"[\s'’]+", fold(strip_determiner(name, p))) if w and w not in p.grammar.minor]
    return len(words) >= 2 and any(w in p.institution_heads for w in words)


def _paren_acronym(m: Mention, doc: Any, p: LanguageProfile) -> str | None:
    """The acronym in parentheses right after a body's name, or after the complement in lower case
    that ends the name where the recogniser stopped short ("le Conseil norvégien pour les réfugiés
    (NRC)", "the Council for Refugee Affairs (CRA)")."""
    at = m.end
    while at < len(doc) and at - m.end < 5 and doc[at].text != "(" and (
            (doc[at].is_alpha and doc[at].text.islower()) or fold(doc[at].text) in p.grammar.elided):
        at += 1
    if at > m.end and not any(doc[j].pos_ == "ADP" for j in range(m.end, at)):
        return None  # a complement opens on a preposition: "pour les réfugiés", not "a annoncé"
    if not (at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")"):
        return None
    acro = doc[at + 1].text
    return acro if acro.isupper() and 2 <= len(acro) <= 8 else None


def _spelt_acronym(m: Mention, doc: Any, p: LanguageProfile) -> str | None:
    """The acronym right before a body's name in parentheses, the name spelling it out ("l'UNR
    (Union nationale des riverains)", "the CFB (Coastal Fisheries Board)"): the initials of the
    name's words, its small words aside, are the acronym's letters."""
    if m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "(" or doc[m.end].text != ")":
        return None
    acro = doc[m.start - 2].text
    if not acronym(acro):
        return None
    words = [w for w in re.split(r"[\s'’-]+", doc[m.start : m.end].text) if w]
    initials = "".join(w[0] for w in words if fold(w) not in p.grammar.name_small).upper()
    return acro if initials == acro else None


def _company_of(word: str, clusters: list[_Cluster], p: LanguageProfile) -> int | None:
    """The one company named before whose name is ``word`` (folded) followed only by legal forms
    and trade words ("Velkor Mining Ltd", "Orlan Télécom SA"): the word alone names it."""
    found = [c_i for c_i, c in enumerate(clusters) if c.kind == "organization" and c.named
             and p.company_stem(name_words(c.name)) == word]
    return found[0] if len(found) == 1 else None


def _poster(m: Mention, doc: Any, mentions: tuple[Mention, ...], assign: dict[int, int],
            clusters: list[_Cluster], p: LanguageProfile) -> int | None:
    """A handle heading a quoted post ("@handle: …") right after a colon that ends a sentence naming
    one person ("Jane Roe tweeted:", "Ana Ruiz a écrit :"): the post, and the handle, are hers — not
    when the sentence passes on some of others' ("X translated some of the replies:", "X en a
    traduit quelques-unes :"), nor when the name only qualifies the noun of those who speak ("Mira Velde fans have
    criticized the ban:", "Roe's supporters wrote:")."""
    j = m.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 1 or doc[j].text != ":" or m.end >= len(doc) or doc[m.end].text != ":":
        return None
    sent = doc[j].sent
    if any(p.has(t, "object") and fold(t.text) in p.quantifiers for t in doc[sent.start : j]):
        return None
    owners = {assign[k] for k, x in enumerate(mentions) if k in assign and x.source != "handle"
              and sent.start <= x.start and x.end <= j and clusters[assign[k]].kind == "person"
              and clusters[assign[k]].named and not _qualifies_noun(x, doc, p)}
    return next(iter(owners)) if len(owners) == 1 else None


def _qualifies_noun(m: Mention, doc: Any, p: LanguageProfile) -> bool:
    """Whether the name ``m`` is the compound or the possessor of a common noun after it ("Mira Velde fans", "Roe's
    supporters"): it tells whose those are, and they are the ones named."""
    root = name_root(doc, m)
    return (p.has(root, "compound") or p.has(root, "possessive")) and root.head.i >= m.end \
        and root.head.pos_ == "NOUN"


def _handle_owner(handle: str, persons: list[int], clusters: list[_Cluster]) -> int | None:
    """The person a social handle spells: "@janeroe", "@roe_j", "@j_roe" (the surname, or
    the whole name run together), or a long first name only one person has ("@im_marwa")."""
    letters = re.sub(r"[^a-z]", "", fold(handle))
    if not letters:
        return None  # a handle in another script spells no name written in Latin letters
    by_surname: list[int] = []
    by_first: list[int] = []
    for c_i in persons:
        words = [re.sub(r"[^a-z]", "", w) for w in name_words(clusters[c_i].name)]
        if len(words) < 2:
            continue
        surname = "".join(words[1:])
        if "".join(words) in letters or (len(surname) >= 4 and surname in letters):
            by_surname.append(c_i)
        elif len(words[0]) >= 4 and words[0] in letters:
            by_first.append(c_i)
    if len(by_surname) == 1:
        return by_surname[0]
    return by_first[0] if not by_surname and len(by_first) == 1 else None


def _handle_spells(handle: str, clusters: list[_Cluster]) -> int | None:
    """The one named actor whose name, run together, the handle spells whole ("@savethedunes" is
    Save the Dunes), or holds as a surname of five letters or more ("@MarcoValdez" is Valdez named
    alone); None when several or none do."""
    letters = re.sub(r"[^a-z]", "", fold(handle))
    if not letters:
        return None  # (nor, in another script, whatever name has no Latin letter either)
    found: set[int] = set()
    for c_i, c in enumerate(clusters):
        if not c.named or c.kind not in {"person", "organization"} or c.name.startswith("@"):
            continue
        for name in (c.name, *c.aliases):
            run = re.sub(r"[^a-z]", "", fold(name))
            if run == letters or (len(name_words(name)) == 1 and len(run) >= 5 and letters.endswith(run)):
                found.add(c_i)
    return next(iter(found)) if len(found) == 1 else None


def _names_a_building(start: int, end: int, doc: Any, buildings: frozenset[str]) -> bool:
    """Whether a name is given to a building or a site: a noun of one right after it ("the X
    Museum", "X airport") or right before it ("l'école X", "la mosquée X")."""
    return (end < len(doc) and fold(doc[end].text) in buildings) or (
        start > 0 and fold(doc[start - 1].text) in buildings and doc[start - 1].pos_ == "NOUN")


def _names_a_thing(start: int, end: int, doc: Any, p: LanguageProfile) -> bool:
    """Whether a name is given to a thing of some kind: the modifier of a common noun of no body,
    group, person or statement that follows it ("the Orvo trial"), a name hanging on such a noun
    right before it ("le projet Orvo") or modified by it ("the drug Orvax"), or in apposition with
    one ("one vaccine, Orvax," / "un vaccin, Orvax,")."""
    head = doc[start:end].root
    up = head.head
    if up.i != head.i and not start <= up.i < end and thing_noun(up, p):
        if p.has(head, "compound") and up.i == end:  # "the Orvo trial"
            return True
        if p.has(head, "apposition") and up.i < start and doc[start - 1].text == ",":  # "a vaccine, Orvax,"
            return True
        if up.i == start - 1 and not any(p.has(c, "case") for c in head.children):  # "le projet Orvo"
            return True
    # "the drug Orvax": the class noun before the name, its modifier
    return start > 0 and doc[start - 1].head.i == head.i and p.has(doc[start - 1], "compound") \
        and thing_noun(doc[start - 1], p)


def thing_noun(tok: Any, p: LanguageProfile) -> bool:
    """Whether ``tok`` is a common noun of a thing: of no body, group, person or statement."""
    word = fold(tok.text)
    return tok.pos_ == "NOUN" and not tok.text[:1].isupper() and word.isalpha() and not (
        p.is_body_noun(word) or p.is_group(word) or p.is_role(word)
        or word in p.spokes or word in p.statement_nouns or word in p.same_people
        or word in p.masculine or word in p.feminine or p.is_agent_plural(tok.text))


def _located(tok: Any, p: LanguageProfile) -> bool:
    """Whether a name's head follows a preposition of place ("à Port-Aldo", "near Port Aldo"),
    itself or the first of the names it is coordinated with ("in Aldo, Brenn and Calo"); not when
    the preposition hangs on a noun of people or of statements, whose complement is where they
    belong or what the statement comes from ("researchers from the X Institute", "others in the X
    Party", "a release from X")."""
    while (p.has(tok, "name_part") or p.has(tok, "compound") or p.has(tok, "conj")) and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj":
        prep, owner = tok.head, tok.head.head
    else:
        prep = next((c for c in tok.children if p.has(c, "case") and fold(c.text) in p.locative), None)
        owner = tok.head
    if prep is None or fold(prep.text) not in p.locative:
        return False
    word = fold(owner.text)
    return not (owner.pos_ in {"NOUN", "PRON"} and owner.i != tok.i and (
        p.is_group(word) or p.is_role(word) or p.is_agent_plural(owner.text) or word in p.spokes
        or word in p.same_people or word in p.statement_nouns or word in p.quantifiers))


def _introduced_as_relative(m: Mention, doc: Any, p: LanguageProfile) -> bool:
    """Whether a person's name follows a noun of a relation to someone, in apposition or not ("his
    daughter Nettie Vos", « sa fille, Nettie Vos »), or has one for its title."""
    if m.role and any(w in p.relations for w in fold(m.role).split()):
        return True
    at = m.start - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1
    return at >= 0 and doc[at].pos_ == "NOUN" and fold(doc[at].text) in p.relations


def _share_surnames(clusters: list[_Cluster], called: dict[int, set[str]]) -> None:
    """A surname two people named in full share ("Ana Ruiz", "Pablo Ruiz") names, alone, only the
    one(s) the text calls by it, or the first named when it calls neither: it is no name of the
    other (a relative, a namesake), who is told apart by the first name every time."""
    bearers: dict[str, list[int]] = {}
    for c_i, c in enumerate(clusters):
        if c.kind == "person" and c.named and len(words := name_words(c.name)) >= 2:
            bearers.setdefault(words[-1], []).append(c_i)
    for surname, held in bearers.items():
        if len(held) < 2:
            continue
        keep = [c_i for c_i in held if surname in called.get(c_i, set())] \
            or [min(held, key=lambda c_i: clusters[c_i].first)]
        for c_i in held:
            if c_i not in keep:
                clusters[c_i].aliases = [a for a in clusters[c_i].aliases if fold(a) != surname]


def _one_letter_off(a: str, b: str, anywhere: bool = False) -> bool:
    """Two spellings of one transliterated surname: as long, five letters or more, the first three
    alike (unless ``anywhere``: the first names already match), and a single letter different
    ("Sarea" / "Saree")."""
    return len(a) == len(b) >= 5 and (anywhere or a[:3] == b[:3]) \
        and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _particle_surname(short: list[str], full: list[str], p: LanguageProfile) -> bool:
    """ "Al-Tawfi" names "Karim El Tawfy": a particle and a surname alone, the surname the full name's last word or a
    transliteration's variant of it one letter off, whatever the particle's spelling."""
    return len(short) == 2 and short[0] in p.particles and len(full) >= 2 and (
        full[-1] == short[1] or _one_letter_off(full[-1], short[1]))


def _middle_left_out(short: list[str], full: list[str]) -> bool:
    """ "Ana Soto" names "Ana Maria Soto" (a middle name left out) and "Ana Ruiz" names "Ana M. Ruiz
    Soto": the same first name, then the short name's other words in the long one's order, its last
    among the long one's surnames (not its first name)."""
    if not 2 <= len(short) < len(full) or short[0] != full[0]:
        return False
    at = 1
    for word in short[1:]:
        while at < len(full) and full[at] != word:
            at += 1
        if at == len(full):
            return False
        at += 1
    return True


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """ "J P Morel" (from "J-P Morel") abbreviates "Jean Paul Morel"."""
    if len(short) != len(full) or short[-1] != full[-1]:
        return False
    pairs = zip(short[:-1], full[:-1], strict=True)
    return all(len(a.rstrip(".")) == 1 and b.startswith(a.rstrip(".")) for a, b in pairs)


def _gender_clash(m: Mention, c: _Cluster) -> bool:
    """Whether a gendered mention (« la ministre ») names a person of the other gender only."""
    return m.gender in {"Masc", "Fem"} and c.kind == "person" and bool(c.genders) \
        and m.gender not in c.genders


def _nominal_target(m: Mention, clusters: list[_Cluster], p: LanguageProfile, doc: Any) -> int | None:
    """A nominal phrase that repeats a title or role tied to a named actor is that actor; so
    is a spokes-noun phrase on a named body ("a transport ministry spokesman"). A title takes up a
    holder named before it, never one the text names only later: a definite description refers back."""
    key = fold(strip_determiner(m.text, p))
    at = doc[m.start].idx
    holders = {c_i for c_i in _office_holders(m, clusters, p, doc) if clusters[c_i].first < at
               and not _gender_clash(m, clusters[c_i])}
    if holders:  # a title: its one holder, none when two named persons hold it
        return next(iter(holders)) if len(holders) == 1 else None
    # (an indefinite phrase introduces someone new: "a journalist said …" after "Journalist Jane
    # Roe reported …" is another journalist, "a court ruled …" after "the X Court" another court)
    fresh = _introduces(m, p)
    for c_i, c in enumerate(clusters):
        if c.named and not fresh and key in {fold(strip_determiner(a, p)) for a in c.aliases}:
            return c_i
    words = key.split()
    body = [w for w in words if w not in p.spokes]
    if body and len(body) < len(words):
        # the body's name, or its end after its state ("a defense ministry spokesman" of "Valdoria's
        # Defense Ministry")
        named = " ".join(body)
        bodies = [c_i for c_i, c in enumerate(clusters) if c.named and c.kind in {"organization", "country"}]
        for c_i in bodies:
            if named in clusters[c_i].folded():
                return c_i
        ends = [c_i for c_i in bodies if any(n.endswith(f" {named}") for n in clusters[c_i].folded())]
        if len(ends) == 1:
            return ends[0]
        # or the one body described before by that noun, though it has no name ("the education department
        # will close …" … "a department spokesman said")
        unnamed = [c_i for c_i, c in enumerate(clusters) if not c.named and c.kind == "organization"
                   and c.first < at and any(n == named or n.endswith(f" {named}") for n in c.folded())]
        if not ends and len(unnamed) == 1:
            return unnamed[0]
    if fresh:
        return None
    if len(words) == 1 and words[0] in p.state_nouns and m.kind != "group":
        # "the government" where one state's government is named ("the Syrian government", "le
        # gouvernement français"): that state (not "the authorities": people of any state)
        states = [c_i for c_i, c in enumerate(clusters) if c.kind == "country"
                  and any(words[0] in fold(a).split() for a in (c.name, *c.aliases))]
        if len(states) == 1:
            return states[0]
    if len(words) == 1 and m.kind != "group":  # "the Commission" after "the European Commission"
        # (not "les pêcheurs" after "la Fédération des pêcheurs": the people a body is named for)
        # (of two such bodies, "the university" after "X University" and "the University of Y",
        # none here: the description takes up the one named last, see ``_described_body``)
        holding = [c_i for c_i, c in enumerate(clusters) if c.kind == "organization" and c.named
                   and words[0] in fold(c.name).split() and len(fold(c.name).split()) > 1]
        if len(holding) == 1:
            return holding[0]
        if not holding:
            # a body described before, with no name, by a phrase whose head is this noun, last before its
            # complements or first before its modifiers ("the regional health authority … the authority",
            # "the ministry of fisheries … the ministry", "la régie municipale … la régie"): that body,
            # when it is the one so described
            described = _described_only(clusters, "organization", words[0])
            if described is not None:
                return described
    if len(words) == 1 and m.kind == "person":
        # a person described before with no name by a phrase this noun heads ("a police spokesperson … the
        # spokesperson", « une porte-parole de la police … la porte-parole »): that person, when the only one
        return _described_only(clusters, "person", words[0])
    return None


def _described_only(clusters: list[_Cluster], kind: str, noun: str) -> int | None:
    """The one actor of ``kind`` described before with no name by a phrase of several words that ``noun``
    heads, last before its complements or first before its modifiers; None when none or several."""
    described = [c_i for c_i, c in enumerate(clusters) if c.kind == kind and not c.named
                 and len(name := fold(c.name).split()) > 1 and noun in (name[0], name[-1])]
    return described[0] if len(described) == 1 else None


def _introduces(m: Mention, p: LanguageProfile) -> bool:
    """Whether a description opens on an indefinite determiner ("a court", "une association",
    "another minister"): it introduces a referent of its own, never one named before."""
    words = fold(m.text).split()
    return m.source == "nominal" and len(words) > 1 and words[0] in p.indefinite


def _named_by_participle(m: Mention, doc: Any, p: LanguageProfile, mentions: tuple[Mention, ...],
                         assign: dict[int, int], clusters: list[_Cluster]) -> int | None:
    """A description whose noun a participle of naming completes with a name ("a 23-year-old man called
    X", "une étudiante nommée X", ``grammar.naming_participles``) is the actor of that name; a person's
    description makes it a person's name, whatever the recogniser took it for ("a man called Tarvek")."""
    head = doc[m.head] if m.head >= 0 else None
    if head is None:
        return None
    for c in head.children:
        if not (p.has(c, "adnominal") and fold(c.text) in p.grammar.naming_participles):
            continue
        for g in c.children:
            k = next((k for k, other in enumerate(mentions) if other.start <= g.i < other.end
                      and other.source != "nominal" and k in assign), None)
            if k is not None and clusters[assign[k]].named and clusters[assign[k]].kind != "other":
                if m.kind == "person" and clusters[assign[k]].kind == "organization":
                    clusters[assign[k]].kind = "person"
                return assign[k]
    return None


def _self_named(m: Mention, doc: Any, p: LanguageProfile, mentions: tuple[Mention, ...],
                assign: dict[int, int], clusters: list[_Cluster]) -> int | None:
    """A description followed by a phrase by which its referent gives itself a name, then that name ("a user
    calling himself X", "another commenter, signing as X,", « un internaute se faisant appeler X »,
    ``grammar.self_naming``) is the actor of that name (a comma or a quotation mark may stand before the name)."""
    k = p.self_given_name_at(doc, m.head) if m.head >= 0 else None
    if k is None:
        return None
    while k < len(doc) and (doc[k].is_quote or doc[k].is_space):
        k += 1
    if k >= len(doc):
        return None
    j = next((j for j, other in enumerate(mentions) if other.start <= k < other.end and other.source != "nominal"
              and j in assign), None)
    if j is not None and clusters[assign[j]].named and clusters[assign[j]].kind == "person":
        return assign[j]
    return None


def _also_known_as(m: Mention, doc: Any, known_as: Mapping[int, int], mentions: tuple[Mention, ...],
                   assign: dict[int, int]) -> int | None:
    """A name after another name and a phrase by which one is known ("Joram Kitui, better known as Jojo,", "Fauzi, or
    more popularly known as Foke", "X, known locally as "Akong"", ``grammar.self_naming``) is another name of the
    actor named before it, there and wherever it recurs (``known_as``: mention index -> where the name after such a
    phrase starts)."""
    size = m.end - m.start
    key = fold(doc[m.start : m.end].text)
    for j, k in known_as.items():
        if j in assign and mentions[j].end <= m.start and k + size <= len(doc) and fold(doc[k : k + size].text) == key:
            return assign[j]
    return None


def _entourage_of(m: Mention, doc: Any, p: LanguageProfile, mentions: tuple[Mention, ...], assign: dict[int, int],
                  clusters: list[_Cluster]) -> int | None:
    """Those who work for one person, named by a noun of entourage with that person as possessor or
    "of" complement ("Jan Roe's office", "the mayor's staff", "le cabinet de la maire"), are that
    person: the named person, or the one named holder of the title."""
    head = doc[m.head] if m.head >= 0 else None
    if head is None or fold(head.text) not in p.entourage:
        return None
    owner = next((c for c in head.children if p.has(c, "possessive") and c.i < head.i), None)
    if owner is None:
        owner = next((g for prep, g in p.pp_objects(head) if prep in p.grammar.of_preps and g.i > head.i), None)
    if owner is None:
        return None
    for k, other in enumerate(mentions):
        c_i = assign.get(k)
        if c_i is not None and other.start <= owner.i < other.end and other.source != "nominal":
            return c_i if clusters[c_i].kind == "person" and clusters[c_i].named else None
    start = m.start if owner.i < head.i else next(t.i for t in owner.subtree if not p.has(t, "case"))
    title = Mention(start, owner.i + 1, doc[start : owner.i + 1].text, "person", "nominal", head=owner.i)
    holders = _office_holders(title, clusters, p, doc)
    return next(iter(holders)) if len(holders) == 1 else None


def _office(phrase: str, p: LanguageProfile) -> tuple[str, str | None]:
    """A title as the office it names, folded, without its determiner and its nationality adjective,
    under the usual one of its synonyms ("le chef du gouvernement français" -> "premier ministre",
    France), and the state the adjective names."""
    words = fold(strip_determiner(phrase, p)).split()
    nationality = demonyms(p.language)
    states = {nationality[w] for w in words if w in nationality}
    text = _same_role(" ".join(w for w in words if w not in nationality), p)
    # "the head of the fishermen's union" holds the office "the union leader" names: the role, after
    # the body its complement ends on, as a noun compound names it
    words = text.split()
    if len(words) >= 3 and words[1] in p.grammar.of_preps and p.is_role(words[0]):
        # (the body: the complement's first noun, after its determiner and any possessor: "head of
        # the fishermen's union", "chef du syndicat des pêcheurs")
        body = next((w for w in words[2:] if w not in p.determiners and not w.endswith(("'s", "'"))), None)
        if body is not None and body.isalpha():
            text = _same_role(f"{body} {words[0]}", p)
    return text, (next(iter(states)) if len(states) == 1 else None)


def _same_role(text: str, p: LanguageProfile) -> str:
    """A title under the usual one of its synonyms (``titles.same_roles``)."""
    for usual, *others in p.same_roles:
        for other in others:
            if text == other or text.startswith(other + " ") or text.endswith(" " + other):
                text = text.replace(other, usual, 1)
    return text


def _office_holders(m: Mention, clusters: list[_Cluster], p: LanguageProfile, doc: Any) -> set[int]:
    """A definite title alone, or the office of a single holder ("le premier ministre", "the
    Valdorian presidency"), is the one named person a title of that office is tied to ("the head of
    government, Ana Ruiz," / "President Jan Petrov of Valdoria"): the same office under another
    title, with the same state if it names one, or a title of which it is the head ("le ministre"
    for "le ministre de la Pêche"). The named persons who hold it: taken up only when one does.
    A title is definite by its article, or by the article a preposition before it holds (« le plan du
    ministre », « le cabinet du président »: "du" is "de le")."""
    text = fold(m.text)
    definite = any(text.startswith(d if d.endswith("'") else d + " ") for d in p.definite) or (
        m.start > 0 and p.holds_article(doc[m.start - 1]))
    if not definite or m.kind not in {"person", "organization"}:
        return set()
    office, state = _office(m.text, p)
    head = office.split()[0] if office else ""
    held = next((role for body, role in p.offices if body == head), None)
    if held is not None:
        office = " ".join([held, *office.split()[1:]])
    elif m.kind != "person":
        return set()
    if not office or not any(p.is_role(w) or w in p.roles for w in (office, *office.split())) \
            or any(w in p.relations for w in office.split()):
        return set()
    found: set[int] = set()
    for c_i, c in enumerate(clusters):
        if c.kind != "person" or not c.named:
            continue
        for alias in c.aliases:
            title, country = _office(alias, p)
            if (title == office or title.startswith(office + " ") or title.endswith(" " + office)) \
                    and (state is None or state in {country, c.country}) \
                    and not (set(title.split()) - set(office.split())) & p.other_office:
                found.add(c_i)
    return found


def _described_body(text: Document, p: LanguageProfile, m: Mention, mentions: tuple[Mention, ...],
                    assign: dict[int, int], clusters: list[_Cluster]) -> int | None:
    """A definite description of a body ("the agency", "la centrale syndicale", "the
    broadcaster") with no name and no complement of its own takes up a body named before it:
    in apposition to it ("X, principal syndicat des dockers,"), else the body named most
    recently within six sentences whose proper name holds no other head noun ("the network" is
    no "Party"; "the company" is not "the Paris Court"), one whose names hold the noun first."""
    doc = text.doc
    head = doc[m.head] if m.head >= 0 else None
    # (a lower-case word is a common noun whatever its tag: the tagger may take it for a proper noun)
    # (or its governing people: "la direction", "the management" is that of the body named before)
    if head is None or m.kind != "organization" or not (head.pos_ == "NOUN" or head.text.islower()) \
            or fold(head.text) not in p.org_nouns | p.governing \
            or "Plur" in head.morph.get("Number") or head.tag_ == "NNS":
        return None
    if any(c.pos_ == "PROPN" and p.has(c, "compound") and c.i > m.start and c.text[:1].isupper()
           for c in head.children):
        return None  # (a name before the noun names the body: "the IG Werk union" is none named before)
    if p.set_apart(head):
        return None  # "the rival party", « le parti adverse »: another body than the one named before
    noun = fold(head.text)

    def named_org(k: int) -> int | None:
        c_i = assign.get(k)
        return c_i if c_i is not None and clusters[c_i].named and clusters[c_i].kind == "organization" else None

    # apposition: the description beside a body's name
    for k, other in enumerate(mentions):
        if other.source == "nominal" or other.head < 0:
            continue
        o = doc[other.head]
        if (p.has(head, "apposition") and other.start <= head.head.i < other.end) or \
                (p.has(o, "apposition") and o.head.i == head.i):
            c_i = named_org(k)
            if c_i is not None:
                return c_i
        # the same told by the commas alone, whatever the parse: "X, principal syndicat des
        # dockers, a appelé …", "the carrier, Valdair, said …"
        if (other.end + 1 == m.start and doc[other.end].text == ","
                and (m.end >= len(doc) or doc[m.end].is_punct)) or \
                (m.end + 1 == other.start and doc[m.end].text == "," and m.start > 0
                 and (doc[m.start - 1].is_punct or doc[m.start - 1].is_sent_start or doc[m.start - 1].pos_ == "ADP")):
            c_i = named_org(k)
            if c_i is not None:
                return c_i
    det = next((c for c in head.children if p.has(c, "det")), None)
    if det is None or fold(det.text) not in p.definite:
        return None
    if p.complemented(head) and not all(c.pos_ == "VERB" or doc[c.i + 1].pos_ == "VERB" for c in head.children
                                        if c.i > head.i and (p.has(c, "nominal_mod") or c.dep_ in {"nmod", "prep"})):
        # "l'association des maires", "the union of dockers": a body of its own (not a complement that is an
        # act, the verb's: "accused the management of punishing …")
        return None
    kinds = (p.org_nouns | p.institution_heads) - p.generic_orgs  # "group", "company" name no kind of body
    n = text.sent_no(head)
    recent: list[tuple[int, int]] = []  # (token, cluster) of the named bodies before
    subjects: set[int] = set()  # the bodies among them named as a subject
    introduced: set[int] = set()  # the bodies among them named right after the description's noun
    people: set[int] = set()  # those named right after a plural noun of people that gives their class
    for k, other in enumerate(mentions):
        c_i = named_org(k)
        if c_i is None or other.start >= m.start or text.distance(text.sent_no(doc[other.start]), n) > 6:
            continue
        recent.append((other.start, c_i))
        if other.head >= 0 and p.has(doc[other.head], "subject"):
            subjects.add(c_i)
        cls = doc[class_noun_before(doc, other.start)] if other.start > 0 else None
        if cls is not None and fold(cls.text) == noun:
            introduced.add(c_i)  # « le quotidien genevois Le Matin »: the class noun before the name
        elif cls is not None and cls.pos_ == "NOUN" and cls.text.islower() \
                and ("Plur" in cls.morph.get("Number") or cls.tag_ == "NNS"):
            people.add(c_i)  # « le groupe de supporters Ultras 92 »: a group of people, no body of that noun
    recent.sort(reverse=True)
    order = list(dict.fromkeys(c_i for _, c_i in recent))
    # (a body introduced by that very noun before its name holds it, as one whose name holds it)
    holding = [c_i for c_i in order if c_i in introduced or any(noun in fold(x).replace("-", " ").split()
                                                                for x in (clusters[c_i].name, *clusters[c_i].aliases))]
    if holding:
        # of the bodies whose names hold the noun, the most salient: one named as a subject (the
        # topic of its clause) before one named only in a complement or a predicate ("the court"
        # after "the Court of Session ruled …; the only court above it is the Supreme Court"),
        # else the most recent
        return next((c_i for c_i in holding if c_i in subjects), holding[0])
    # an adjective that qualifies the description must be among the antecedent's words ("the
    # environmental organisation" is no body named otherwise), or a word of its family ("la
    # centrale syndicale" after "le syndicat X"); a nationality adjective or a noun of its trade
    # need not be ("the Swedish carmaker", "the space agency")
    nationality = demonyms(p.language)
    qualifiers = {fold(c.text) for c in head.children if c.pos_ == "ADJ" and c.is_alpha and c.i != det.i
                  and fold(c.text) not in nationality}
    for c_i in order:
        words = {w for x in (clusters[c_i].name, *clusters[c_i].aliases) for w in fold(x).replace("-", " ").split()}
        if c_i not in people and not set(fold(clusters[c_i].name).replace("-", " ").split()) & kinds \
                and all(any(_kin(q, w) for w in words) for q in qualifiers):
            return c_i
        break  # the body named last is of another kind: no guess past it
    return None


def _kin(a: str, b: str) -> bool:
    """Two words of one family: equal, or sharing their first six letters ("syndicale", "syndicat")."""
    return a == b or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6])


def _pronoun_genders(text: Document, p: LanguageProfile, clusters: list[_Cluster], token_actor: dict[int, int]) -> None:
    """A he/she (il/elle) subject in a sentence whose only person named before it (in that
    sentence, else the previous one of its paragraph) is one actor gives that actor's gender; not one inside
    quotation marks, nor one a paragraph after the name (a passage quoted after "X wrote:" speaks of others:
    "He needs proof …")."""
    previous: set[int] = set()
    gendered_bodies = p.language != "en"  # "la direction, elle, …": il/elle take up bodies too
    for n, sent in enumerate(text.sents):
        if n > 0 and text.para_of_sent[n] != text.para_of_sent[n - 1]:
            previous = set()
        seen: set[int] = set()
        body = False  # a body named before the pronoun in its sentence, which il/elle may take up
        for i in range(sent.start, sent.end):
            c_i = token_actor.get(i)
            if c_i is not None and clusters[c_i].kind == "person":
                seen.add(c_i)
                continue
            if c_i is not None and clusters[c_i].kind in {"organization", "country"}:
                body = True
                continue
            word = text.folded[i]
            pron = p.pronoun_word(word)
            if pron is not None and (not (word.startswith("-") or p.has(text.doc[i], "subject"))
                                     or text.quoted(text.doc[i])):
                pron = None
            if pron is None or pron.number != "Sing" or pron.gender not in {"Masc", "Fem"}:
                continue
            pool = seen or previous
            if gendered_bodies and body:
                continue
            if len(pool) == 1:
                clusters[next(iter(pool))].genders[pron.gender] += 2
        previous = seen or previous


def _role_names(role: str, p: LanguageProfile) -> tuple[str, ...]:
    """The names a title or role tied to a name gives its holder, as written and without its determiner; none for a
    mere form of address ("M.", "Dr.")."""
    bare = strip_determiner(role, p)
    return () if fold(bare) in p.honorifics else (role, bare)


def _neuter_speakers(text: Document, p: LanguageProfile, clusters: list[_Cluster], token_actor: dict[int, int]) -> None:
    """A one-word name the recogniser took for a person's, with nothing else marking it as one (no gender, no role),
    that says something of itself by a neuter pronoun ("Corvane said it would appeal"; a language whose pronouns
    have a neuter) is a body's name."""
    doc = text.doc
    for i, c_i in token_actor.items():
        c = clusters[c_i]
        tok = doc[i]
        if c.kind != "person" or c.genders or c.role is not None or len(name_words(c.name)) != 1 \
                or not p.has(tok, "subject") or not p.is_reporting_verb(tok.head):
            continue
        for clause in tok.head.children:
            if clause.i <= tok.head.i or clause.pos_ not in {"VERB", "AUX"}:
                continue
            pron = next((p.pronoun(s) for s in clause.children if p.has(s, "subject")), None)
            if pron is not None and pron.gender == "Neut" and pron.number == "Sing":
                c.kind = "organization"
                break


def slugs(names: list[str]) -> list[str]:
    used: set[str] = set()
    out = []
    for name in names:
        base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        out.append(slug)
    return out


def describe(actor: ActorInfo) -> dict[str, Any]:
    return {"name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases)}
