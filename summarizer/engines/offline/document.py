"""The parsed article as the stages read it: sentences, paragraphs, quotations.

Built once per article from the spaCy ``Doc``; nothing here changes afterwards.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ...quotation import Quote, find_quotes
from .profile import fold

MIN_QUOTE_WORDS = 3
# a link's language tag ("[es]", "[fr, en]")
LANGUAGE_TAG = re.compile(r"\[[a-z]{2}(?:[-/, ]+[a-z]{2})*\]")
# Web-article markup that is no language: a link's language tag after a name or a verb
# ("La Voz [es] writes", "a report [en]"), a note's call number glued to the word it annotates
# ("le Parti vert[1] a voté", "the Green Party[2] voted"). The parser reads it as words (a
# bracket as a subject, a number as part of the name), so it is blanked — same length,
# offsets unchanged — before parsing.
_MARKUP = re.compile(rf"{LANGUAGE_TAG.pattern}|(?<=\w)\[\d{{1,3}}\]")
# A wire dateline opening a paragraph: the place in capitals, maybe a date after a comma and the agency in
# brackets, then a dash ("PORT AMBRY — ", "LONDON (Reuters) - ", "PARIS, March 3 — ", "VILLEBRUNE – "). It says
# where and by whom the report was filed; the parser reads it as the sentence's subject (the place spoke, or the
# agency), so it is blanked too. Typography, not language: the same in every language.
_CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+"
_DATELINE = re.compile(rf"^[ \t]*(?=\S{{3}}){_CAPS}(?:[ \t]+{_CAPS})*"  # the place
                       rf"(?:,[ \t]*[^\n—–-]{{1,30}}?)?(?:[ \t]*\([^)\n]{{1,40}}\))?"  # a date, the agency
                       rf"[ \t]+[—–-][ \t]+(?=[A-ZÀ-ÖØ-Þ«“\"])", re.MULTILINE)


def unspaced_letters(text: str) -> int:
    """The letters of ``text`` in scripts written without spaces between words (Chinese,
    Japanese, Korean, from U+2E80): there a count of words, or a token, means nothing."""
    return sum(ch.isalpha() and ord(ch) >= 0x2E80 for ch in text)


def wordy(text: str) -> bool:
    """Whether ``text`` is long enough to say something of its own: ``MIN_QUOTE_WORDS`` words, or, in a script
    written without spaces, twice as many letters."""
    return len(text.split()) >= MIN_QUOTE_WORDS or unspaced_letters(text) >= 2 * MIN_QUOTE_WORDS


def mask_markup(text: str, blank: tuple[str, ...] = ()) -> str:
    """``text`` with link-language tags and wire datelines replaced by spaces (same length, same offsets), and
    the phrases of ``blank`` (a profile's adverbials the parser misreads) with the commas
    that set them off."""
    if "[" in text:
        text = _MARKUP.sub(lambda m: " " * len(m.group()), text)
    text = _DATELINE.sub(lambda m: " " * len(m.group()), text)
    if blank:
        text = _blank_pattern(blank).sub(lambda m: " " * len(m.group()), text)
    return text


@cache
def _blank_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases, set off by commas on both sides, or followed by one (opening a sentence),
    or bare; case-insensitive, whole words."""
    words = "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    phrase = rf"(?<!\w)(?:{words})(?!\w)"  # never across a line: paragraphs stay as they are
    return re.compile(rf",[ \t]*{phrase}[ \t]*,|{phrase}[ \t]*,|{phrase}", re.IGNORECASE)


@dataclass(frozen=True)
class Paragraph:
    start: int  # char offsets in the analysed text
    end: int
    first_sent: int
    last_sent: int  # inclusive


@dataclass(frozen=True)
class Document:
    """A parsed text with its sentence, paragraph and quotation indexes."""

    doc: Any
    text: str
    sents: tuple[Any, ...]
    sent_of: tuple[int, ...]  # token index -> sentence number
    paragraphs: tuple[Paragraph, ...]
    para_of_sent: tuple[int, ...]
    quotes: tuple[Quote, ...]
    _quote_starts: tuple[int, ...] = field(repr=False)
    body: int = 0  # where the article proper starts; before it, the headline (never a claim)
    narrative: tuple[int, ...] = ()  # per sentence: sentences so far not wholly inside a quotation
    parsed: str = ""  # the text the parser read: ``text`` with markup and misread adverbials blanked
    # per token: its text, its text folded, its coarse part of speech, its char offset and whether
    # it is alphabetic, read without making spaCy ``Token`` objects (the stages scan every token
    # for words of their lists)
    words: tuple[str, ...] = ()
    folded: tuple[str, ...] = ()
    pos: tuple[str, ...] = ()
    starts: tuple[int, ...] = ()
    alpha: tuple[bool, ...] = ()

    @classmethod
    def build(cls, doc: Any, body: int = 0, source: str | None = None, parsed: str | None = None,
              clitics: frozenset[str] = frozenset(), reports: Callable[[Any], bool] | None = None) -> Document:
        """``source`` is the text as written when ``doc`` parsed a masked copy (same length),
        ``parsed`` that copy when the caller has it (else it is joined again from the tokens);
        ``clitics`` the language's inverted subject clitics ("-il", "-elle"), and ``reports``
        whether a token is a verb of saying, by which an incise inside one pair of quotation
        marks splits it in two quotations ("dit-il", "a déclaré la maire")."""
        end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if parsed is None or len(parsed) != end:
            parsed = str(doc.text)
        text: str = parsed if source is None or len(source) != len(parsed) else source
        sents = tuple(doc.sents)
        sent_of = [0] * len(doc)
        for k, s in enumerate(sents):
            for i in range(s.start, s.end):
                sent_of[i] = k
        paragraphs: list[Paragraph] = []
        para_of_sent: list[int] = []
        pos = 0
        starts = [s.start_char for s in sents]
        for line in text.split("\n"):
            # a paragraph starts at its first visible character: the blank opening it may close
            # the sentence before (a line ending with a colon, then " « … »")
            start, end = pos + len(line) - len(line.lstrip()), pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            first = max(0, bisect.bisect_right(starts, start) - 1)
            if first < len(sents) and sents[first].end_char <= start:
                first += 1
            last = max(first, bisect.bisect_left(starts, end) - 1)
            paragraphs.append(Paragraph(start, end, first, min(last, len(sents) - 1)))
        para_starts = [p.start for p in paragraphs]
        for s in sents:
            n = max(0, bisect.bisect_right(para_starts, s.start_char) - 1)
            para_of_sent.append(n)
        tokens = list(doc)
        texts = tuple(t.text for t in tokens)
        offsets = tuple(t.idx for t in tokens)
        quotes = tuple(_split_at_incises(text, find_quotes(text, continued=True), clitics))
        if reports is not None:
            quotes = tuple(_split_at_named_incises(doc, offsets, text, list(quotes), reports))
        alpha = tuple(t.is_alpha for t in tokens)
        made = cls(doc, text, sents, tuple(sent_of), tuple(paragraphs), tuple(para_of_sent), quotes,
                   tuple(q.start for q in quotes), max(0, body))
        narrative: list[int] = []
        count = 0
        for s in sents:
            words = [i for i in range(s.start, s.end) if alpha[i]]
            # (a "sentence" of no word, a closing quotation mark the parser cut off after a full stop, is none)
            if words and not all(made.quote_at(offsets[i]) is not None for i in words):
                count += 1
            narrative.append(count)
        return cls(doc, text, sents, tuple(sent_of), tuple(paragraphs), tuple(para_of_sent), quotes,
                   tuple(q.start for q in quotes), max(0, body), tuple(narrative), parsed, texts,
                   tuple(fold(w) for w in texts), tuple(t.pos_ for t in tokens), offsets, alpha)

    def word_start(self, i: int) -> int:
        """The first token of the word token ``i`` closes: itself, or the first part of a word the tokenizer split
        at its hyphens ("short-sighted", "stand-off"; French keeps them whole)."""
        k = i
        while k >= 2 and self._hyphen_joins(k - 1):
            k -= 2
        return k

    def _hyphen_joins(self, j: int) -> bool:
        """Whether token ``j`` is a hyphen glued to the letters on both its sides."""
        return 0 < j < len(self.words) - 1 and self.words[j] == "-" and self.starts[j + 1] == self.starts[j] + 1 \
            and self.starts[j - 1] + len(self.words[j - 1]) == self.starts[j] and self.alpha[j - 1] \
            and self.alpha[j + 1]

    def inside_word(self, i: int) -> bool:
        """Whether token ``i`` is a part of a word split at its hyphens other than the last ("stand" of "stand-off")."""
        return self._hyphen_joins(i + 1)

    def word_at(self, i: int) -> str:
        """Token ``i`` folded, or, when it closes a word the tokenizer split at its hyphens ("short-sighted",
        "ill-conceived"), that whole word folded: lists hold such words whole."""
        k = self.word_start(i)
        return self.folded[i] if k == i else "".join(self.folded[k : i + 1])

    def listed(self, i: int, words: frozenset[str]) -> bool:
        """Whether token ``i`` folded, or the whole word it closes when the tokenizer split one at its hyphens, is
        one of ``words`` (a list of the profile)."""
        return self.folded[i] in words or self.word_at(i) in words

    def quoted_at(self, i: int) -> bool:
        """Whether token ``i`` is inside a quotation."""
        return self.quote_at(self.starts[i]) is not None

    def token_from(self, at: int) -> int:
        """The first token starting at or after char offset ``at`` (``len(doc)`` when none)."""
        return bisect.bisect_left(self.starts, at)

    def headline(self, tok: Any) -> bool:
        """Whether ``tok`` is in the headline (telegraphic: no claims, no acts)."""
        return int(tok.idx) < self.body

    def sent(self, tok: Any) -> Any:
        return self.sents[self.sent_of[tok.i]]

    def sent_no(self, tok: Any) -> int:
        return self.sent_of[int(tok.i)]

    def para_no(self, tok: Any) -> int:
        return self.para_of_sent[self.sent_of[int(tok.i)]]

    def quote_at(self, at: int) -> Quote | None:
        """The quotation whose text contains char offset ``at``."""
        k = bisect.bisect_right(self._quote_starts, at) - 1  # quotations never overlap
        if k >= 0 and self.quotes[k].start <= at < self.quotes[k].end:
            return self.quotes[k]
        return None

    def title_quote(self, q: Quote) -> bool:
        """A quotation that reads as a title or a name ("the blog “Open Street”"): a few
        words, capitalised, with no sentence punctuation."""
        inner = self.text[q.start : q.end]
        return (1 <= q.words(self.text) <= 5 and inner[:1].isupper()
                and not any(ch in inner for ch in ".,;:!?«»\"“”"))

    def quoted(self, tok: Any) -> bool:
        return self.quote_at(int(tok.idx)) is not None

    def asks(self, sent: Any) -> bool:
        """Whether sentence ``sent`` is the writer's question: it ends on a question mark of its own, none inside a
        quotation closing it; or the splitter cut it inside a quotation that a question mark of the writer's
        closes ('Did they think Y would say, "… had. Come …"?')."""
        end = len(self.text[: sent.end_char].rstrip(" \n»”\"'"))
        if end <= 0:
            return False
        inside = self.quote_at(end - 1)
        if inside is None:
            return self.text[end - 1] == "?"
        after = self.text[inside.end + 1 : inside.end + 3].lstrip(" \u00a0\u202f")
        return end < inside.end and after[:1] == "?"

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive, ``end > start``) as the parser read
        it: ``doc[start:end].text``, without making the span."""
        return self.parsed[self.starts[start] : self.starts[end - 1] + len(self.words[end - 1])]

    def sent_text(self, sent: Any) -> str:
        """A sentence's text as the parser read it (its ``Span.text``, without making its tokens)."""
        return self.parsed[sent.start_char : sent.end_char]

    def span_tokens(self, start: int, end: int) -> Any:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def para_at(self, at: int) -> int:
        """The paragraph holding char offset ``at`` (the one before, between paragraphs)."""
        starts = [p.start for p in self.paragraphs]
        return max(0, bisect.bisect_right(starts, at) - 1)

    def distance(self, a: int, b: int) -> int:
        """Sentences from sentence ``a`` to sentence ``b``, not counting those wholly quoted:
        a long quotation does not push its speaker out of reach of the pronoun after it."""
        if not self.narrative:
            return b - a
        return self.narrative[b] - self.narrative[a]

    def para_text(self, n: int) -> str:
        p = self.paragraphs[n]
        return self.text[p.start : p.end]

    def foreign(self, n: int, words: int = 6) -> bool:
        """Whether paragraph ``n`` is in another language than the article's: ``words`` words or more,
        few of them (under 12 %) the article's language's function words (a post quoted in its own
        language before its translation)."""
        p = self.paragraphs[n]
        # (its own tokens, not its sentences': one may run on into the next paragraph)
        toks = [i for i in range(self.token_from(p.start), self.token_from(p.end)) if self.alpha[i]]
        if len(toks) >= words and sum(bool(self.doc[i].is_stop) for i in toks) / len(toks) < 0.12:
            return True
        # or written mostly in another script, whose words the tokenizer may not part ("因為核廢料處理…")
        letters = [c for c in self.text[p.start : p.end] if c.isalpha()]
        return len(letters) >= 4 * words and sum(not _latin(c) for c in letters) > len(letters) / 2


