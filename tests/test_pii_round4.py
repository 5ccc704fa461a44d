"""Round four of the PII work: name-likeness, caption-opening and verb positions, things that
look like names (compounds, joined hashtags, acronyms), and the spaCy NER backend for real."""

from __future__ import annotations

import json

import polars as pl
import pytest

from conftest import encode, make_image, read_output, run, write_parquet_bytes
from trustbench.builders.pipeline import run_recipe
from trustbench.builders.step import Step, register
from trustbench.sanitize._pii_lookup import name_likeness
from trustbench.sanitize.pii import PIIDetector, Pseudonymizer, detect_pii

KEY = b"round-four-key-0123456789abcdef"


def _names(text: str) -> list[str]:
    return [s.text for s in detect_pii(text) if s.type == "PERSON"]


def test_name_likeness_separates_names_from_words():
    # names of several origins the table was trained with, and words that no list holds
    for name in ("tahmina", "ogawara", "kahananui", "batbayar"):
        assert name_likeness(name) > 0, name
    for word in ("cycling", "cosplay", "photography", "windmills"):
        assert name_likeness(word) < -0.3, word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zelvorin Astaquel painting a mural downtown", "Zelvorin Astaquel"),  # invented, verb
        ("Mirabeth Quonsley receives the community award", "Mirabeth Quonsley"),
        ("Oyunchimeg Batbayar riding in the naadam race", "Oyunchimeg Batbayar"),  # weak names
        ("chidinma okoro graduation photos, unilag", "chidinma okoro"),  # lower case, opening
        ("brenvik sollurai with the new puppy", "brenvik sollurai"),  # invented, lower case
        ("a portrait of pellamy voskridge by the window", "pellamy voskridge"),
        ("KARVISH DELMONTO LIVE IN CONCERT", "KARVISH DELMONTO"),  # ALL CAPS, opening
        ("graduation of tomasz lewandowicz, class of 2023", "tomasz lewandowicz"),
        ("#KofiBoatengPhotography", "KofiBoatengPhotography"),  # a name plus a trailing word
        ("Maarten de Groot cycling past the windmills", "Maarten de Groot"),  # particle + word
        ("Yoo Seung-min at Seoul fashion week", "Yoo Seung-min"),  # a syllable name, not a word
        ("Warrick D'Souza behind the bar", "Warrick D'Souza"),  # the surname after D'
        ("congrats to mei-ling chua on her first marathon!", "mei-ling chua"),
    ],
)
def test_names_where_captions_put_people(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hanna and Gustav Lindqvist on their sailboat", ["Hanna", "Gustav Lindqvist"]),
        ("Mihai Ionescu & Ioana on their wedding day", ["Mihai Ionescu", "Ioana"]),
        ("Brigitte with her son Étienne Marchand", ["Brigitte", "Étienne Marchand"]),
        ("Dinner in Anna Kowalski's kitchen", ["Anna Kowalski"]),  # "in" before a possessive
        ("Standing near Maria Lopez at the fair", ["Maria Lopez"]),  # two words after "near"
    ],
)
def test_single_names_next_to_a_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Eggs Benedict brunch plate",  # a first name inside a capitalized compound
        "Pink Floyd prism poster",
        "Fleetwood Mac vinyl on a turntable",
        "IKEA Billy bookcase in white",
        "Marks & Spencer food hall",  # the allow list with "&"
        "#TikTok dance challenge compilation",  # a joined term wordfreq knows
        "#yunnan rice terraces",
        "NASA JPL rover test in the Mojave",  # acronyms in a mixed-case caption
        "Hill Co-op storefront",  # a hyphenated dictionary word
        "Brenvik cycling shop window",  # one unknown word is no name
        "fujifilm lenses on a table",  # a lower-case opening without a person's position
        "Coca-Cola vintage tin sign",
        "Brighton Pier carousel",  # a place word that is also a first name somewhere
        "Dr. Pepper can on ice",  # a title before a dictionary word
        "Cattle market near Kano",  # one name-like word after "near" is a place
        "Hanna and her horse",  # a lone first name needs a named person beside it
        "Costa Rica rainforest canopy",  # a country of two words (Faker's address lists)
        "Sri Lanka tea plantation",
    ],
)
def test_things_that_look_like_names_are_kept(text):
    assert _names(text) == []


def test_whole_name_after_a_particle_survives_the_compound_rule():
    assert _names("Omar bin Laden Hassan at the gala") != []


