"""Pairing quotation marks: « … », “ … ”, " … ", ‘ … ’ and ' … ' (told from apostrophes)."""

from __future__ import annotations

from dataclasses import dataclass

_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
_BEFORE_OPEN = " \t\n([—–-/:;,"
_AFTER_CLOSE = " \t\n)]—–-.,;:!?/"


@dataclass(frozen=True)
class Quote:
    """Text between a pair of quotation marks: ``[start, end)`` excludes the marks."""

    start: int
    end: int
    continued: bool = False  # left open at its paragraph's end, the next paragraph reopening it

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in "\u00a0\u202f"


def find_quotes(text: str, *, continued: bool = False) -> list[Quote]:
    """Quoted stretches of ``text``, outermost only, never across a blank line. ``continued``:
    a quotation that goes on over paragraphs opens each with its mark and closes only the last
    (the typographic rule in English and French); a mark left open at a paragraph's end with
    the next paragraph opening on the same mark quotes the rest of its paragraph."""
    found: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        close: str | None = None
        if ch in _PAIRS:
            close = _PAIRS[ch]
        elif ch == '"':
            close = '"'
        elif (
            ch in "'‘"
            and (i == 0 or _is_space(text[i - 1]) or text[i - 1] in _BEFORE_OPEN)
            and i + 1 < n
            and not _is_space(text[i + 1])
        ):
            close = "'’" if ch == "'" else "’'"
        if close is None:
            i += 1
            continue
        j = _closing(text, i + 1, close, single=ch in "'‘", opener=ch if ch in _PAIRS else None)
        open_ended = j is None and continued and ch not in "'‘"
        if open_ended:
            j = _paragraph_end_before_reopening(text, i + 1, ch)
        if j is None:
            i += 1
            continue
        inner_start, inner_end = i + 1, j
        while inner_start < inner_end and _is_space(text[inner_start]):
            inner_start += 1
        while inner_end > inner_start and _is_space(text[inner_end - 1]):
            inner_end -= 1
        if inner_end > inner_start:
            found.append(Quote(inner_start, inner_end, continued=open_ended))
        # a straight mark after a sentence's end and a space, a capital right after it, opens a sentence quoted, it
        # closes none: met while one is open ('… the railways. "Free expression is …"'), it is the next paragraph's
        # opening mark where a copy lost the paragraph break, the quotation before it closing at its last word (the
        # typographic rule of quotations over several paragraphs: only the last closes)
        i = j if ch == '"' and not open_ended and _opens_only(text, j) else j + 1
    return found


def _opens_only(text: str, k: int) -> bool:
    """Whether the straight mark at ``k`` can only open a quotation, a sentence's: a sentence's final stop and a
    space before it, a capital right after it (a word quoted inside a quotation, 'the "United States" is', has a
    word before it)."""
    if not (0 < k < len(text) - 1 and _is_space(text[k - 1]) and text[k + 1].isupper()):
        return False
    j = k - 1
    while j > 0 and _is_space(text[j]) and text[j] != "\n":
        j -= 1
    return text[j] in ".!?…"


def _paragraph_end_before_reopening(text: str, start: int, mark: str) -> int | None:
    """The end of the paragraph holding ``start`` when the next paragraph opens on ``mark``
    (after its blank line and indentation), else None."""
    end = text.find("\n\n", start)
    if end < 0:
        return None
    k = end
    while k < len(text) and _is_space(text[k]):
        k += 1
    return end if k < len(text) and text[k] == mark else None


def _closing(text: str, start: int, close: str, *, single: bool, opener: str | None = None) -> int | None:
    """Index of the matching closing mark, or None when the paragraph ends first.

    Distinct opening and closing marks nest: « … « réelle » … » closes at the second ».
    """
    n = len(text)
    k = start
    depth = 0
    while k < n:
        ch = text[k]
        if ch == "\n" and k + 1 < n and text[k + 1] == "\n":
            return None
        if opener is not None and ch == opener and opener != close:
            depth += 1
        elif ch in close:
            if not single:
                if depth:
                    depth -= 1
                    k += 1
                    continue
                return k
            after = text[k + 1] if k + 1 < n else " "
            before = text[k - 1]
            # an apostrophe sits between letters (l'Ukraine, don't); a closing mark does not
            if not _is_space(before) and (_is_space(after) or after in _AFTER_CLOSE):
                return k
        k += 1
    return None
