"""The JSON Lines reader that `link` and `resolve` share: each bad line gets one message that
says what to fix, and good lines give their text and mention spans."""

import json

import pytest

from crisislens.cli.options import BadLineError, mention_line


def test_mention_line_reads_text_and_spans():
    line = json.dumps(
        {"id": "x", "text": "Riot police fired tear gas.", "mentions": [{"start": 12, "end": 17}]}
    )
    item, text, spans = mention_line(line)
    assert item["id"] == "x" and text.startswith("Riot") and spans == [(12, 17)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "not a JSON object"),
        ("[1, 2]", "not a JSON object"),
        ('{"id": "a"}', 'no "text" field with a string'),
        ('{"text": 7}', 'no "text" field with a string'),
        ('{"text": "abc", "mentions": 3}', '"mentions" is not a list'),
        ('{"text": "abc", "mentions": [{"start": "x"}]}', 'mention 1 has no integer "start"'),
        (
            '{"text": "abc", "mentions": [{"start": 0, "end": 2}, {"start": 1, "end": 9}]}',
            "mention 2 (1-9) lies outside the text",
        ),
        ('{"text": "abc", "mentions": [{"start": 2, "end": 2}]}', "mention 1 (2-2) lies outside"),
    ],
)
def test_mention_line_says_what_is_wrong(line, message):
    with pytest.raises(BadLineError, match=message.replace("(", r"\(").replace(")", r"\)")):
        mention_line(line)