def _spacy_pipeline(tmp_path):
    """A real spaCy pipeline, built here: a blank English one with an entity ruler."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"LOWER": "qelvan"}, {"LOWER": "drusk"}]},
                        {"label": "ORG", "pattern": "Dru Works"}])  # fmt: skip
    path = tmp_path / "ner-pipeline"
    nlp.to_disk(path)
    return path


def test_spacy_backend_fills_what_the_fast_path_misses(tmp_path):
    path = _spacy_pipeline(tmp_path)
    text = "Night bus to Qelvan Drusk tonight"  # no list, no name position: only NER finds it
    assert _names(text) == []
    det = PIIDetector(ner_model=str(path), ner_backend="spacy")
    p = Pseudonymizer(KEY, detector=det)
    out = p.pseudonymize_texts([text, "Dru Works catalogue, page 4"])
    assert "Qelvan" not in out[0] and "Drusk" not in out[0]
    assert out[0].startswith("Night bus to ") and out[0].endswith(" tonight")
    assert out[1] == "Dru Works catalogue, page 4"  # ORG entities are not people
    assert det.ner_calls >= 1


def test_spacy_backend_by_path_in_a_recipe(tmp_path, monkeypatch):
    path = _spacy_pipeline(tmp_path)
    monkeypatch.setenv("TB_R4_KEY", KEY.decode())
    (tmp_path / "imgs").mkdir()
    (tmp_path / "imgs" / "a.png").write_bytes(encode(make_image(0)))
    src = tmp_path / "src.parquet"
    pl.DataFrame({"key": ["k0"], "caption": ["Night bus to Qelvan Drusk tonight"],
                  "file": ["a.png"]}).write_parquet(src)  # fmt: skip
    recipe = {
        "name": "ner",
        "source": {"type": "parquet", "path": str(src), "image_column": "file",
                   "image_root": str(tmp_path / "imgs"), "id_column": "key"},
        "steps": [{"pseudonymize.text": {"key_env": "TB_R4_KEY",
                                         "ner": {"backend": "spacy", "model": str(path)}}}],
    }  # fmt: skip
    out = tmp_path / "out"
    run_recipe(recipe, out=out, progress=False)
    rows = pl.read_parquet(sorted((out / "data").rglob("*.parquet"))).to_dicts()
    assert len(rows) == 1 and "Qelvan" not in rows[0]["text"]
    assert "Qelvan" not in json.dumps(json.loads((out / "provenance.json").read_text()))


def test_spacy_backend_names_a_missing_pipeline(tmp_path):
    pytest.importorskip("spacy")
    with pytest.raises(FileNotFoundError, match="not installed"):
        PIIDetector(ner_model=str(tmp_path / "nope"), ner_backend="spacy")


# -- blind spots of the at-read pseudonymizer ---------------------------------------------------

RECAPTIONS = ["Portrait of Amanda Flores at the lake", "Brian Keller with his dog"]
CRASH_AT: set[str] = set()


@register
class _Recaption(Step):
    """Test step: overwrites the caption the source gave (as a captioning model would)."""

    name = "test.recaption4"

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        new = [RECAPTIONS[int(k[-3:]) % 2] for k in batch["id"]]
        return batch.with_columns(pl.Series("text", new))


@register
class _Crash(Step):
    """Test step: raises when it meets an id in ``CRASH_AT``."""

    name = "test.crash4"

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        if CRASH_AT & set(batch["id"]):
            raise RuntimeError("simulated crash")
        return batch


def _named_corpus(tmp_path):
    rows = [{"key": f"img{i:03d}", "caption": f"{NAMES4[i % 3]} on holiday, photo {i}",
             "png": encode(make_image(i))} for i in range(12)]  # fmt: skip
    return write_parquet_bytes(rows, tmp_path / "in.parquet")


NAMES4 = ["Jenna Ortiz", "Marta Kowalczyk", "Olusegun Adeyemi"]


def _pii_recipe(src, steps):
    return {"name": "blind", "source": {"type": "parquet", "path": str(src), "image_column": "jpg",
                                        "id_column": "key", "rows_per_shard": 3},
            "steps": steps}  # fmt: skip


def test_a_read_column_an_earlier_step_overwrites_is_scanned_again(tmp_path, monkeypatch):
    monkeypatch.setenv("TRUSTBENCH_PII_KEY", KEY.decode())
    src = _named_corpus(tmp_path)
    out = tmp_path / "out"
    res = run(_pii_recipe(src, ["test.recaption4", "pseudonymize.text"]), out)
    texts = read_output(out)["text"].to_list()
    assert len(texts) == 12
    for name in ("Amanda Flores", "Brian Keller", *NAMES4):
        assert not any(name in t for t in texts), name
    # the source's captions were pseudonymized as read, the new ones at the step's place:
    # 12 names each time
    step = next(s for s in res.provenance["steps"] if s["name"] == "pseudonymize.text")
    assert step["report"]["entities"]["PERSON"] == 24


def test_corpus_step_report_counts_survive_a_resume(tmp_path, monkeypatch):
    monkeypatch.setenv("TRUSTBENCH_PII_KEY", KEY.decode())
    src = _named_corpus(tmp_path)
    steps = ["pseudonymize.text", "test.crash4"]
    clean = run(_pii_recipe(src, steps), tmp_path / "clean")
    CRASH_AT.add("img007")
    try:
        with pytest.raises(RuntimeError, match="simulated crash"):
            run(_pii_recipe(src, steps), tmp_path / "crashy")
    finally:
        CRASH_AT.clear()
    resumed = run(_pii_recipe(src, steps), tmp_path / "crashy")
    assert resumed.resumed

    def report(res) -> dict:
        return next(s for s in res.provenance["steps"] if s["name"] == "pseudonymize.text")

    assert report(clean)["report"]["entities"] == {"PERSON": 12}
    assert report(resumed)["report"]["entities"] == report(clean)["report"]["entities"]
    assert report(resumed)["stats"] == report(clean)["stats"]
    # a third run finds every shard done: the report is still there, not empty
    again = run(_pii_recipe(src, steps), tmp_path / "crashy")
    assert report(again)["report"]["entities"] == {"PERSON": 12}