def _latin(c: str) -> bool:
    """Whether the letter ``c`` is of the Latin script."""
    return c.isascii() or "LATIN" in unicodedata.name(c, "")


def _split_at_incises(text: str, quotes: list[Quote], clitics: frozenset[str]) -> list[Quote]:
    """A quotation a reporting incise interrupts inside its marks ("« C'est une honte, dit-il,
    après trente ans … »", "« Non, a-t-elle ajouté. Jamais. »") is two quotations: the words
    before the incise and the words after it, the incise itself outside both (its verb with an
    inverted subject clitic, between a comma and a comma or a full stop)."""
    forms = sorted((c for c in clitics if c.startswith("-") and len(c) > 2), key=len, reverse=True)
    if not forms:
        return quotes
    incise = re.compile(r",\s+\w+(?:-t)?(?:" + "|".join(re.escape(f) for f in forms)
                        + r")\b(?:\s+\w+)?\s*([,.;!?])", re.IGNORECASE)
    out: list[Quote] = []
    for q in quotes:
        found = incise.search(text, q.start, q.end)
        if found is None or found.end() >= q.end:
            out.append(q)
            continue
        head_end = found.start()
        tail = found.end() if found.group(1) == "," else found.start(1) + 1
        if found.group(1) != ",":
            head_end = found.start()  # "« Non, a-t-elle ajouté. Jamais. »": the stop ends the incise
        while tail < q.end and text[tail].isspace():
            tail += 1
        if head_end > q.start and q.end - tail >= 2:
            out.append(Quote(q.start, head_end))
            out.extend(_split_at_incises(text, [Quote(tail, q.end, continued=q.continued)], clitics))
        else:
            out.append(q)
    return out


