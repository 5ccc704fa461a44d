"""Round four of the PII work: name-likeness, caption-opening and verb positions, things that
look like names (compounds, joined hashtags, acronyms), and the spaCy NER backend for real."""

from __future__ import annotations

import json

import polars as pl
import pytest

from conftest import encode, make_image
from trustbench.builders.pipeline import run_recipe
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
    ],
)
def test_names_where_captions_put_people(text, name):
    assert _names(text) == [name]


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
    text = "Stage lights for Qelvan Drusk tonight"  # no list, no name position: only NER finds it
    assert _names(text) == []
    det = PIIDetector(ner_model=str(path), ner_backend="spacy")
    p = Pseudonymizer(KEY, detector=det)
    out = p.pseudonymize_texts([text, "Dru Works catalogue, page 4"])
    assert "Qelvan" not in out[0] and "Drusk" not in out[0]
    assert out[0].startswith("Stage lights for ") and out[0].endswith(" tonight")
    assert out[1] == "Dru Works catalogue, page 4"  # ORG entities are not people
    assert det.ner_calls >= 1


def test_spacy_backend_by_path_in_a_recipe(tmp_path, monkeypatch):
    path = _spacy_pipeline(tmp_path)
    monkeypatch.setenv("TB_R4_KEY", KEY.decode())
    (tmp_path / "imgs").mkdir()
    (tmp_path / "imgs" / "a.png").write_bytes(encode(make_image(0)))
    src = tmp_path / "src.parquet"
    pl.DataFrame({"key": ["k0"], "caption": ["Stage lights for Qelvan Drusk tonight"],
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
