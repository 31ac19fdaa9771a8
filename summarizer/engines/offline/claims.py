"""Claims: direct quotes and reported speech, each tied to a speaker.

Patterns (French and English, from the lexicons in ``summarizer/data/speech.toml``):

* a reporting verb with a complement clause: "X a déclaré que …", "X said (that) …" —
  the evidence is the clause without its complementiser;
* an infinitive or object complement: "X a confirmé avoir …", "X a appelé Y à …",
  "X denied the report";
* an incise after the content: "…, a déclaré X", "…, a-t-il écrit", "…, he said";
* a passive with agent: "présentée par X comme …";
* a source phrase: "selon X, …", "according to X, …" (with "citant Y": Y speaks);
* a direct quote (« … », "…", '…' of four words or more) is attributed to the reporting
  verb next to it, else — a quote standing alone — to the previous speaker.

Speakers are noun phrases resolved by :class:`ActorRegistry`; a subject pronoun is the
last speaker (or, failing that, the last subject actor) of the preceding sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ...quotation import Quote, find_quotes
from .actors import ActorRecord, ActorRegistry, phrase_tokens
from .lexicon import SpeechLexicon, fold

_SUBJ = ("nsubj", "nsubj:pass", "nsubjpass")
_AGENT = ("obl:agent", "agent")
_MARKS = {"que", "qu'", "qu’", "that", "whether", "si", "if"}
_TRAIL = set(",.;:—–-")
_QUOTE_CHARS = set("'\"«»“”‘’")
_CONTENT_DEPS = {"obj", "dobj", "obl:arg", "attr", "oprd", "xcomp", "ccomp", "acomp", "iobj"}
_CONTENT_PREPS = {"for", "about", "against", "of", "à", "au", "aux", "contre", "sur", "pour", "de", "du", "des", "d'"}
_NOT_CONTENT_PREPS = {"to", "via", "in", "at", "during", "after", "before", "with", "through", "on",
                      "devant", "dans", "lors", "en", "après", "avant", "pendant", "depuis", "chez"}
_INVERTED = {"-il", "-elle", "-ils", "-elles", "-on"}
_RELATIVES = {"who", "whom", "whose", "which", "that", "where", "qui", "que", "qu'", "dont", "où", "lequel", "laquelle"}
_MIN_QUOTE_WORDS = 3
_SHORT_QUOTE_WORDS = 5  # a shorter quote inside a reported clause is part of that claim
_COREF_WINDOW = 3  # sentences a pronoun may look back for its speaker


@dataclass
class ClaimRecord:
    """A claim found in the body (offsets relative to the analysed text)."""

    speaker: ActorRecord
    start: int
    end: int
    kind: Literal["direct", "indirect"]
    cue: str
    sentence: int
    oppose: bool = False


class ClaimExtractor:
    """Finds the claims of one parsed document."""

    def __init__(self, doc: Any, actors: ActorRegistry, lexicon: SpeechLexicon) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.actors = actors
        self.lex = lexicon
        self.quotes = find_quotes(self.text)
        self.claims: list[ClaimRecord] = []
        self._last_speaker: tuple[ActorRecord, int] | None = None
        self._last_subject: ActorRecord | None = None
        self.sents: list[Any] = list(doc.sents)
        self._sent_of: list[int] = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self._sent_of[i] = k
        self._according_first = {p.split()[0].split("'")[0] for p in (*lexicon.according, *lexicon.according_initial)}
        self._last_person: ActorRecord | None = None
        self._quote_cues: set[int] = set()
        self._last_subject_sent = -1

    # ----------------------------------------------------------------- driver
    def run(self) -> list[ClaimRecord]:
        sents = self.sents
        started: set[Quote] = set()
        for n, sent in enumerate(sents):
            events: list[tuple[int, int, Any]] = []
            for tok in sent:
                if self._in_quote(tok.idx) is None and self._is_cue(tok):
                    events.append((tok.idx, 0, tok))
                if self._according(tok) is not None and self._in_quote(tok.idx) is None:
                    events.append((tok.idx, 1, tok))
            for q in self.quotes:
                if q not in started and sent.start_char <= q.start < sent.end_char + 2:
                    started.add(q)
                    events.append((q.start, 2, q))
            for _, what, item in sorted(events, key=lambda e: (e[0], e[1])):
                if what == 0:
                    self._verb(item, n)
                elif what == 1:
                    self._source_phrase(item, sent, n)
                else:
                    self._quote(item, n, sents)
            self._note_subject(sent)
        return self._dedupe()

    def _add(self, speaker: ActorRecord | None, start: int, end: int, kind: Literal["direct", "indirect"],
             cue: str, n: int, *, oppose: bool = False) -> None:
        start, end = self._trim(start, end)
        if speaker is None or end - start < 8 or len(self.text[start:end].split()) < (2 if kind == "direct" else 3):
            return
        speaker.speaks = True
        self.claims.append(ClaimRecord(speaker, start, end, kind, cue, n, oppose))
        self._last_speaker = (speaker, n)
        if speaker.kind == "person":
            self._last_person = speaker

    # ----------------------------------------------------------------- cues
    def _light_head(self, tok: Any) -> Any:
        """The light verb of a "fait savoir" / "fait état de" / "met en cause" cue, or None."""
        low = fold(tok.text)
        for head_stem, word in self.lex.light_verbs:
            if low == word and tok.i > 0:
                before = (tok.head, tok.doc[tok.i - 1], tok.doc[max(tok.i - 2, 0)])
                for b in before:
                    if b.i < tok.i and fold(b.text).startswith(head_stem):
                        return b
        return None

    def _is_cue(self, tok: Any) -> bool:
        if self._light_head(tok) is not None:  # "fait savoir", "faisait part"
            return True
        if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and tok.dep_ in {"ROOT", "acl"}):
            return False
        if tok.pos_ == "AUX" and tok.dep_.startswith("aux"):
            return False
        return self.lex.is_speech_verb(tok.text, tok.lemma_)

    def _according(self, tok: Any) -> int | None:
        """Number of tokens of a source preposition starting at ``tok`` ("selon", "according to")."""
        doc = self.doc
        if fold(tok.text).split("'")[0] not in self._according_first:
            return None
        for k in (1, 2, 3):
            if tok.i + k > len(doc):
                break
            words = fold("".join(t.text_with_ws for t in doc[tok.i : tok.i + k]))
            if words in self.lex.according:
                return k
            if k == 1 and words in self.lex.according_initial and tok.i == self._sent(tok).start:
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
                if nxt.pos_ in {"DET", "PROPN", "NOUN"}:
                    return 1
        return None

    # ----------------------------------------------------------------- speaker
    def _subject_tokens(self, verb: Any) -> list[Any]:
        """Agents first ("par X", "by X"), then subjects, with their conjuncts."""
        out: list[Any] = []
        for c in verb.children:
            if c.dep_ in _AGENT:
                out.append(next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c)
        if not out:
            late = self._agent_after(verb)
            if late is not None:
                out.append(late)
        for c in verb.children:
            if c.dep_ in _SUBJ and fold(c.text) not in {"-t", "t"} and self._in_quote(c.idx) is None:
                out.append(c)
                out.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ in {"PROPN", "NOUN"})
        if not any(c.dep_ in _SUBJ and fold(c.text) not in {"-t", "t"} for c in verb.children):
            # "affirme-t-il" parsed with "-t" as subject and "-il" as something else
            # or as the head of the verb: the clitic right after the verb is its subject
            out.extend(t for t in self.doc[verb.i + 1 : verb.i + 3] if fold(t.text) in _INVERTED)
            if not out:  # "a-t-il souligné": the clitic sits between auxiliary and participle
                out.extend(t for t in self.doc[max(verb.i - 2, 0) : verb.i]
                           if fold(t.text) in _INVERTED and t.head.i == verb.i)
        return out

    def _agent_after(self, verb: Any) -> Any:
        """"dénoncée comme une invasion par Kiev": the agent of a participle the parser missed."""
        if "Part" not in verb.morph.get("VerbForm") or any(c.dep_ in _SUBJ for c in verb.children):
            return None
        doc = self.doc
        for i in range(verb.i + 1, min(self._sent(verb).end, verb.i + 12) - 1):
            if doc[i].is_punct or fold(doc[i].text) in self.lex.contrast:
                return None
            if fold(doc[i].text) in {"par", "by"} and (doc[i + 1].i in self.actors.token_actor):
                return doc[i + 1]
        return None

    def _inverted_subject(self, verb: Any) -> Any:
        """The subject after the verb of an incise: "…, a déclaré mercredi le secrétaire X"."""
        if fold(verb.text).endswith(("ant", "ing")) or not self._after_comma(verb):
            return None
        nominal = {"obj", "dobj", "nmod", "obl", "appos", "nsubj", "npadvmod"}
        for c in verb.rights:
            # "déclare à l'AFP Jean-Philippe Magnen": the person in apposition to the addressee
            for g in c.children:
                if g.dep_ == "appos" and g.pos_ == "PROPN":
                    rec = self.actors.resolve_phrase(g, create=False)
                    if rec is not None and rec.kind == "person":
                        return g
            if c.dep_ in nominal and c.pos_ in {"NOUN", "PROPN"} and self.actors.resolve_phrase(c) is not None:
                return c
        return None

    def _speakers_of(self, verb: Any, depth: int = 0) -> list[ActorRecord]:
        subjects = self._subject_tokens(verb)
        if subjects:
            found: list[ActorRecord] = []
            for subj in subjects:
                rec = self._resolve(subj)
                if rec is not None and rec not in found:
                    found.append(rec)
            return found
        inverted = self._inverted_subject(verb)
        if inverted is not None:
            rec = self.actors.resolve_phrase(inverted)
            return [rec] if rec is not None else []
        if depth < 2 and verb.dep_ in {"conj", "advcl", "xcomp", "acl"}:
            head = verb.head
            if head.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "acl":
                rec = self.actors.resolve_phrase(head)
                return [rec] if rec is not None else []
            if head.i != verb.i and head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
                return self._speakers_of(head, depth + 1)
        return []

    def _after_comma(self, verb: Any) -> bool:
        """The verb opens an incise: a comma (or closing quote) then only auxiliaries/clitics."""
        doc = self.doc
        i = verb.i - 1
        start = self._sent(verb).start
        while i >= start and (doc[i].dep_.startswith("aux") or doc[i].pos_ in {"AUX", "PRON", "ADV", "PART"}):
            i -= 1
        return i >= self._sent(verb).start and (doc[i].text in {",", "»", "”", '"', "'", "’"} or doc[i].text == ":")

    def _speaker_of(self, verb: Any) -> ActorRecord | None:
        found = self._speakers_of(verb)
        return found[0] if found else None

    def _resolve(self, tok: Any) -> ActorRecord | None:
        if tok.pos_ == "PRON" or fold(tok.text) in self.lex.pronouns:
            if fold(tok.text) not in self.lex.pronouns:
                return None
            return self._coref(tok)
        return self.actors.resolve_phrase(tok) or self._cataphora(tok) or self.actors.role_actor(tok)

    def _cataphora(self, tok: Any) -> ActorRecord | None:
        """"Le ministre du Redressement productif a déclaré … Arnaud Montebourg reconnaît …":
        a definite role phrase never tied to a name is the next person named (two sentences)."""
        definite = any(fold(c.text) in {"le", "la", "l'", "the"} for c in tok.children)
        if tok.pos_ != "NOUN" or tok.dep_ not in _SUBJ or not definite:
            return None
        if len(phrase_tokens(tok)) > 8:
            return None
        sents = self.sents
        k = self._sentence_no(tok)
        for sent in sents[k + 1 : k + 3]:
            for t in sent:
                rec = self.actors.token_actor.get(t.i)
                if rec is not None and rec.kind == "person":
                    role = " ".join(x.text for x in phrase_tokens(tok)).replace("' ", "'").replace("’ ", "’")
                    self.actors.alias(rec, role)
                    return rec
        return None

    def _coref(self, tok: Any) -> ActorRecord | None:
        """A subject pronoun: the last speaker, else the last subject (a person for il/he),
        skipping antecedents that disagree with it in gender or number ("she" is not the
        man who spoke last; "il" is not "les rebelles"); then the persons named most
        recently that agree."""
        sent_no = self._sentence_no(tok)
        # English he/she is a person; French il/elle also stands for feminine or masculine
        # nouns ("l'ONG … elle dévoile"), so it takes the last speaker of any kind
        low = fold(tok.text).lstrip("-")
        personal = low in {"he", "she"}
        gender, number = _pronoun_features(tok, low)
        candidates: list[ActorRecord] = []
        recent = self._last_speaker is not None and sent_no - self._last_speaker[1] <= _COREF_WINDOW
        if recent and self._last_speaker is not None:
            speaker = self._last_speaker[0]
            if not personal or speaker.kind == "person":
                candidates.append(speaker)
        fallback = self._last_person if personal else self._last_subject
        if fallback is not None:
            candidates.append(fallback)
        if gender is None and number is None:
            return candidates[0] if candidates else None
        first_sent = self.sents[max(sent_no - _COREF_WINDOW, 0)].start
        for i in range(tok.i - 1, first_sent - 1, -1):
            rec = self.actors.token_actor.get(i)
            if rec is not None and rec.kind == "person" and rec not in candidates:
                candidates.append(rec)
        agreeing = [rec for rec in candidates if _agrees(rec, gender, number)]
        # an antecedent the article shows to have the pronoun's gender comes first
        known = [rec for rec in agreeing if gender is not None and rec.gender == gender]
        chosen = known or agreeing
        return chosen[0] if chosen else None

    def _sentence_no(self, tok: Any) -> int:
        return self._sent_of[int(tok.i)]

    def _sent(self, tok: Any) -> Any:
        return self.sents[self._sent_of[tok.i]]

    def _note_subject(self, sent: Any) -> None:
        """Remember the subject actor of the sentence's main verb (for pronouns, lone quotes)."""
        root = sent.root
        for c in root.children:
            if c.dep_ not in _SUBJ or self._in_quote(c.idx) is not None:
                continue
            if c.pos_ == "PRON":
                found = self._coref(c) if fold(c.text) in self.lex.pronouns else None
            else:
                found = self.actors.resolve_phrase(c, create=False)
            if found is not None:
                self._last_subject = found
                self._last_subject_sent = self._sentence_no(c)
                found.acts = True
                if found.kind == "person":
                    self._last_person = found

    # ----------------------------------------------------------------- content
    def _verb(self, verb: Any, n: int) -> None:
        if verb.i in self._quote_cues:
            return  # this verb introduces a direct quote already
        light = self._light_head(verb)
        # "X a fait savoir que …", "X fait état de …": X is the subject of the light verb,
        # whichever of the two words the parser made the head
        speakers = self._speakers_of(light) if light is not None else []
        if not speakers:
            speakers = self._speakers_of(verb)
        if not speakers and verb.pos_ == "NOUN" and verb.head.i != verb.i:
            speakers = self._speakers_of(verb.head)
        if not speakers:
            return
        span = self._content(verb)
        if span is None and light is not None:
            span = self._light_content(light, verb)
        if span is None:
            return
        oppose = self.lex.is_oppose_verb(verb.text, verb.lemma_)
        for speaker in speakers:
            self._add(speaker, span[0], span[1], "indirect", self._cue_text(verb), n, oppose=oppose)

    def _cue_text(self, verb: Any) -> str:
        auxes = [c for c in verb.lefts if c.dep_.startswith("aux")]
        toks = sorted([*auxes, verb], key=lambda t: t.i)
        return " ".join(t.text for t in toks)

    def _content(self, verb: Any) -> tuple[int, int] | None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None and verb.dep_ == "xcomp":
            clause = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if clause is None:
            clause = self._misparsed_clause(verb)
        if clause is not None:
            return self._subtree_span(clause)
        xcomp = next((c for c in verb.rights if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if xcomp is not None and not any(c.dep_ in {"obj", "dobj"} for c in verb.children):
            return self._subtree_span(xcomp)
        if any(c.dep_ in _AGENT for c in verb.children) or self._agent_after(verb) is not None:
            # "présentée par X comme …": the participle phrase, up to a contrast
            toks = [t for t in verb.subtree if t.i >= verb.i and not self._under(t, verb, {"conj", "cc"})]
            cut = next((t.i for t in toks if t.i > verb.i and fold(t.text) in self.lex.contrast), None)
            if cut is not None:
                toks = [t for t in toks if t.i < cut]
            agent = self._subject_tokens(verb)
            said = [t for t in toks if t.i != verb.i and not t.is_punct
                    and not any(t.i in {x.i for x in a.subtree} for a in agent)
                    and not (t.pos_ == "ADP" and fold(t.text) in {"par", "by"})]
            if len(said) >= 2:  # "rejeté par le Parlement" states no content
                return toks[0].idx, toks[-1].idx + len(toks[-1])
            return None
        incise = self._incise(verb)
        if incise is not None:
            return incise
        if self.lex.needs_clause_content(verb.text, verb.lemma_):
            return None
        # an object complement: "X a dénoncé …", "X denied …", "X called for …"
        rights = [c for c in verb.rights
                  if c.dep_ not in {"punct", "advmod", "cc", "conj", "parataxis", "advcl", "dative", *_SUBJ}
                  and not (c.dep_ == "prep" and fold(c.text) in _NOT_CONTENT_PREPS)
                  and not any(g.dep_ == "case" and fold(g.text) in _NOT_CONTENT_PREPS for g in c.children)
                  and not (c.dep_ in {"obl", "nmod", "npadvmod", "obl:mod"} and c.i == verb.i + 1
                           and len(list(c.subtree)) <= 3)]
        if not rights:
            return None
        first = min(t.i for t in rights[0].subtree)
        last = max(t.i for c in rights for t in c.subtree)
        if last - first < 2:
            return None
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])

    def _light_content(self, light: Any, cue: Any) -> tuple[int, int] | None:
        """"fait état de l'exécution, jeudi, de 28 soldats": the rest of the light verb's
        clause after the cue word, up to a coordinated clause."""
        stop = {"conj", "parataxis"}
        toks = [t for t in light.subtree if t.i > cue.i and not self._under(t, light, stop)]
        if light.head.i != light.i and light.dep_ not in {"conj", "ROOT"}:
            toks += [t for t in light.head.subtree if t.i > cue.i and not self._under(t, light.head, stop)]
        ids = sorted({t.i for t in toks})
        if not ids:
            return None
        end = ids[0]
        while end + 1 in ids or (end + 1 < len(self.doc) and self.doc[end + 1].is_punct and end + 2 in ids):
            end += 1
        while self.doc[end].is_punct and end > ids[0]:
            end -= 1
        first = self.doc[ids[0]]
        if first.pos_ == "ADP" or fold(first.text) in {"de", "d'", "des", "du"}:
            ids = [i for i in ids if i > first.i]
            if not ids:
                return None
            first = self.doc[ids[0]]
        if end - first.i < 2:
            return None
        return first.idx, self.doc[end].idx + len(self.doc[end])

    def _misparsed_clause(self, verb: Any) -> Any:
        """"She informed police she had immunity", "X told reporters he would …": the parser
        hangs the content clause on the addressee as a relative clause; a "relative" clause
        with a subject of its own and no relative word is the reported content."""
        for obj in verb.children:
            if obj.dep_ not in {"dobj", "obj", "iobj", "dative"} or obj.i < verb.i:
                continue
            for rel in obj.children:
                if rel.dep_ not in {"relcl", "acl:relcl"} or rel.i <= obj.i:
                    continue
                subtree = list(rel.subtree)
                first = subtree[0]
                if first.i != obj.i + 1 or first.tag_ in {"WDT", "WP", "WP$"} or fold(first.text) in _RELATIVES:
                    continue
                if any(c.dep_ in _SUBJ and c.i < rel.i for c in rel.children):
                    return rel
        return None

    def _under(self, tok: Any, top: Any, deps: set[str]) -> bool:
        while tok is not top and tok.head.i != tok.i:
            if tok.dep_ in deps and tok.head is not None:
                return True
            tok = tok.head
        return False

    def _incise(self, verb: Any) -> tuple[int, int] | None:
        """Content before "…, a déclaré X" / "…, he said" / "…, X said": up to the comma."""
        doc = self.doc
        if fold(verb.text).endswith(("ant", "ing")):  # a participle clause is no incise
            return None
        i = verb.i - 1
        while i >= self._sent(verb).start and doc[i].text not in {",", ";", ":"} and verb.i - i <= 6:
            if doc[i].pos_ in {"VERB", "SCONJ", "CCONJ"} or doc[i].text in {"«", "»", '"', "“", "”"}:
                return None
            i -= 1
        if i <= self._sent(verb).start or doc[i].text != ",":
            return None
        subjects = [t for t in self._subject_tokens(verb) if t.i < verb.i]
        if subjects and any(t.i < i for t in subjects):
            return None
        inverted = self._inverted_subject(verb)
        if not subjects and inverted is None:
            return None
        content_deps = {"ccomp", "xcomp", "dobj", "obj", "attr", "oprd", "dative", "obl:arg"}
        if any(c.dep_ in content_deps and (inverted is None or c.i != inverted.i) for c in verb.rights):
            return None
        if any(c.dep_ == "prep" and fold(c.text) in {"for", "to", "that", "about"} for c in verb.rights):
            return None
        start_tok = self._sent(verb).start
        while start_tok < i and (doc[start_tok].is_space or doc[start_tok].is_punct):
            start_tok += 1
        return doc[start_tok].idx, doc[i - 1].idx + len(doc[i - 1])

    def _subtree_span(self, head: Any) -> tuple[int, int]:
        toks = list(head.subtree)
        while len(toks) > 1 and (
            fold(toks[0].text) in _MARKS or (toks[0].is_punct and toks[0].text not in _QUOTE_CHARS)
        ):
            toks = toks[1:]
        return toks[0].idx, toks[-1].idx + len(toks[-1])

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL):
            end -= 1
        while start < end and (text[start].isspace() or text[start] in _TRAIL):
            start += 1
        # a quotation mark is kept only when its partner is inside too
        inner = text[start:end]
        if end > start and text[end - 1] in _QUOTE_CHARS and not any(c in _QUOTE_CHARS for c in inner[:-1]):
            end -= 1
        if end > start and text[start] in _QUOTE_CHARS and not any(c in _QUOTE_CHARS for c in text[start + 1 : end]):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL):
            end -= 1
        return start, end

    # ----------------------------------------------------------------- sources
    def _source_phrase(self, tok: Any, sent: Any, n: int) -> None:
        width = self._according(tok) or 1
        doc = self.doc
        i = tok.i + width
        seg_start = i
        while i < sent.end and doc[i].text not in {",", ":", ";"}:
            i += 1
        seg = doc[seg_start:i]
        after = i + 1
        if after < sent.end and any(fold(doc[after].text).startswith(c.split()[0]) for c in self.lex.citing):
            j = after + 1
            while j < sent.end and doc[j].text not in {",", ":", ";"}:
                j += 1
            if j > after + 1:
                seg, i = doc[after + 1 : j], j
        speaker = self._segment_actor(seg)
        if tok.i - sent.start <= 1:
            if i + 1 >= sent.end:
                return
            start, end = doc[i + 1].idx, sent.end_char
        else:
            first = sent.start
            last = tok.i - 1
            if last <= first:
                return
            start, end = doc[first].idx, doc[last].idx + len(doc[last])
        self._add(speaker, start, end, "indirect", " ".join(t.text for t in doc[tok.i : tok.i + width]), n)

    def _segment_actor(self, seg: Any) -> ActorRecord | None:
        for t in seg:
            rec = self.actors.token_actor.get(t.i)
            if rec is not None and rec.kind == "person":
                return rec
        for t in seg:
            rec = self.actors.token_actor.get(t.i)
            if rec is not None:
                return rec
        heads = [t for t in seg if t.head.i < seg.start or t.head.i >= seg.end or t.head.i == t.i]
        for h in heads:
            if h.pos_ in {"NOUN", "PROPN"}:
                return self.actors.resolve_phrase(h)
        return None

    # ----------------------------------------------------------------- quotes
    def _in_quote(self, at: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= at < q.end:
                return q
        return None

    def _quote(self, q: Quote, n: int, sents: list[Any]) -> None:
        if q.words(self.text) < _MIN_QUOTE_WORDS:
            return
        doc = self.doc
        first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        last = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        if first is None or last is None:
            return
        s_open, s_close = self._sent(first[0]), self._sent(last[0])
        # a reporting verb right after the quote: "'…', a-t-il écrit" / "…," said X
        after = [t for t in doc[last[-1].i + 1 : min(s_close.end, last[-1].i + 30)] if t.idx >= q.end]
        cue: Any = None
        for t in after:
            if t.text in {".", "!", "?"} and t.i > last[-1].i + 2:
                break
            if self._in_quote(t.idx) is None and self._is_cue(t):
                cue = t
                break
        if cue is None:
            before = [t for t in s_open if t.idx < q.start and self._in_quote(t.idx) is None]
            for t in reversed(before):
                if self._is_cue(t):
                    cue = t
                    break
                if self._according(t) is not None:
                    seg_end = next((k for k in range(t.i + 1, first[0].i) if doc[k].text in {",", ":"}), first[0].i)
                    speaker = self._segment_actor(doc[t.i + (self._according(t) or 1) : seg_end])
                    self._add(speaker, q.start, q.end, "direct", t.text, n)
                    return
        if cue is not None:
            self._quote_cues.add(cue.i)
            speaker = self._speaker_of(cue)
            self._add(speaker, q.start, q.end, "direct", self._cue_text(cue), n)
            return
        # a quote standing alone continues the previous speaker, or the actor the
        # previous sentence was about ("Il a souhaité … « … »")
        speaker_sent = self._last_speaker[1] if self._last_speaker is not None else -9
        if self._last_subject is not None and speaker_sent < self._last_subject_sent >= n - 1:
            self._add(self._last_subject, q.start, q.end, "direct", "", n)
        elif self._last_speaker is not None and n - speaker_sent <= 2:
            self._add(self._last_speaker[0], q.start, q.end, "direct", "", n)

    # ----------------------------------------------------------------- cleanup
    def _dedupe(self) -> list[ClaimRecord]:
        out: list[ClaimRecord] = []
        def rank(c: ClaimRecord) -> tuple[int, int]:
            short = c.kind == "direct" and len(self.text[c.start : c.end].split()) < _SHORT_QUOTE_WORDS
            return (2 if short else 0 if c.kind == "direct" else 1), -(c.end - c.start)

        for c in sorted(self.claims, key=rank):
            clash = False
            for o in out:
                overlap = min(c.end, o.end) - max(c.start, o.start)
                same_span = overlap > 0 and overlap >= 0.5 * min(c.end - c.start, o.end - o.start)
                if same_span and (o.speaker is c.speaker or c.kind != o.kind):
                    clash = True
                    o.oppose = o.oppose or c.oppose
                    break
            if not clash:
                out.append(c)
        return sorted(out, key=lambda c: c.start)


def _pronoun_features(tok: Any, low: str) -> tuple[str | None, str | None]:
    """Gender and number of a subject pronoun: English by form, French by morphology."""
    english = {"he": ("Masc", "Sing"), "she": ("Fem", "Sing"), "they": (None, "Plur")}
    if low in english:
        return english[low]
    french = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": (None, "Plur"), "elles": (None, "Plur"),
              "celui-ci": ("Masc", "Sing"), "celle-ci": ("Fem", "Sing")}
    return french.get(low, (None, None))


def _agrees(rec: ActorRecord, gender: str | None, number: str | None) -> bool:
    """Whether an antecedent may be referred to by a pronoun of this gender and number."""
    if number == "Sing" and rec.plural:
        return False
    if number == "Plur" and rec.kind == "person":
        return False
    return not (gender is not None and rec.gender not in {None, gender})
