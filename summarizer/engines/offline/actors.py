"""Actors: named entities merged into one record per entity, with their aliases.

* persons: full name and surname ("Donald Trump", "Trump") are one actor;
* role descriptions tied to a named person become aliases: a role noun phrase right
  before the name ("le président russe Vladimir Poutine") or in apposition ("Le chef de
  la diplomatie française, Jean-Noël Barrot, …"); later mentions of the role resolve to
  the person;
* metonyms (Moscou → Russie) and institutions (Kremlin) come from the gazetteer;
* a collective noun that speaks ("le gouvernement a annoncé") becomes a group actor.

An actor is kept when it is a person, or when some mention acts: subject or agent of a
verb, or speaker of a claim. Places that only locate an event are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...schema import ActorKind
from .lexicon import Gazetteer, SpeechLexicon, fold

_PERSON = {"PER", "PERSON"}
_ORG = {"ORG"}
_PLACE = {"LOC", "GPE"}
_GROUP = {"NORP"}
_HONORIFICS = {"m.", "mme", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "me", "mgr", "sir"}
_DEFINITE = {"le", "la", "l'", "les", "the"}
_DETERMINERS = {"le", "la", "l'", "les", "the", "un", "une", "a", "an", "ce", "cette", "ces"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "obl:agent", "expl:subj"}
_CHAIN_DEPS = {"appos", "conj", "flat", "flat:name", "compound", "nmod:poss"}
_CLAUSE_DEPS = {"acl", "acl:relcl", "relcl", "ccomp", "advcl", "parataxis", "xcomp", "csubj", "punct"}
_ROLE_POS = {"NOUN", "ADJ", "ADP", "DET", "PROPN"}
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class ActorRecord:
    """An actor being built; turned into a schema Actor at the end."""

    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    acts: bool = False
    speaks: bool = False
    mentions: int = 0
    country: str | None = None  # the state an institution belongs to
    first: int = 0  # char offset of the first mention
    genders: dict[str, int] = field(default_factory=dict)  # 'Masc'/'Fem' -> votes

    @property
    def gender(self) -> str | None:
        """The gender the article shows for this actor ('Masc'/'Fem'), when it is clear."""
        masc, fem = self.genders.get("Masc", 0), self.genders.get("Fem", 0)
        return "Masc" if masc > fem else "Fem" if fem > masc else None

    def vote_gender(self, gender: str | None, weight: int = 1) -> None:
        if gender in {"Masc", "Fem"}:
            self.genders[gender] = self.genders.get(gender, 0) + weight

    @property
    def plural(self) -> bool:
        """A group named by a plural noun ("les rebelles", "protesters")."""
        return self.kind == "group" and fold(self.name).endswith(("s", "x"))

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split()).strip(" ,;:")
        if alias and fold(alias) not in {fold(n) for n in self.names()}:
            self.aliases.append(alias)

    def rename(self, name: str) -> None:
        if fold(name) != fold(self.name):
            old = self.name
            self.name = name
            self.aliases = [a for a in self.aliases if fold(a) != fold(name)]
            self.add_alias(old)


def strip_determiner(text: str) -> str:
    """'le président russe' → 'président russe'; "l'Élysée" → 'Élysée'."""
    t = text.strip()
    low = t.lower()
    for det in ("l'", "l’"):
        if low.startswith(det):
            return t[2:].strip()
    first, _, rest = t.partition(" ")
    if first.lower() in _DETERMINERS and rest:
        return rest.strip()
    return t


class ActorRegistry:
    """Every actor of one article and the ways to reach it from the text."""

    def __init__(self, lexicon: SpeechLexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.records: list[ActorRecord] = []
        self._by_fold: dict[str, ActorRecord] = {}
        self._surnames: dict[str, ActorRecord] = {}
        self.token_actor: dict[int, ActorRecord] = {}
        self._last: dict[int, int] = {}  # id(record) -> char offset of its latest mention so far

    # ----------------------------------------------------------------- registry
    def _index(self, record: ActorRecord, text: str) -> None:
        for variant in (text, strip_determiner(text)):
            key = fold(variant)
            if key and key not in self._by_fold:
                self._by_fold[key] = record

    def lookup(self, text: str) -> ActorRecord | None:
        """The actor named ``text`` (any alias, with or without determiner)."""
        return self._by_fold.get(fold(text)) or self._by_fold.get(fold(strip_determiner(text)))

    def _new(self, name: str, kind: ActorKind, at: int) -> ActorRecord:
        record = ActorRecord(name=name, kind=kind, first=at)
        self.records.append(record)
        self._index(record, name)
        return record

    def alias(self, record: ActorRecord, alias: str) -> None:
        record.add_alias(alias)
        self._index(record, alias)
        if strip_determiner(alias) != alias:
            record.add_alias(strip_determiner(alias))

    def get_or_create(self, name: str, kind: ActorKind, at: int) -> ActorRecord:
        found = self.lookup(name)
        return found if found is not None else self._new(name, kind, at)

    # ----------------------------------------------------------------- entities
    def add_entities(self, doc: Any, quoted: Iterable[tuple[int, int]] = ()) -> None:
        """Register the named entities of ``doc`` and map their tokens to actors.

        ``quoted`` are short quotations ("Witch Hunt garbage"): no actor is taken from them.
        """
        short = list(quoted)
        ents = [e for e in (self._clean(ent) for ent in doc.ents) if e is not None
                and not any(a <= e[0].start_char and e[0].end_char <= b for a, b in short)]
        # full names first, so that a lone surname finds its person
        for span, label in sorted(ents, key=lambda e: -len(e[0])):
            if label in _PERSON and len(span) >= 2:
                self._person(span)
        for span, label in sorted(ents, key=lambda e: e[0].start):
            record = self._entity(span, label)
            if record is None:
                continue
            record.mentions += 1
            record.first = min(record.first, span.start_char)
            self._last[id(record)] = span.start_char
            for tok in span:
                self.token_actor[tok.i] = record
            if self._acts(span):
                record.acts = True
            self._acronym(span, record)
        self._enumerations([span for span, _ in ents])
        self._merge_duplicates()
        for span, label in ents:
            if label in _PERSON:
                self._honorific(span)
                self._roles(span)
            elif label in _ORG:
                self._org_appositions(span)
                self._org_title(span)
        self.infer_genders(doc)

    def _clean(self, ent: Any) -> tuple[Any, str] | None:
        span = ent
        for k, tok in enumerate(span):
            if tok.text in {"(", "[", ",", "\n"} or tok.is_space:
                span = span[:k]
                break
        if not len(span):
            return None
        while len(span) > 1 and (span[0].lower_ in _DETERMINERS or span[0].is_punct):
            span = span[1:]
        if ent.label_ in _PERSON:
            # "président Obama", "M. Romney", "B. Obama": keep the name proper
            while len(span) > 1 and (span[0].text[:1].islower() or fold(span[0].text) in _HONORIFICS
                                     or (len(span[0].text) == 2 and span[0].text.endswith("."))):
                span = span[1:]
        label = ent.label_
        if label in _PERSON:
            # "Rami Abd al-Rahman", "Jean-Marie": a name goes on through a hyphen
            doc = span.doc
            end = span.end
            while end < len(doc) and not doc[end - 1].whitespace_ and (
                    doc[end].text in {"-", "‑"} or doc[end - 1].text.endswith(("-", "‑"))
                    or (doc[end - 1].text in {"-", "‑"} and doc[end].text[:1].isupper())):
                end += 1
            span = doc[span.start : end]
        while len(span) > 1 and (span[-1].is_punct or span[-1].lower_ in {"'s", "’s"}):
            span = span[:-1]
        if not span.text[:1].isupper() and not span.text[:1].isdigit():
            return None
        if len(span.text) < 2 or span[0].like_num:
            return None
        if label in _PERSON:
            if len(span) == 1 and span.text.isupper():
                label = "ORG"  # "BST", "NATO": an all-capital word names no person
            elif fold(span[-1].text) in _FACILITIES:
                label = "FAC"  # "John Radcliffe Hospital" is a building
            elif len(span) == 1 and span[0].is_sent_start and span[0].pos_ == "NOUN":
                return None  # "Photographs of …": a capitalised common noun
        return span, label

    def _person(self, span: Any) -> ActorRecord:
        text = span.text
        found = self.lookup(text)
        if found is None:
            folded = fold(text)
            found = next((r for r in self.records if r.kind == "person"
                          and (fold(r.name).startswith(folded + " ") or folded.startswith(fold(r.name) + " "))), None)
            if found is not None:
                if len(text) > len(found.name):
                    found.rename(text)
                self._index(found, text)
                self._index(found, found.name)
        if found is None:
            surname = fold(span[-1].text)
            found = self._surnames.get(surname)
            if found is not None and len(found.name.split()) >= 2 and len(text.split()) >= 2:
                found = None  # "Marine Le Pen" is not "Jean-Marie Le Pen"
            if found is not None and len(text) > len(found.name):
                found.rename(text)
                self._index(found, text)
            elif found is None:
                found = self._new(text, "person", span.start_char)
            self._surnames.setdefault(surname, found)
            self.alias(found, span[-1].text)
        return found

    def _entity(self, span: Any, label: str) -> ActorRecord | None:
        text = span.text
        key = fold(text)
        gaz = self.gazetteer
        if key in gaz.institutions:
            record = self.get_or_create(text, "organization", span.start_char)
            record.country = gaz.institutions[key]
            return record
        if key in gaz.metonyms:
            target = gaz.metonyms[key]
            record = self.get_or_create(target, "country", span.start_char)
            self.alias(record, text)
            return record
        if key in gaz.countries:
            canonical = gaz.countries[key]
            country = self.lookup(canonical) or self.lookup(text) or self._new(text, "country", span.start_char)
            record = country
            self.alias(record, canonical) if fold(canonical) != key else None
            return record
        found = self.lookup(text) or self._surnames.get(key)
        if found is None and label in _ORG and text.isupper() and 2 <= len(text) <= 6:
            found = next((r for r in self.records if r.kind == "organization" and _initials(r.name) == key), None)
            if found is not None:
                self.alias(found, text)
        if found is None and label in _ORG and len(span) == 1 and not text.isupper():
            # "le Conseil" after "le Conseil national syrien": the head word of the name
            # last mentioned stands for it
            heads = [r for r in self.records if r.kind == "organization" and len(fold(r.name).split()) > 1
                     and fold(r.name).split()[0] == key]
            found = max(heads, key=lambda r: self._last.get(id(r), r.first), default=None)
            if found is not None:
                self.alias(found, text)
        if found is None and label in _PERSON and len(span) == 1:
            found = next((r for r in self.records if r.kind == "person" and fold(r.name).split()[0] == key), None)
        if found is not None:
            return found
        if label in _PERSON:
            if len(span) >= 2:
                return self._person(span)
            record = self._new(text, "person", span.start_char)
            self._surnames.setdefault(key, record)
            return record
        if label in _ORG:
            return self._new(text, "organization", span.start_char)
        if label in _PLACE:
            return self._new(text, "other", span.start_char)
        if label in _GROUP and text.endswith("s"):
            return self._new(text, "group", span.start_char)
        return None

    def _merge_duplicates(self) -> None:
        """Fold records that name the same actor: an acronym and its full name
        ("HRW" / "Human Rights Watch"), a lone surname and the full name."""
        for rec in list(self.records):
            key = fold(rec.name)
            target: ActorRecord | None = None
            if rec.name.isupper() and 2 <= len(rec.name) <= 6:
                target = next((r for r in self.records if r is not rec and r.kind == "organization"
                               and _initials(r.name) == key), None)
            elif len(key.split()) == 1:
                target = next((r for r in self.records if r is not rec and r.kind == "person"
                               and len(r.name.split()) >= 2 and fold(r.name).split()[-1] == key), None)
            if target is not None:
                self._merge(rec, target)

    def _merge(self, src: ActorRecord, dst: ActorRecord) -> None:
        for name in src.names():
            self.alias(dst, name)
        dst.mentions += src.mentions
        dst.acts = dst.acts or src.acts
        dst.speaks = dst.speaks or src.speaks
        dst.first = min(dst.first, src.first)
        for i, rec in list(self.token_actor.items()):
            if rec is src:
                self.token_actor[i] = dst
        for key, rec in list(self._by_fold.items()):
            if rec is src:
                self._by_fold[key] = dst
        for key, rec in list(self._surnames.items()):
            if rec is src:
                self._surnames[key] = dst
        self.records.remove(src)

    def _acts(self, span: Any) -> bool:
        tok = span.root
        while tok.dep_ in _CHAIN_DEPS and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in _SUBJECT_DEPS:
            return True
        # English agent: "… was denounced by X"
        return bool(tok.dep_ == "pobj" and tok.head.dep_ == "agent")

    def _enumerations(self, spans: list[Any]) -> None:
        """Every member of an enumeration acts when one does, or when the enumeration stands
        in apposition to an acting subject: "plusieurs pays – France, Allemagne, Espagne – ont
        souligné", "Greece, Cyprus and Egypt signed", "two parties (PASOK, ND) said"."""
        seps = {",", "et", "and", "ou", "or", "&"}
        runs: list[list[Any]] = []
        for span in sorted(spans, key=lambda sp: sp.start):
            last = runs[-1][-1] if runs else None
            between = span.doc[last.end : span.start] if last is not None else None
            if (last is not None and between is not None and 0 < len(between) <= 2
                    and all(t.lower_ in seps for t in between) and last.sent.start == span.sent.start):
                runs[-1].append(span)
            else:
                runs.append([span])
        for run in runs:
            if len(run) < 2:
                continue
            records = [self.token_actor.get(sp.start) for sp in run]
            first = run[0]
            opener = first.doc[first.start - 1] if first.start > 0 else None
            subject = None
            if opener is not None and opener.text in {"–", "—", "(", ":", ","}:
                subject = first.root.head if first.root.head.i < first.start else None
            acting = any(self._acts(sp) for sp in run) or (
                subject is not None and subject.pos_ in {"NOUN", "PROPN"} and subject.dep_ in _SUBJECT_DEPS)
            if acting:
                for rec in records:
                    if rec is not None:
                        rec.acts = True

    def _acronym(self, span: Any, record: ActorRecord) -> None:
        doc = span.doc
        end = span.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acro = doc[end + 1].text
            if acro.isupper() and 2 <= len(acro) <= 8:
                self.alias(record, acro)
                self.token_actor[end + 1] = record

    # ----------------------------------------------------------------- roles
    def _roles(self, span: Any) -> None:
        record = self.token_actor.get(span.start)
        if record is None or record.kind != "person":
            return
        doc = span.doc
        # role noun phrase right before the name: "le président russe Vladimir Poutine"
        end = span.start
        if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "le président ukrainien (Volodymyr) Zelensky"
        i = end - 1
        while i >= 0 and end - i <= 9:
            tok = doc[i]
            other = self.token_actor.get(tok.i)
            if tok.pos_ not in _ROLE_POS or tok.is_punct or (other is not None and other.kind == "person"):
                break
            i -= 1
        role = doc[i + 1 : end]
        while len(role) and role[0].pos_ == "ADP":
            role = role[1:]
        if self._is_role(role) and role[-1].pos_ in {"NOUN", "ADJ", "PROPN"}:
            self.alias(record, role.text)
            record.role = record.role or strip_determiner(role.text)
            self._role_gender(role, record)
            if self.lexicon.language == "en":
                self.alias(record, doc[role.start : span.end].text)
                if role[-1].text[:1].isupper():
                    self.alias(record, f"{role[-1].text} {span[-1].text}")
            for tok in role:
                self.token_actor.setdefault(tok.i, record)
        # apposition after the name: "Nancy Pelosi, the Speaker of the House, said"
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            seg = self._segment(doc, span.end + 1, step=1)
            if seg is not None and self._is_role(seg):
                self.alias(record, seg.text)
                record.role = record.role or strip_determiner(seg.text)
                self._role_gender(seg, record)
        # apposition before the name: "Le chef de la diplomatie française, Jean-Noël Barrot,"
        if span.start >= 2 and doc[span.start - 1].text == ",":
            seg = self._segment(doc, span.start - 2, step=-1)
            if seg is not None and self._is_role(seg):
                self.alias(record, seg.text)
                record.role = record.role or strip_determiner(seg.text)
                for tok in seg:
                    self.token_actor.setdefault(tok.i, record)

    def _honorific(self, span: Any) -> None:
        """"Mme Royal", "Mr. Johnson": the title before a name gives the person's gender."""
        record = self.token_actor.get(span.start)
        if record is None or record.kind != "person":
            return
        doc = span.doc
        for i in (span.start - 1, span.start - 2):
            if i >= 0 and (i == span.start - 1 or doc[i + 1].text == "."):
                gender = self.lexicon.gender_of_word(doc[i].text) or self.lexicon.gender_of_word(doc[i].text + ".")
                if gender is not None:
                    record.vote_gender(gender, 2)
                    return

    def _role_gender(self, role: Any, record: ActorRecord) -> None:
        """"la ministre Cécile Duflot", "the spokeswoman, Jane Doe": the role's gender is the person's."""
        for tok in role:
            gender = self.lexicon.gender_of_word(tok.text)
            if gender is None and self.lexicon.language == "fr" and tok.pos_ in {"DET", "NOUN"}:
                found = tok.morph.get("Gender")
                # "le/la" carry the gender; plural and elided determiners do not
                gender = found[0] if len(found) == 1 and fold(tok.text) not in {"l'", "les"} else None
            if gender is not None:
                record.vote_gender(gender, 2)
                return

    def infer_genders(self, doc: Any) -> None:
        """Gender from pronouns: a he/she (il/elle) in a sentence whose only person named
        before it, in that sentence or else the previous one, is one actor."""
        gendered = {"he": "Masc", "she": "Fem", "il": "Masc", "elle": "Fem"}
        previous: set[int] = set()
        people: dict[int, ActorRecord] = {}
        for sent in doc.sents:
            seen: set[int] = set()
            for tok in sent:
                rec = self.token_actor.get(tok.i)
                if rec is not None and rec.kind == "person":
                    seen.add(id(rec))
                    people[id(rec)] = rec
                    continue
                # subject pronouns only: a possessive may belong to an apposition
                # ("Anne Carter, his deputy")
                low = fold(tok.text).lstrip("-")
                gender = gendered.get(low) if tok.dep_.startswith("nsubj") else None
                if gender is None:
                    continue
                pool = seen or previous
                if len(pool) == 1:
                    people[next(iter(pool))].vote_gender(gender)
            previous = seen or previous

    def _org_appositions(self, span: Any) -> None:
        """"la fédération des banques, Febelfin, …": the description names the organisation."""
        record = self.token_actor.get(span.start)
        if record is None or record.kind != "organization":
            return
        doc = span.doc
        segs = []
        if span.start >= 2 and doc[span.start - 1].text == ",":
            segs.append(self._segment(doc, span.start - 2, step=-1))
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            segs.append(self._segment(doc, span.end + 1, step=1))
        for seg in segs:
            if seg is not None and any(self.token_actor.get(t.i, record) is not record for t in seg):
                continue  # "Selon l'AFP, le Conseil national syrien, …": another actor, no description
            if seg is not None and self._is_role(seg) and fold(seg[0].text) in _DEFINITE:
                self.alias(record, seg.text)
                head = seg.root
                joint = "" if seg[0].text.endswith(("'", "’")) else " "
                self.alias(record, f"{seg[0].text}{joint}{head.text}")
                for tok in seg:
                    self.token_actor.setdefault(tok.i, record)

    def _org_title(self, span: Any) -> None:
        """"L'ONG Human Rights Watch", "le parti Nouvelle Démocratie": the common noun before
        an organisation's name designates it later ("l'ONG dénonce …")."""
        record = self.token_actor.get(span.start)
        doc = span.doc
        if record is None or record.kind != "organization" or span.start < 2:
            return
        noun, det = doc[span.start - 1], doc[span.start - 2]
        common = noun.pos_ in {"NOUN", "PROPN"} and (noun.text[:1].islower() or noun.text.isupper())
        if common and fold(det.text) in _DEFINITE and noun.i not in self.token_actor:
            joint = "" if det.text.endswith(("'", "’")) else " "
            self.alias(record, f"{det.text}{joint}{noun.text}")
            self.token_actor[noun.i] = record

    def _segment(self, doc: Any, at: int, *, step: int) -> Any:
        """The comma-delimited stretch starting at ``at`` going forward or backward."""
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
        while len(seg) and (seg[0].pos_ == "ADP" or seg[0].lower_ in {"d'", "d’"}):
            seg = seg[1:]
        return seg

    def _is_role(self, role: Any) -> bool:
        if not len(role) or len(role) > 9:
            return False
        if any(t.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM"} for t in role):
            return False
        if any(t.ent_type_ in _PERSON for t in role):
            return False
        nouns = [t for t in role if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.ent_type_ == "")]
        if not nouns:
            return False
        if role[0].pos_ == "DET" and fold(role[0].text) not in _DEFINITE:
            return False  # "sa conversation", "un accord" describe no role
        if any(t.pos_ == "ADP" for t in role[-1:]):
            return False
        head = role.root
        return not (fold(head.text) in self.lexicon.groups and len(role) <= 2)

    # ----------------------------------------------------------------- resolution
    def resolve_phrase(self, head: Any, *, create: bool = True) -> ActorRecord | None:
        """The actor a noun phrase headed by ``head`` designates, if any."""
        if fold(head.text) in self.gazetteer.spokes:  # "la porte-parole de la fédération"
            for child in head.children:
                if child.dep_ in {"nmod", "prep", "pobj"} and child.i > head.i:
                    target = child if child.dep_ != "prep" else next(iter(child.children), child)
                    found = self.resolve_phrase(target, create=False)
                    if found is not None:
                        return found
        if fold(head.text) in self.lexicon.quantifiers and head.i not in self.token_actor:
            # "a number of Senators", "la plupart des députés": the complement is the actor
            for child in head.children:
                target = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else (
                    child if child.dep_ in {"nmod", "obl"} and child.i > head.i else None)
                if target is not None and target.pos_ in {"NOUN", "PROPN"}:
                    return self.resolve_phrase(target, create=create)
        tokens = phrase_tokens(head)
        named = [self.token_actor[t.i] for t in tokens if t.i in self.token_actor]
        for rec in named:
            if rec.kind == "person":
                return rec
        for rec in named:
            if rec.kind != "other":
                return rec
        if named and head.i in self.token_actor:
            return named[0]
        text = " ".join(t.text for t in tokens)
        found = self.lookup(text)
        if found is not None:
            return found
        holder = self._office_holder(head, tokens)
        if holder is not None:
            return holder
        if create and fold(head.text) in self.lexicon.groups and head.pos_ in {"NOUN", "PROPN"}:
            core = [t for t in tokens if t.i >= head.i and (t.i == head.i or t.pos_ == "ADJ")]
            core = core[: next((k for k in range(1, len(core)) if core[k].i != core[k - 1].i + 1), len(core))]
            name = " ".join(t.text for t in core)
            lead = [t for t in tokens if t.i < head.i and t.pos_ in {"DET", "ADJ"}]
            # "the commission" after "the National Telecommunications Commission"
            word = fold(head.text)
            for rec in self.records:
                if rec.kind == "organization" and word in fold(rec.name).split() and fold(rec.name) != word:
                    self.alias(rec, " ".join(t.text for t in [*lead, *core]).replace("' ", "'"))
                    return rec
            record = self.get_or_create(name, "group" if head.text.endswith(("s", "x")) else "organization",
                                        head.idx)
            if self.lexicon.language == "fr" and not record.genders:
                # "l'opposition" is feminine: "il" does not refer to it
                record.vote_gender(next(iter(head.morph.get("Gender")), None))
            if lead:
                self.alias(record, " ".join(t.text for t in [*lead, *core]).replace("' ", "'"))
            self.alias(record, head.text)
            return record
        return None

    def role_actor(self, head: Any) -> ActorRecord | None:
        """A definite role phrase that speaks and is tied to no name: "the head of the
        police's internal investigators said …", "la présidence ukrainienne a indiqué …".

        An office named after its holder ("la présidence ukrainienne") is the person who
        has the matching role ("le président ukrainien"); otherwise the phrase becomes a
        person actor of its own."""
        word = fold(head.text)
        if head.pos_ != "NOUN" or word not in self.lexicon.roles:
            return None
        if not any(c.dep_ == "det" and fold(c.text) in _DEFINITE for c in head.children if c.i < head.i):
            return None
        tokens = phrase_tokens(head)
        if len(tokens) > 8 or tokens[-1].i - tokens[0].i + 1 != len(tokens):
            return None
        if any(t.ent_type_ in _PERSON or t.pos_ in {"PRON", "VERB", "NUM"} for t in tokens):
            return None
        span = head.doc[tokens[0].i : tokens[-1].i + 1]
        holder = self._office_holder(head, tokens)
        if holder is not None:
            return holder
        if any(t.pos_ == "PROPN" or t.ent_type_ or t.i in self.token_actor
               or (t.i > tokens[0].i and t.text[:1].isupper()) for t in tokens):
            return None  # "le porte-parole du collectif X": X's role, not an actor of its own
        name = strip_determiner(span.text)
        if len(name.split()) < 2:
            return None  # "the president", "le ministre" alone name nobody in particular
        record = self.get_or_create(name, "person", span.start_char)
        self.alias(record, span.text)
        self._role_gender(span, record)
        for tok in span:
            self.token_actor.setdefault(tok.i, record)
        return record

    def _office_holder(self, head: Any, tokens: list[Any]) -> ActorRecord | None:
        """"la présidence ukrainienne" → the person whose role is "président ukrainien"."""
        holder = _OFFICES.get(fold(head.text))
        mods = [fold(t.text)[:5] for t in tokens if t.i > head.i and t.pos_ == "ADJ"]
        if holder is None or not mods:
            return None
        for rec in self.records:
            for alias in rec.names() if rec.kind == "person" else ():
                words = fold(strip_determiner(alias)).split()
                if words and words[0] == holder and [w[:5] for w in words[1:]] == mods:
                    text = head.doc[tokens[0].i : tokens[-1].i + 1].text
                    self.alias(rec, text)
                    return rec
        return None

    def kept(self) -> list[ActorRecord]:
        """Actors worth reporting, in order of first mention."""
        out = [r for r in self.records if self.worth(r)]
        return sorted(out, key=lambda r: r.first)

    def worth(self, r: ActorRecord) -> bool:
        """Whether an actor is reported: persons, speakers, acting states and bodies."""
        if r.speaks:
            return True
        if r.kind == "person":  # a lone one-word name seen once is often an NER slip
            return r.acts or r.mentions >= 2 or len(r.name.split()) >= 2 or bool(r.aliases)
        if r.kind == "other":  # a place that is no state: only when it speaks
            return False
        if r.kind == "country":
            return r.acts
        return r.acts and r.mentions >= 3

    def slugs(self, records: Iterable[ActorRecord]) -> dict[int, str]:
        """A unique id per record (keyed by ``id(record)``)."""
        used: set[str] = set()
        out: dict[int, str] = {}
        for rec in records:
            base = _SLUG.sub("-", fold(rec.name)).strip("-") or "actor"
            slug, n = base, 2
            while slug in used:
                slug, n = f"{base}-{n}", n + 1
            used.add(slug)
            out[id(rec)] = slug
        return out


# last words that make a name a building or a place, not a person ("John Radcliffe Hospital")
_FACILITIES = {"hospital", "museum", "church", "mosque", "cathedral", "airport", "station", "university",
               "college", "school", "stadium", "bridge", "street", "avenue", "square", "palace", "prison",
               "hotel", "park", "hopital", "musee", "eglise", "mosquee", "cathedrale", "aeroport", "gare",
               "universite", "ecole", "stade", "pont", "rue", "place", "palais", "parc"}
_OFFICES = {"presidence": "president", "presidency": "president"}  # office -> holder (folded)
_MINOR = {"de", "du", "des", "la", "le", "les", "l", "d", "pour", "un", "une", "et", "of", "the", "for", "and", "on"}


def _initials(name: str) -> str:
    """'Human Rights Watch' → 'hrw'; 'Union pour un mouvement populaire' → 'ump'."""
    words = [w for w in re.split(r"[\s'’-]+", fold(name)) if w and w not in _MINOR]
    return "".join(w[0] for w in words)


def phrase_tokens(head: Any) -> list[Any]:
    """The tokens of the noun phrase of ``head``, without clauses hanging off it."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in _CLAUSE_DEPS]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)
