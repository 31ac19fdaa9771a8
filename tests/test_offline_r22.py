"""Offline rules of round 22 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a clause of purpose or result ("so he could …", "so that …"; "de sorte que …", "afin que …",
  profile ``grammar.purpose_openers``) tells why or with what effect something was done, never what
  was said, whatever the parser hung it on: "X declared a curfew on Sunday so he could keep the roads
  clear" says nothing (the parser made "so he could keep …" the verb's complement clause);
* a verb that goes on with words already begun (profile ``verbs.continuing``: add, continue;
  ajouter, poursuivre, continuer, enchaîner, reprendre) presupposes that its subject has just
  spoken: a definite singular description of a person in its slot that names no one ("poursuit
  l'ex-ministre sénégalaise", '"…," added the veteran lawyer of the union') is the named person who spoke
  last, in its sentence or the two before, agreeing in gender — not a newcomer; a person the text
  titled with another office is someone else ("Le maire X a défendu … », a ajouté le préfet")."""

from __future__ import annotations

from tests.briefing_queries import brief, said_by


def _names(b: object) -> set[str]:
    return {a.name for a in b.actors}  # type: ignore[attr-defined]


def test_a_clause_of_purpose_is_not_what_was_said_en() -> None:
    b = brief("Dam\n\nGovernor Tom Vale declared a curfew on Sunday so he could keep the roads clear for the "
              "trucks.\n\nThe mayors of six towns filed a lawsuit against the curfew Governor Vale "
              "declared last Friday so he could close the bars on the coast.\n", "en")
    assert said_by(b, "keep the roads clear") == set()
    assert said_by(b, "close the bars on the coast") == set()


def test_a_clause_of_purpose_is_not_what_was_said_fr() -> None:
    b = brief("Pont\n\nLe maire Paul Oltan a annoncé la fermeture du pont de sorte que les travaux puissent "
              "commencer.\n", "fr")
    # the announcement is his, the clause of result is no second thing he said
    assert not any(c.text.startswith("les travaux") for c in b.claims)


def test_a_clause_after_saying_is_still_said() -> None:
    # the guard: a content clause with "that" stays the claim, and one that holds a purpose clause keeps it
    b = brief("Dam\n\nGovernor Tom Vale said the dam was safe so residents would stay calm.\n", "en")
    assert said_by(b, "the dam was safe") == {"tom vale"}


_CONGRES = ("Congrès\n\nL'ancienne ministre Clara Veynes a ouvert le congrès devant mille personnes. Selon "
            "Clara Veynes, la langue ne peut pas vivre sans ses locuteurs. Par ailleurs, poursuit l'ex-ministre "
            "sénégalaise, une langue sans écoles n'a pas d'avenir.\n\nLe maire Paul Oltan a défendu le projet de "
            "pont. « Le pont sera prêt en mai », a ajouté le préfet de région.\n")


def test_a_description_that_goes_on_is_the_last_speaker_fr() -> None:
    b = brief(_CONGRES, "fr")
    assert said_by(b, "une langue sans écoles") == {"clara veynes"}
    assert not any("senegalaise" in a.name.lower() or "sénégalaise" in a.name.lower() for a in b.actors)


def test_a_description_of_another_office_is_someone_else_fr() -> None:
    b = brief(_CONGRES, "fr")
    assert said_by(b, "Le pont sera prêt en mai") == {"prefet de region"}


def test_a_description_that_goes_on_is_the_last_speaker_en() -> None:
    b = brief("Harbour\n\nThe harbour of Kellmouth will close for a month. Dana Holt spoke to the press on Monday. "
              "According to Holt, the port cannot survive another storm. \"Nobody listened to the pilots for ten "
              "years,\" added the veteran lawyer of the union.\n", "en")
    assert said_by(b, "Nobody listened to the pilots") == {"dana holt"}
    assert not any("lawyer" in a.name for a in b.actors)
