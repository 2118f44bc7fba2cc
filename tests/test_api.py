"""The HTTP API over a small real store: endpoints, validation, read-only default, headers."""

import pytest
from fastapi.testclient import TestClient

from conftest import SAMPLES
from crisislens.api.app import create_app
from crisislens.store import Store, exports
from crisislens.store.stories import rebuild_stories

XSS = (
    "Protesters gathered in Almaty on Monday. <script>alert(1)</script> "
    '<img src=x onerror="alert(2)"> Police arrested 40 protesters in Almaty on Monday.'
)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory, pipeline):
    from crisislens.ingest import make_article, read_inputs

    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    store = Store.open(path)
    articles = [a for a in read_inputs([str(SAMPLES)]) if hasattr(a, "text")]
    articles.append(make_article(XSS, origin="xss", published="2022-01-10", title="<b>x</b>"))
    store.write(zip(articles, pipeline.process(articles)))
    rebuild_stories(store.conn)
    store.close()
    return path


@pytest.fixture(scope="module")
def client(db_path):
    return TestClient(create_app(db_path))


def test_api_events_filters_and_pagination(client):
    everything = client.get("/events", params={"limit": 5}).json()
    assert everything["total"] >= 20 and len(everything["events"]) == 5
    protests = client.get("/events", params={"event_type": "PROTEST"}).json()
    assert protests["events"] and all(e["event_type"] == "PROTEST" for e in protests["events"])
    kaz = client.get("/events", params={"country": "KAZ", "date_from": "2022-01-01"}).json()
    assert kaz["total"] >= 1
    box = client.get("/events", params={"bbox": "76,43,78,44"}).json()
    assert all(76 <= e["lon"] <= 78 for e in box["events"])


@pytest.mark.parametrize(
    "params",
    [
        {"event_type": "RIOT"},
        {"country": "kazakhstan"},
        {"limit": 0},
        {"limit": 100000},
        {"date_from": "yesterday"},
        {"bbox": "1,2,3"},
        {"bbox": "10,10,0,0"},
        {"modality": "maybe"},
        {"offset": -1},
        {"actor": "x" * 500},
    ],
)
def test_api_rejects_bad_parameters_with_422(client, params):
    response = client.get("/events", params=params)
    assert response.status_code == 422, response.text


@pytest.mark.parametrize("hostile", ["'; DROP TABLE events; --", "' OR '1'='1", "%", "_\\"])
def test_api_injection_strings_are_just_text(client, hostile):
    assert client.get("/events", params={"actor": hostile}).json()["total"] == 0
    assert client.get("/events", params={"text": hostile}).status_code == 200
    assert client.get("/events").json()["total"] > 0


def test_api_event_article_story_stats_export(client):
    first = client.get("/events", params={"limit": 1}).json()["events"][0]
    detail = client.get(f"/events/{first['event_id']}").json()
    assert detail["event"]["event_id"] == first["event_id"]
    article = client.get(f"/articles/{detail['article_id']}").json()
    spans = article["evidence"]
    assert spans and all(article["text"][s["start"] : s["end"]] for s in spans)
    assert client.get("/stories").json()["stories"]
    stats = client.get("/stats").json()
    assert stats["by_type"] and "network" in stats
    geo = client.get("/export", params={"format": "geojson"})
    assert geo.status_code == 200 and geo.json()["type"] == "FeatureCollection"
    assert geo.headers["content-type"] == "application/geo+json"
    written, left_out = int(geo.headers["x-events-written"]), int(geo.headers["x-events-left-out"])
    assert written == len(geo.json()["features"])
    assert written + left_out == client.get("/events").json()["total"]
    assert client.get("/export", params={"format": "csv"}).text.startswith("event_id")
    xlsx = client.get("/export", params={"format": "acled-xlsx"})
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"  # a zip: an Excel workbook
    assert "crisislens-events.xlsx" in xlsx.headers["content-disposition"]
    offered = [f["name"] for f in client.get("/export/formats").json()]
    assert offered == list(exports.names())
    assert client.get("/export", params={"format": "shapefile"}).status_code == 422
    assert client.get("/events/0000000000000000").status_code == 404
    assert client.get("/events/not-an-id").status_code == 422


def test_api_is_read_only_by_default(client):
    assert client.post("/ingest", json={"articles": []}).status_code in (404, 405)


def test_api_security_headers_and_no_cors(client):
    response = client.get("/events", headers={"Origin": "https://evil.example"})
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in response.headers


