"""The documents of a build: the Hub card (metadata + datasheet), croissant.json, the figures."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import datasets
import polars as pl
import pyarrow.parquet as pq
import pytest
import yaml
from PIL import Image

from conftest import REPO, SAMPLE, encode, make_image
from trustbench.builders.audit import audit_pii, run_audit
from trustbench.builders.pipeline import run_recipe
from trustbench.builders.publish import publish
from trustbench.builders.recipe import RecipeError, load_recipe
from trustbench.builders.step import CorpusStep, register
from trustbench.cards.meta import TODO, hub_vocabulary

DEMO = REPO / "data" / "recipes" / "demo.yaml"
SECTIONS = ("## Motivation", "## Composition", "## Collection process",
            "## Preprocessing, cleaning and labeling", "## Uses", "## Distribution",
            "## Maintenance")  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cards") / "demo"
    run_recipe(DEMO, out=out, progress=False)
    return out


def _meta(readme: str) -> dict:
    return yaml.safe_load(readme.split("---\n")[1])


def test_demo_card_metadata_is_what_the_hub_accepts(demo):
    from huggingface_hub import DatasetCard

    prov = json.loads((demo / "provenance.json").read_text())
    card = DatasetCard.load(demo / "README.md")
    meta = card.data.to_dict()
    assert "configs" not in meta  # see cards/card.py: a configs block breaks local loading
    assert meta["size_categories"] == ["n<1K"]
    assert set(meta["size_categories"]) <= set(hub_vocabulary("size_categories"))
    assert "trustbench" in meta["tags"] and meta["pretty_name"] == "demo"
    # the dataset_info block parses back into the features and split sizes of the data files
    info = datasets.info.DatasetInfosDict.from_dataset_card_data(card.data)["default"]
    files = sorted((demo / "data").glob("*.parquet"))
    assert info.features == datasets.Features.from_arrow_schema(pq.read_schema(files[0]))
    assert info.splits["train"].num_examples == prov["output"]["rows"]
    # and datasets loads the folder with that README
    ds = datasets.load_dataset(str(demo), split="train", cache_dir=str(demo.parent / "cache"))
    assert len(ds) == prov["output"]["rows"] and ds.features == info.features


def test_demo_datasheet_is_filled_from_provenance(demo):
    prov = json.loads((demo / "provenance.json").read_text())
    text = (demo / "README.md").read_text()
    body = text.split("---\n", 2)[2]
    positions = [body.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    # the demo recipe has no card: block, so what cannot be derived is marked, not invented
    motivation = body[body.index("## Motivation") : body.index("## Composition")]
    assert motivation.count(TODO) == 2
    steps = {s["name"]: s for s in prov["steps"]}
    for s in prov["steps"]:
        assert f"| {s['index']} | `{s['name']}` | {s['in']} | {s['kept']} | {s['dropped']} |" in body
    ents = steps["pseudonymize.text"]["report"]["entities"]
    assert "entities by type: " + ", ".join(f"{k}: {v}" for k, v in sorted(ents.items())) in body
    faces = steps["anonymize.faces"]["stats"]
    assert f"anonymized {faces['faces']} faces in {faces['images_with_faces']} images" in body
    dedupe = steps["dedupe.exact"]["report"]
    assert f"clusters: {dedupe['clusters']}; corrupt_images: 0; duplicates: {dedupe['duplicates']}" in body
    assert prov["input"]["files"][0]["sha256"] in body and prov["output"]["fingerprint"] in body
    # every embedded figure exists and is a PNG
    figures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", body)
    assert {"figures/accounting.png", "figures/samples.png"} <= set(figures)
    assert sum(f.startswith("figures/clusters-") for f in figures) == 3  # one per dedupe step
    for f in figures:
        assert Image.open(demo / f).format == "PNG"


def test_demo_croissant_validates_and_reads(demo):
    import mlcroissant as mlc

    res = subprocess.run(
        [str(Path(sys.executable).parent / "mlcroissant"), "validate", "--jsonld", "croissant.json"],
        cwd=demo, capture_output=True, text=True,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "error" not in res.stderr.lower()
    doc = json.loads((demo / "croissant.json").read_text())
    prov = json.loads((demo / "provenance.json").read_text())
    for key in ("rai:dataCollection", "rai:dataPreprocessingProtocol",
                "rai:personalSensitiveInformation", "rai:hasSyntheticData",
                "prov:wasDerivedFrom", "prov:wasGeneratedBy"):  # fmt: skip
        assert key in doc, key
    assert doc["prov:wasDerivedFrom"][0]["sha256"] == prov["input"]["files"][0]["sha256"]
    # the demo's fairness.counterfactual step adds generated captions
    assert any(s["added"] for s in prov["steps"])
    assert doc["rai:hasSyntheticData"] is True
    fields = {f["name"]: f for f in doc["recordSet"][0]["field"]}
    assert fields["default/image"]["dataType"] == "sc:ImageObject"

    records = list(mlc.Dataset(jsonld=demo / "croissant.json").records("default"))
    data = pl.read_parquet(demo / "data" / "*.parquet", columns=["id", "width", "height"])
    assert sorted(r["default/id"].decode() for r in records) == sorted(data["id"])
    first = records[0]
    row = data.filter(pl.col("id") == first["default/id"].decode()).row(0, named=True)
    assert first["default/image"].size == (row["width"], row["height"])


def test_demo_documents_hold_no_pii_and_the_audit_reads_them(demo, tmp_path):
    report = run_audit(demo, recipe=DEMO, truth=SAMPLE / "truth.json")
    assert report.ok, report.summary()
    scanned = set(report.files_scanned)
    assert {"README.md", "croissant.json", "figures/accounting.png", "figures/samples.png"} <= scanned
    # control: a value planted in a copy of each new document is found there
    truth = json.loads((SAMPLE / "truth.json").read_text())
    person = next(e["text"] for ents in truth["pii"].values() for e in ents if e["type"] == "PERSON")
    copy = tmp_path / "docs"
    shutil.copytree(demo / "figures", copy / "figures")
    doc = json.loads((demo / "croissant.json").read_text())
    doc["description"] += f" by {person}"
    (copy / "croissant.json").write_text(json.dumps(doc))
    (copy / "CHANGELOG.md").write_text(f"## v1.0.0\n\nthanks {person}\n")
    with Image.open(demo / "figures" / "samples.png") as im:
        buf = io.BytesIO()
        im.save(buf, "PNG", pnginfo=_pnginfo(person))
    (copy / "figures" / "samples.png").write_bytes(buf.getvalue())
    found = audit_pii(copy, {person: "PERSON"})
    assert sorted(f.file for f in found.findings) == [
        "CHANGELOG.md", "croissant.json", "figures/samples.png"
    ]  # fmt: skip


def _pnginfo(text: str):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", text)
    return info


# -- the card: block and report tables ----------------------------------------------------------


@register
class _BalanceStep(CorpusStep):
    """Counts rows per caption word count (a stand-in for a balance audit) and reports a table
    and a figure in the shared report convention."""

    name = "test.balance"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.groups: dict[str, int] = {}

    def observe(self, batch):
        for t in batch["text"].to_list():
            key = "short" if len(t.split()) < 6 else "long"
            self.groups[key] = self.groups.get(key, 0) + 1

    def process(self, batch):
        return batch

    def write_report(self, report_dir):
        report_dir.mkdir(parents=True, exist_ok=True)
        make_image(7, (40, 30)).save(report_dir / "groups.png")
        n = sum(self.groups.values())
        rows = [{"group": g, "count": c, "share": round(c / n, 3)} for g, c in sorted(self.groups.items())]
        return {
            "tables": {"Caption length balance": rows},
            "figures": [f"reports/{report_dir.name}/groups.png"],
        }


CARD = """\
name: carded
source: {type: parquet, path: src.parquet, image_column: jpg, text_column: caption, id_column: key}
steps:
  - validate.images
  - test.balance
