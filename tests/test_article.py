"""Reading articles: the date line, language, and typed errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.article import detect_language, parse, read_text
from summarizer.errors import EmptyInputError, InputDecodeError, InputNotFoundError


def test_seed_date_line_runs_into_the_article(seed_text: str) -> None:
    article = parse(seed_text)
    assert article.date == "2025-02"
    assert article.title is None
    assert article.language == "fr"
    assert article.text == seed_text  # kept exactly as received
    assert seed_text[article.body_start :].startswith(" Le président américain")


def test_wikinews_header_with_title() -> None:
    text = (
        "date 2019-10-08 title US President Trump announces withdrawal\n"
        "\nTuesday, October 8, 2019\n\nThe president said so."
    )
    article = parse(text)
    assert (article.date, article.title, article.language) == (
        "2019-10",
        "US President Trump announces withdrawal",
        "en",
    )
    assert text[article.body_start :].startswith("\nTuesday")


def test_no_header() -> None:
    article = parse("Le gouvernement a annoncé que les impôts augmenteront.")
    assert article.date is None and article.body_start == 0 and article.language == "fr"


def test_language_detection() -> None:
    assert detect_language("The minister said that the bill would pass in the house.") == "en"
    assert detect_language("Le ministre a déclaré que la loi serait votée par les députés.") == "fr"


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffLe ministre a parlé.".encode())
    assert read_text(path) == "Le ministre a parlé."


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\t \n", EmptyInputError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", InputDecodeError, "binary"),
        ("Le ministre a été élu.".encode("latin-1"), InputDecodeError, "not UTF-8"),
    ],
)
def test_bad_files_raise_typed_errors(tmp_path: Path, content: bytes, error: type[Exception], message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error, match=message):
        read_text(path)


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputNotFoundError, match="directory"):
        read_text(tmp_path)


def test_the_date_line_keeps_its_day_in_the_source() -> None:
    article = parse("date 2019-08-29 title Une réunion\nLe ministre a déclaré que la réunion aurait lieu.\n")
    assert (article.date, article.day, article.title) == ("2019-08", 29, "Une réunion")
    assert (article.source().date, article.source().day) == ("2019-08", 29)
    assert parse("date 2019-08 La réunion a eu lieu hier.").day is None