def test_api_body_limit_and_token(db_path, pipeline, tmp_path):
    import shutil

    writable = tmp_path / "copy.duckdb"
    shutil.copy(db_path, writable)
    app = create_app(writable, token="s3cret", pipeline_factory=lambda: pipeline)
    client = TestClient(app)
    body = {
        "articles": [
            {
                "id": "n1",
                "text": "Police arrested 12 protesters in Almaty on Monday "
                "after a rally against fuel prices.",
                "published": "2022-01-03",
            }
        ]
    }
    assert client.post("/ingest", json=body).status_code == 401
    assert (
        client.post("/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code
        == 401
    )
    ok = client.post("/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["stored"] == 1
    again = client.post("/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert again.json()["stored"] == 0
    huge = client.post(
        "/ingest",
        content=b"x" * (11 * 1024 * 1024),
        headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"},
    )
    assert huge.status_code == 413
    app.state.store.close()


def test_api_openapi_documents_every_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    for route in (
        "/events",
        "/events/{event_id}",
        "/stories",
        "/articles/{article_id}",
        "/stats",
        "/export",
        "/export/formats",
        "/event-types",
    ):
        assert route in paths


def test_api_event_types_are_the_data_table(client):
    """GET /event-types serves data/event_types.yaml in its order (the API enum's order), each
    type with its description and dashboard colour, and nothing the table does not hold."""
    import yaml

    from conftest import ROOT
    from crisislens.schemas import PLOVER_TYPES

    data = ROOT / "src" / "crisislens" / "data" / "event_types.yaml"
    table = yaml.safe_load(data.read_text(encoding="utf-8"))["types"]
    served = client.get("/event-types").json()
    assert [t["code"] for t in served] == list(table) == list(PLOVER_TYPES)
    for t in served:
        assert t["colour"] == table[t["code"]]["colour"]
        assert t["description"] == table[t["code"]]["description"]
        assert t["stance"] == table[t["code"]]["stance"]
        assert t["modes"] == list(table[t["code"]].get("modes") or {})
    assert client.get("/event-types", params={"code": "ASSAULT"}).status_code == 422


def test_api_event_type_colour_is_checked():
    from crisislens.events.types import load_event_types

    entry = "types:\n  X:\n    description: d\n    cameo: []\n    stance: hostile\n"
    assert load_event_types(entry + "    colour: '#d62728'\n")["X"].colour == "#d62728"
    with pytest.raises(ValueError, match="colour"):
        load_event_types(entry + "    colour: 'red; background: url(x)'\n")


def test_api_dates_in_the_wrong_order_are_refused(client):
    wrong = client.get("/events", params={"date_from": "2022-05-01", "date_to": "2022-01-01"})
    assert wrong.status_code == 422
    assert wrong.json()["detail"][0]["loc"] == ["query", "date_from"]
    same = client.get("/events", params={"date_from": "2022-01-07", "date_to": "2022-01-07"})
    assert same.status_code == 200


def test_api_unknown_parameters_are_refused_with_what_to_use(client):
    since = client.get("/events", params={"since": "2022-01-01"})
    assert since.status_code == 422
    [problem] = since.json()["detail"]
    assert problem["loc"] == ["query", "since"] and "use 'date_from'" in problem["msg"]
    typed = client.get("/stats", params={"type": "PROTEST"})
    assert typed.status_code == 422 and "use 'event_type'" in typed.json()["detail"][0]["msg"]
    other = client.get("/events", params={"colour": "red"})
    assert other.status_code == 422 and "takes" in other.json()["detail"][0]["msg"]
    assert client.get("/export", params={"format": "csv", "country": "KAZ"}).status_code == 200
    assert client.get("/", params={"event_type": "ASSAULT"}).status_code == 200  # UI state


def test_api_every_parameter_described_and_every_route_typed(client):
    schema = client.get("/openapi.json").json()
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            for parameter in operation.get("parameters", []):
                assert parameter.get("description"), f"{method} {path} {parameter['name']}"
            if path == "/export":  # a file, in the format asked for
                continue
            ok = operation["responses"]["200"]["content"]
            body = next(iter(ok.values()))["schema"]
            assert body and body != {"type": "object"}, f"{method} {path}: no response model"


def test_api_stories_take_the_event_filters(client):
    every = client.get("/stories", params={"limit": 1000}).json()["stories"]
    assert every
    kind = every[0]["event_type"]
    some = client.get("/stories", params={"limit": 1000, "event_type": kind}).json()["stories"]
    assert some and len(some) <= len(every)
    assert all(
        any(
            client.get(f"/events/{e['event_id']}").json()["event"]["event_type"] == kind
            for e in s["evidence"]
        )
        for s in some
    )
    none = client.get("/stories", params={"date_from": "2100-01-01"}).json()["stories"]
    assert none == []