card:
  version: 0.2.0
  license: cc-by-4.0
  language: [en]
  task_categories: [image-to-text]
  annotations_creators: [machine-generated]
  motivation: Probe caption robustness of VLMs on small synthetic images.
  intended_uses: Evaluation only.
  citation: "@misc{carded, title={Carded}}"
  maintainers: [trust-team]
"""


def _carded(tmp_path, text=CARD) -> Path:
    captions = ["a short caption", "a much longer caption with many more words in it"] * 3
    pl.DataFrame(
        {"key": [f"k{i}" for i in range(6)], "caption": captions,
         "jpg": [encode(make_image(i)) for i in range(6)]}
    ).write_parquet(tmp_path / "src.parquet")  # fmt: skip
    path = tmp_path / "carded.yaml"
    path.write_text(text)
    return path


def test_card_block_fills_the_card_croissant_and_report_tables(tmp_path):
    out = run_recipe(_carded(tmp_path), out=tmp_path / "out", progress=False).out_dir
    text = (out / "README.md").read_text()
    meta = _meta(text)
    assert meta["license"] == "cc-by-4.0" and meta["language"] == ["en"]
    assert meta["task_categories"] == ["image-to-text"] and meta["version"] == "0.2.0"
    assert meta["multilinguality"] == ["monolingual"]  # one language given
    assert "Probe caption robustness of VLMs" in text and "@misc{carded" in text
    motivation = text[text.index("## Motivation") : text.index("## Composition")]
    assert motivation.count(TODO) == 1  # funding was not given
    # the report table is rendered as a table, with bars, and the step's own figure embedded
    assert "**Caption length balance**" in text
    assert "| group | count | share |" in text and "| long | 3 | 0.5 |" in text
    assert "![test.balance](reports/02-test.balance/groups.png)" in text
    assert (out / "figures" / "table-02-test.balance-caption-length-balance.png").exists()
    doc = json.loads((out / "croissant.json").read_text())
    assert doc["license"] == "cc-by-4.0" and doc["version"] == "0.2.0"
    assert doc["rai:dataUseCases"] == "Evaluation only." and doc["citeAs"].startswith("@misc")
    # the recipe's version is the first published one; the step's figure is published with it
    repo = tmp_path / "releases"
    assert publish(out, str(repo)).version == "0.2.0"
    assert (repo / "reports" / "02-test.balance" / "groups.png").exists()
    assert not (repo / "reports" / "02-test.balance" / "clusters.parquet").exists()


def test_card_block_errors_name_the_line(tmp_path):
    bad = CARD.replace("  maintainers: [trust-team]", "  maintainer: [x]").replace(
        "language: [en]", "language: [english]"
    )
    with pytest.raises(RecipeError) as e:
        load_recipe(_carded(tmp_path, bad))
    problems = "\n".join(e.value.problems)
    assert "carded.yaml:15: card.maintainer: unknown key 'maintainer'; allowed: version," in problems
    assert "carded.yaml:9: card.language:" in problems and "not accepted by the Hub" in problems
    with pytest.raises(RecipeError, match=r"carded.yaml:7: card.version: String should match"):
        load_recipe(_carded(tmp_path, CARD.replace("0.2.0", "v2")))


def test_editing_the_card_block_does_not_restart_a_build(tmp_path):
    text = CARD + "output: {keep_work: true}\n"
    path = _carded(tmp_path, text)
    first = run_recipe(path, out=tmp_path / "out", progress=False)
    path.write_text(text.replace("Evaluation only.", "Evaluation and audits."))
    second = run_recipe(path, out=tmp_path / "out", progress=False)
    assert second.resumed and not first.resumed
    assert second.output_fingerprint == first.output_fingerprint
    assert "Evaluation and audits." in (tmp_path / "out" / "README.md").read_text()


def test_cards_is_a_leaf_and_imports_no_torch_or_matplotlib():
    code = (
        "import sys, trustbench.cards\n"
        "bad = sorted(m for m in ('torch', 'matplotlib', 'trustbench.builders') if m in sys.modules)\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")
