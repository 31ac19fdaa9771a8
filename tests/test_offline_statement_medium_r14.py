"""The medium of a saying, round 14 (sentences written for the test, checked by
tests/test_no_dev_sentences.py): a finite content clause that the parser hangs on the noun of a
prepositional adjunct of a verb of saying (the statement, letter, interview or press conference
it was said in, or the addressee of that medium) is the verb's content; a true relative on that
noun, and a content noun that takes the clause as its own complement, stay out."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing
from tests.briefing_queries import brief


def quotes(b: Briefing, speaker: str | None = None) -> list[str]:
    """The evidence quotes of the claims (of ``speaker``'s claims when given)."""
    names = {a.id: (a.name, *a.aliases) for a in b.actors}
    return [fold(e.quote) for c in b.claims
            if speaker is None or fold(speaker) in {fold(n) for n in names.get(c.speaker, ())}
            for e in c.evidence]


# ------------------------------------------------------------------ the clause under the medium
@pytest.mark.parametrize(
    ("text", "language", "speaker", "content"),
    [
        # "that" read as the conjunction of a relative on the medium noun
        ("Farmers protested near Lyndale. The agriculture ministry said in a press release that "
         "subsidies would be paid by March.", "en", "agriculture ministry", "subsidies would be paid by March"),
        ("Mayor Ivo Brandt answered the complaint. Brandt said in a letter to the council that "
         "the audit contained serious errors.", "en", "Ivo Brandt", "the audit contained serious errors"),
        # a complex preposition read as an adverb with the noun under it
        ("Le syndicat des marins menace de bloquer le port. Son secrétaire, Tomas Breck, a affirmé "
         "lors d'une conférence de presse que les équipages cesseraient le travail.", "fr", "Tomas Breck",
         "les équipages cesseraient le travail"),
        # the clause on the addressee of the medium, "que" read as an object the verb already has
        ("Le maire Ivo Brandt a répondu aux critiques. Brandt a expliqué dans une lettre au conseil "
         "municipal que l'audit contenait de graves erreurs.", "fr", "Ivo Brandt",
         "l'audit contenait de graves erreurs"),
    ],
)
def test_clause_under_the_medium_is_said(text: str, language: str, speaker: str, content: str) -> None:
    assert any(fold(content) in q for q in quotes(brief(text, language), speaker))


# ------------------------------------------------------------------ guards
@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # a true relative on the noun of the adjunct: its pronoun fills the object slot
        ("The harbour board met. Voss spoke for an hour in a hall that the council had rented.", "en",
         "the council had rented"),
        ("Le conseil portuaire s'est réuni. Marchal a parlé dans une salle que la mairie avait louée.", "fr",
         "la mairie avait louee"),
        # a relative with a stranded preposition under a noun complement of the adjunct
        ("The envoy Rhea Tamm pointed to the raid as an example of the attacks on traders that the "
         "militia took part in.", "en", "the militia took part in"),
        # a noun of saying under the adjunct takes the clause as its own complement
        ("The harbour board met. Voss spoke on Friday in a reply to claims that the port was unsafe.", "en",
         "the port was unsafe"),
    ],
)
def test_relative_or_noun_complement_is_not_said(text: str, language: str, words: str) -> None:
    assert not any(fold(words) in q for q in quotes(brief(text, language)))


@pytest.mark.parametrize(
    ("text", "language", "clause"),
    [
        # a content noun in object position keeps its clause: only the idea is mentioned
        ("The harbour board met. Voss mentioned the idea that the port could close.", "en", "the port could close"),
        ("Le conseil portuaire s'est réuni. Marchal a évoqué l'idée que le port pourrait fermer.", "fr",
         "le port pourrait fermer"),
    ],
)
def test_content_noun_object_keeps_its_clause(text: str, language: str, clause: str) -> None:
    assert not any(q.startswith(fold(clause)) for q in quotes(brief(text, language)))