_INCISE_ENDS = frozenset({",", "."})
_INCISE_WORDS = 10  # the longest subject an incise names ("a affirmé le ministre des Affaires étrangères Jean Roe")


def _split_at_named_incises(doc: Any, offsets: tuple[int, ...], text: str, quotes: list[Quote],
                            reports: Callable[[Any], bool]) -> list[Quote]:
    """A quotation an incise with a named subject interrupts inside its marks ("« Le pont est
    sûr, a déclaré la maire Lena Ostrova, et il restera ouvert. »", '"It is safe, said the mayor,
    and it stays open."') is two quotations, as with a clitic (:func:`_split_at_incises`): the
    incise opens on a comma, then a verb of saying (after its auxiliaries) whose subject
    follows it, nouns or names only up to the next comma or full stop; the incise itself is
    outside both, so its subject is named outside anyone's words. ``offsets``: each token's
    character offset."""
    out: list[Quote] = []
    for q in quotes:
        found = None
        i = bisect.bisect_left(offsets, q.start)  # the first token the quotation holds
        while i < len(doc) and doc[i].idx < q.end and found is None:
            if doc[i].text == "," and doc[i].idx > q.start:
                found = _named_incise(doc, i, q.end, reports)
            i += 1
        if found is None:
            out.append(q)
            continue
        comma, stop = found
        tail = doc[stop].idx + 1
        while tail < q.end and text[tail].isspace():
            tail += 1
        if q.end - tail >= 2:  # (the loop took only a comma after the quotation's start)
            out.append(Quote(q.start, doc[comma].idx))
            rest = Quote(tail, q.end, continued=q.continued)
            out.extend(_split_at_named_incises(doc, offsets, text, [rest], reports))
        else:
            out.append(q)
    return out


def _named_incise(doc: Any, comma: int, end: int, reports: Callable[[Any], bool]) -> tuple[int, int] | None:
    """(the comma opening it, the comma or stop closing it) of an incise with a named subject
    after its verb that starts at token ``comma``, before char ``end``; else None."""
    k = comma + 1
    while k < len(doc) and doc[k].pos_ == "AUX":
        k += 1
    if k >= len(doc) or doc[k].pos_ not in {"VERB", "AUX"} or not reports(doc[k]) or doc[k].idx >= end:
        return None
    verb = doc[k]
    named = False
    for j in range(k + 1, min(len(doc), k + 2 + _INCISE_WORDS)):
        tok = doc[j]
        if tok.idx >= end:
            return None
        if tok.text in _INCISE_ENDS:
            return (comma, j) if named else None
        if tok.is_punct or tok.pos_ in {"VERB", "AUX", "SCONJ", "PRON"}:
            return None  # a clause goes on: no incise ("…, said that it would …", "…, dit qu'il …")
        if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.head.i == verb.i):
            named = True  # a name, or the noun the verb takes (its subject, or its object in a misparse)
    return None
