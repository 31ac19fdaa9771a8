"""Bodies together and posts quoted in their language, round 16 (sentences written for the test,
checked by tests/test_no_dev_sentences.py):

* the plural of a noun of bodies names those bodies together, who speak ("local newspapers
  reported …", "les journaux locaux ont affirmé …", "selon les médias …");
* a handle may hold a hyphen, as networks other than Twitter allow ("@lin-qiao_V");
* a post quoted in a script written without spaces opens on the account's name without its "@"
  and a full-width colon ("林乔：…") before its translation ("@林乔: …"): both are the account's
  words; a word count means nothing in such a script, and none of its runs is a topic's noun;
* one of a kind keeps its "one" among its names ("one resident said …": named "resident" since
  round 21, "One resident" an alias; a count still leaves a plural group's name);
* the paper one writes for, or the name one speaks to, is no content ("Writing for the Dalen
  Herald, columnist X notes …")."""

from __future__ import annotations

from tests.briefing_queries import brief, quotes, quotes_by, said_by


def test_newspapers_together_speak() -> None:
    b = brief("Harbour\n\nThe week was calm.\n\nLocal newspapers reported that the navy had closed the harbour "
              "to fishing boats.\n", "en")
    assert said_by(b, "the navy had closed the harbour") == {"local newspapers"}
    assert next(a for a in b.actors if a.name == "Local newspapers").kind == "group"


def test_journaux_ensemble_parlent() -> None:
    b = brief("Port\n\nLa semaine a été calme.\n\nLes journaux locaux ont affirmé que la marine avait fermé le port "
              "aux bateaux de pêche.\n\nPlusieurs entreprises ont annoncé que les usines fermeraient en mai.\n", "fr")
    assert said_by(b, "la marine avait fermé le port") == {"journaux locaux"}
    assert said_by(b, "les usines fermeraient") == {"entreprises"}


def test_a_handle_with_a_hyphen_is_one_account() -> None:
    b = brief("Posts on the bridge\n\nUsers reacted online.\n\n@rui-alves_V: The bridge is safe and should stay "
              "open all winter.\n", "en")
    assert quotes_by(b, "@rui-alves_V") == ["The bridge is safe and should stay open all winter"]


_WEIBO = ("Posts on the bridge\n\nUsers reacted on Weibo.\n\n"
          "林乔：桥必须马上关闭，这是一个好机会。\n"
          "@林乔: The bridge must close at once, this is a good chance.\n\n"
          "The city said it would decide in May.\n")


def test_a_post_in_its_script_and_its_translation_are_the_accounts() -> None:
    b = brief(_WEIBO, "en")
    assert quotes_by(b, "@林乔") == ["桥必须马上关闭，这是一个好机会。",
                                   "The bridge must close at once, this is a good chance"]


def test_a_run_of_such_a_script_is_no_topic() -> None:
    b = brief(_WEIBO, "en")
    assert all("桥" not in p.topic for p in b.positions)


def test_a_name_before_a_colon_is_no_account_unless_one_posts() -> None:
    b = brief("Posts on the bridge\n\nUsers reacted on Weibo.\n\n林乔：桥必须马上关闭，这是一个好机会。\n\n"
              "The city said it would decide in May.\n", "en")
    assert all("桥" not in q for c in b.claims for q in (e.quote for e in c.evidence))


def test_one_of_a_kind_is_named_with_its_one() -> None:
    b = brief("Quake\n\nThe ground shook again on Monday. One resident said that the town was used to it.\n", "en")
    assert said_by(b, "the town was used to it") == {"resident"}
    assert "One resident" in next(a for a in b.actors if a.name == "resident").aliases


def test_the_paper_one_writes_for_is_no_content() -> None:
    b = brief("Vote\n\nThe week was calm.\n\nWriting for the Dalen Herald, columnist Paul Ward notes that the vote "
              "was rushed.\n", "en")
    assert quotes(b) == ["the vote was rushed"]
