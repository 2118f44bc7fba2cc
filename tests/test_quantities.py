import pytest

from crisislens.events.quantities import parse_number


@pytest.mark.parametrize(
    "text,value",
    [
        ("3000", 3000),
        ("3,000", 3000),
        ("200,000", 200000),
        ("1.2 million", 1_200_000),
        ("dozens", 24),
        ("three", 3),
        ("at least 30", 30),
        ("$2 billion", 2e9),
    ],
)
def test_quantities_parse_number(text, value):
    assert parse_number(text) == value


def test_quantities_in_sentence(extract):
    record = extract("Police arrested 45 people and at least 12 protesters were killed in Almaty.")
    kinds = {(q.kind, q.value) for e in record.events for q in e.quantities}
    assert ("arrested", 45) in kinds and ("dead", 12) in kinds


@pytest.mark.parametrize("text", ["09.03.2018", "1.2.3", "12,34,56", "", "abc"])
def test_quantities_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_quantities_parse_number_never_raises():
    from hypothesis import given
    from hypothesis import strategies as st

    @given(st.text(alphabet="0123456789.,$ kmbnthousandmillion", max_size=20))
    def check(text):
        value = parse_number(text)
        assert value is None or value >= 0

    check()
