"""Fairness sets: attributes, counterfactual captions, balance and bias audit on hand-written
sentences (not the benchmark's held-out sets), and the four fairness.* steps in real builds of
the bundled sample."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import polars as pl
import pytest

from conftest import SAMPLE, read_exclusions, read_output, run
from trustbench.synth.attributes import AttributeExtractor, extract_attributes
from trustbench.synth.balance import balance, plan_balance
from trustbench.synth.bias_audit import BiasAuditor, bias_audit
from trustbench.synth.counterfactual import Counterfactual, Swap, swap_gender, verify

# -- counterfactual captions ------------------------------------------------------------------

SWAPS = [
    # possessives
    ("The bride's dress and the groom's suit", "The groom's dress and the bride's suit"),
    ("the girls' bikes by the boys' door", "the boys' bikes by the girls' door"),
    ("A WOMAN'S HAT", "A MAN'S HAT"),
    ("the men's locker room", "the women's locker room"),
    # object vs possessive her, his vs hers
    ("We followed her into the forest", "We followed him into the forest"),
    ("He kissed her.", "She kissed him."),
    ("Her coat hangs on her chair", "His coat hangs on his chair"),
    ("The judge sentenced her to two years", "The judge sentenced him to two years"),
    ("The nurse gave her some water", "The nurse gave him some water"),
    ("They let her sing at the concert", "They let him sing at the concert"),
    ("The umbrella is his.", "The umbrella is hers."),
    ("He tuned his guitar", "She tuned her guitar"),
    ("The cat belongs to him", "The cat belongs to her"),
    # case
    ("QUEEN OF THE NIGHT", "KING OF THE NIGHT"),
    ("Grandmother knows best", "Grandfather knows best"),
    ("SHE DID IT HERSELF", "HE DID IT HIMSELF"),
    # plurals
    ("two policewomen and three nuns", "two policemen and three monks"),
    ("the wives of the kings", "the husbands of the queens"),
    ("Ladies in hats", "Gentlemen in hats"),
    # compounds
    ("a spokeswoman for the firm", "a spokesman for the firm"),
    ("my great-grandmother's ring", "my great-grandfather's ring"),
    ("his sister-in-law", "her brother-in-law"),
    ("the stepdaughter of the chairman", "the stepson of the chairwoman"),
    # titles
    ("Mrs. Patel and Mr. Okafor", "Mr. Patel and Ms. Okafor"),
    ("Miss Lee sang", "Mr Lee sang"),
]


@pytest.mark.parametrize(("text", "expected"), SWAPS)
def test_swaps(text, expected):
    cf = swap_gender(text)
    assert cf.text == expected
    assert verify(cf)
    for s in cf.swaps:  # recorded spans point at the old and new words
        assert text[s.start : s.end] == s.old and cf.text[s.new_start : s.new_end] == s.new


UNTOUCHED = [
    "Sherman and the shepherd",
    "a manuscript on the northern hemisphere",
    "the history of mankind and human rights",
    "Manchester at dawn, a snowman on the lawn",
    "Womenswear and menswear on sale",
    "a 40 ms delay; don't miss the bus",
    "Themes of chemistry: hemoglobin and heritage",
    "a red car parked by the lake",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_words_that_only_contain_a_gendered_word_stay(text):
    cf = swap_gender(text)
    assert cf.text == text and cf.swaps == ()
    assert extract_attributes(text).gender == "unknown"


ONE_TO_ONE = [
    "A woman reads her book to her son",
    "The actress thanked him for his help",
    "Grandfathers and granddaughters at the PARK with their aunts",
    "She saw him and waved to her brother-in-law",
    "The waiter's apron is his, the bride's veil is hers",
    "Two princesses, a duke and his nephews",
]


@pytest.mark.parametrize("text", ONE_TO_ONE)
def test_round_trip_returns_the_original(text):
    once = swap_gender(text)
    assert once.text != text
    assert swap_gender(once.text).text == text


def test_every_sample_caption_pairs_cleanly_and_round_trips():
    captions = pl.read_parquet(SAMPLE / "sample.parquet")["caption"].drop_nulls().to_list()
    changed = 0
    for text in captions:
        cf = swap_gender(text)
        assert verify(cf), text
        assert swap_gender(cf.text).text == text, text
        changed += cf.changed
    assert changed >= 43  # at least the planted gendered captions


def test_a_pair_with_an_unrecorded_change_fails_verification():
    cf = swap_gender("A woman and her dog")
    assert verify(cf)
    # the same swaps, but another token changed too: a bug verify must catch
    tampered = Counterfactual(cf.original, cf.text.replace("dog", "cat"), cf.swaps)
    assert not verify(tampered)
    # a recorded swap that did not happen
    ghost = Swap(2, 7, "woman", "lady", 2, "word")
    assert not verify(Counterfactual(cf.original, cf.text, (ghost, *cf.swaps[1:])))


def test_name_swap_is_optional_and_changes_gender():
    from trustbench.sanitize.pii import detect_pii

    text = "Photo of Jessica Smith with her dog"
    assert swap_gender(text).text == "Photo of Jessica Smith with his dog"
    cf = swap_gender(text, names=True)
    assert verify(cf)
    (name,) = [s for s in cf.swaps if s.kind == "name"]
    assert name.old == "Jessica" and name.new != "Jessica"
    (span,) = detect_pii(cf.text, ["PERSON"])
    assert span.gender == "M" and span.text.endswith(" Smith")
    assert swap_gender(text, names=True).text == cf.text  # deterministic


# -- attribute extraction ---------------------------------------------------------------------


def test_extraction_genders_and_spans():
    cases = {
        "A grandfather and his granddaughter": "mixed",
        "Portrait of a businesswoman": "female",
        "Mr. Tanaka at his desk": "male",
        "a bowl of fruit on a table": "unknown",
        "Alice and Bob at the beach": "unknown",  # names are not gender terms: no guessing
        "Miss Universe on stage": "female",
        "I will miss the train": "unknown",
    }
    for text, gender in cases.items():
        a = extract_attributes(text)
        assert a.gender == gender, text
        for s in a.spans:
            assert text[s.start : s.end] == s.text
    a = extract_attributes("A female pilot and her copilot")
    assert [(s.text, s.kind, s.value) for s in a.spans] == [
        ("female", "gender", "female"),
        ("pilot", "occupation", "pilot"),
        ("her", "gender", "female"),
    ]
    assert a.polarity == -1.0
    assert extract_attributes("she and he and his").polarity == pytest.approx(1 / 3)


def test_missing_captions_stay_unknown():
    assert extract_attributes(None).gender == "unknown"
    assert extract_attributes("").occupation is None
    assert swap_gender(None).swaps == () and not swap_gender("").changed


def test_occupations_multiword_plural_and_gendered_nouns():
    assert extract_attributes("Two police officers on patrol").occupation == "police officer"
    assert extract_attributes("A WAITRESS pouring coffee").occupation == "waiter"
    assert extract_attributes("The waiter pouring coffee").occupation == "waiter"
    a = extract_attributes("a software developer and a nurse")
    assert a.occupation == "programmer" and a.occupations == ["programmer", "nurse"]
    assert extract_attributes("a row of chairs").occupation is None


def test_lexicons_extend_from_files(tmp_path):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("# mine\nvixen\tfox\tf2m\n", encoding="utf-8")
    jobs = tmp_path / "jobs.txt"
    jobs.write_text("glassblower | glass blower\n", encoding="utf-8")
    ex = AttributeExtractor(pairs=[pairs], occupations=[jobs])
    a = ex.extract("Two vixens and a glass blower")
    assert a.gender == "female" and a.occupation == "glassblower"
    assert ex.extract("a fox").gender == "unknown"  # f2m: fox is not a gender term
    bad = tmp_path / "bad.tsv"
    bad.write_text("woman\tman\tsideways\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.tsv:1"):
        AttributeExtractor(pairs=[bad])
    latin1 = tmp_path / "latin1.tsv"
    latin1.write_bytes("fianc\xe9e\tfianc\xe9\n".encode("latin-1"))
    with pytest.raises(ValueError, match="not UTF-8"):
        AttributeExtractor(pairs=[latin1])


# -- balance ----------------------------------------------------------------------------------


def _table() -> pl.DataFrame:
    rows = (
        [("nurse", "female")] * 3 + [("nurse", "male")]
        + [("pilot", "female")] + [("pilot", "male")] * 4
        + [("chef", "female")] * 2 + [("chef", None)]
    )  # fmt: skip
    return pl.DataFrame(
        {
            "id": [f"r{i:02d}" for i in range(len(rows))],
            "occupation": [o for o, _ in rows],
            "gender": [g for _, g in rows],
        }
    )


def _counts(df: pl.DataFrame) -> dict[tuple[str, str], int]:
    return {(r["occupation"], r["gender"]): r["len"] for r in df.group_by("occupation", "gender").len().iter_rows(named=True)}  # fmt: skip


def test_balance_downsample_is_exact_per_group_and_reproducible():
    df = _table()
    res = balance(df, "gender", by="occupation", values=["female", "male"], seed=7)
    assert _counts(res.frame) == {("nurse", "female"): 1, ("nurse", "male"): 1,
                                  ("pilot", "female"): 1, ("pilot", "male"): 1}  # fmt: skip
    before = {(r["occupation"], r["gender"]): r["rows"] for r in res.before.to_dicts()}
    assert before[("nurse", "female")] == 3 and before[("chef", "male")] == 0
    # the same seed on shuffled input picks the same rows; seeds differ somewhere
    again = balance(df.sample(fraction=1.0, shuffle=True, seed=1), "gender", by="occupation",
                    values=["female", "male"], seed=7)  # fmt: skip
    assert sorted(again.frame["id"]) == sorted(res.frame["id"])
    picks = {
        tuple(sorted(balance(df, "gender", by="occupation", seed=s).frame["id"])) for s in range(20)
    }
    assert len(picks) > 1


def test_balance_upsample_and_reweight():
    df = _table()
    up = balance(df, "gender", by="occupation", values=["female", "male"], mode="upsample")
    assert _counts(up.frame) == {("nurse", "female"): 3, ("nurse", "male"): 3,
                                 ("pilot", "female"): 4, ("pilot", "male"): 4}  # fmt: skip
    assert up.frame["id"].n_unique() == len(up.frame)
    assert set(df["id"]) >= {i.split("~")[0] for i in up.frame["id"]}
    rw = balance(df, "gender", by="occupation", values=["female", "male"], mode="reweight")
    w = {(r["occupation"], r["gender"]): r["weight"] for r in rw.frame.to_dicts()}
    assert w[("nurse", "female")] == pytest.approx(4 / 6) and w[("nurse", "male")] == 2.0
    assert w[("pilot", "female")] == 2.5 and w[("pilot", "male")] == pytest.approx(5 / 8)
    sums = rw.frame.group_by("occupation", "gender").agg(pl.col("weight").sum())
    for occ in ("nurse", "pilot"):
        vals = sums.filter(pl.col("occupation") == occ)["weight"].to_list()
        assert vals[0] == pytest.approx(vals[1])
    assert "chef" not in rw.frame["occupation"].to_list()  # no male chef: cannot be weighted


def test_balance_bad_input_is_a_clear_error():
    with pytest.raises(KeyError, match="occupation"):
        balance(pl.DataFrame({"id": ["a"], "gender": ["female"]}), "gender", by="occupation")
    with pytest.raises(ValueError, match="two attribute values"):
        plan_balance(["a"], ["female"], ["x"])
    with pytest.raises(ValueError, match="mode"):
        plan_balance(["a", "b"], ["f", "m"], ["x", "x"], mode="sideways")  # type: ignore[arg-type]


# -- bias audit -------------------------------------------------------------------------------


def test_audit_matches_a_hand_computation(tmp_path):
    df = pl.DataFrame(
        {
            "occupation": ["nurse"] * 4 + ["pilot"] * 5,
            "gender": ["female"] * 3 + ["male"] + ["female"] + ["male"] * 4,
            "text": [
                "a woman nurse in scrubs",  # polarity -1
                "a nurse with her kitchen scale",  # -1
                "a woman nurse and her son",  # (1 - 2) / 3
                "a man nurse in the kitchen",  # +1
                "a woman pilot in the cockpit",  # -1
                "a man pilot in the cockpit",  # +1
                "he flies",  # +1
                "a pilot and his kitchen",  # +1
                "a pilot",  # no terms
            ],
        }
    )
    emb = np.array([[1, 0], [1, 0], [1, 0], [0, 1], [1, 0], [0, 1], [0, 1], [0, 1], [3, 4]], float)
    res = bias_audit(df, "gender", by="occupation", values=["female", "male"],
                     words=["kitchen", "cockpit"], embeddings=emb)  # fmt: skip
    t = res.tables
    cells = {(r["occupation"], r["gender"]): (r["rows"], r["share"]) for r in t["cells"].to_dicts()}
    assert cells[("nurse", "female")] == (3, 0.75) and cells[("*", "male")] == (5, 5 / 9)
    chi = {r["occupation"]: r for r in t["chi_square"].to_dicts()}
    # (3-2)²/2 + (1-2)²/2 = 1; (1-2.5)²/2.5·2 = 1.8; (4-4.5)²/4.5·2 = 1/9; dof 1: p = erfc(√(x/2))
    for occ, x in (("nurse", 1.0), ("pilot", 1.8), ("*", 1 / 9)):
        assert chi[occ]["chi2"] == pytest.approx(x) and chi[occ]["dof"] == 1
        assert chi[occ]["p_value"] == pytest.approx(math.erfc(math.sqrt(x / 2)))
    pol = {r["occupation"]: r for r in t["polarity"].to_dicts()}
    assert pol["nurse"]["captions"] == 4
    assert pol["nurse"]["mean_polarity"] == pytest.approx((-1 - 1 - 1 / 3 + 1) / 4)
    assert (pol["pilot"]["captions"], pol["pilot"]["mean_polarity"]) == (4, 0.5)
    assert (pol["*"]["male_leaning"], pol["*"]["female_leaning"]) == (4, 4)
    co = {r["word"]: r for r in t["cooccurrence"].to_dicts()}
    # kitchen: 1 of 4 female captions, 2 of 5 male captions
    assert (co["kitchen"]["female_captions"], co["kitchen"]["male_captions"]) == (1, 2)
    assert co["kitchen"]["female_share"] == 0.25 and co["kitchen"]["male_share"] == 0.4
    assert co["kitchen"]["log2_female_vs_male"] == pytest.approx(math.log2(0.25 / 0.4))
    eb = {r["occupation"]: r for r in t["embedding_bias"].to_dicts()}
    assert eb["nurse"]["centroid_cosine_distance"] == pytest.approx(1.0)  # [1,0] vs [0,1]
    # all: female centroid [1,0]; male centroid mean([0,1]×4, [.6,.8]) = [.12, .96]
    assert eb["*"]["centroid_cosine_distance"] == pytest.approx(1 - 0.12 / math.hypot(0.12, 0.96))
    figs = res.charts(tmp_path)
    assert [p.name for p in figs] == ["counts.png", "polarity.png", "cooccurrence.png"]
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in figs)
    json.dumps(res.as_json())  # provenance-ready



def test_audit_top_words_are_the_same_in_every_process():
    """Words tied at the cut-off are taken alphabetically, not in set (string hash) order, so
    the co-occurrence table of the same data does not change from one run to the next."""
    words = ["violin", "apple", "kettle", "bridge", "yacht", "dune", "harbor", "cactus", "lemon",
             "garden", "ember", "falcon", "igloo", "jungle", "meadow", "nectar", "orchid"]  # fmt: skip
    texts = ["a woman with " + " ".join(words), "a man with " + " ".join(words),
             "a woman with a violin", "a man with a yacht"]  # fmt: skip
    aud = BiasAuditor(["female", "male"], top_words=5)
    aud.add(["female", "male"] * 2, ["chef"] * 4, None, texts)
    top = aud.result().tables["cooccurrence"]["word"].to_list()
    # violin, yacht: 3 captions each; then every other word 2 captions: alphabetical
    assert top == ["violin", "yacht", "apple", "bridge", "cactus"]

# -- steps in real builds of the bundled sample -----------------------------------------------

SOURCE = {"type": "parquet", "path": str(SAMPLE / "sample.parquet"), "image_column": "jpg",
          "text_column": "caption", "id_column": "key", "rows_per_shard": 100}  # fmt: skip


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads((SAMPLE / "truth.json").read_text())


@pytest.fixture(scope="module")
def flagged(tmp_path_factory):
    out = tmp_path_factory.mktemp("fair") / "out"
    steps = [
        {"validate.images": {}},
        {"fairness.attributes": {}},
        {"fairness.counterfactual": {}},
        {"fairness.balance": {"action": "flag"}},
        {"fairness.audit": {}},
        {"fairness.audit": {"subset": "balanced", "words": ["uniform"]}},
    ]
    result = run({"name": "fair", "seed": 3, "source": SOURCE, "steps": steps}, out)
    return out, result


def test_attribute_step_matches_the_planted_truth(flagged, truth):
    out, _ = flagged
    df = read_output(out).filter(pl.col("role").fill_null("original") == "original")
    got = {r["id"]: (r["gender"], r["occupation"]) for r in df.iter_rows(named=True)}
    planted = {k: v for k, v in truth["gendered"].items() if k in got}
    assert len(planted) >= 40
    for key, v in planted.items():
        occ = extract_attributes(v["occupation"]).occupation  # canonical name of the planted one
        assert got[key] == (v["gender"], occ), key


def test_counterfactual_rows_pair_with_their_original(flagged):
    out, result = flagged
    df = read_output(out)
    assert df["id"].n_unique() == len(df)
    cf = df.filter(pl.col("role") == "counterfactual")
    orig = {r["id"]: r for r in df.filter(pl.col("role") == "original").iter_rows(named=True)}
    assert len(cf) == len(orig) >= 40
    for r in cf.iter_rows(named=True):
        o = orig[r["pair_id"]]
        assert r["id"] == o["id"] + "~cf" and o["pair_id"] == o["id"]
        assert r["image"]["bytes"] == o["image"]["bytes"]  # image shared
        swaps = tuple(Swap(**s) for s in r["cf_swaps"])
        assert verify(Counterfactual(o["text"], r["text"], swaps))
        assert {o["gender"], r["gender"]} == {"female", "male"} or o["gender"] == "mixed"
        assert json.loads(r["lineage"]["params"])["fairness.counterfactual"]["counterfactual_of"] == o["id"]
    assert json.loads(json.dumps(result.provenance))["accounting"]["balanced"]
    step = next(s for s in result.provenance["steps"] if s["name"] == "fairness.counterfactual")
    assert step["added"] == len(cf) and step["stats"]["pairs"] == len(cf)


def test_balance_flags_an_exactly_balanced_subset(flagged):
    out, result = flagged
    df = read_output(out)
    originals = df.filter(pl.col("role").fill_null("original") == "original")
    counts = originals.group_by("occupation", "gender").len()
    sub = df.filter(pl.col("balanced"))
    assert sub.filter(pl.col("role") == "counterfactual").is_empty()
    per = sub.group_by("occupation", "gender").len()
    for occ in originals["occupation"].drop_nulls().unique():
        c = counts.filter(pl.col("occupation") == occ)
        n = {g: int(c.filter(pl.col("gender") == g)["len"].sum()) for g in ("female", "male")}
        s = per.filter(pl.col("occupation") == occ)
        got = {g: int(s.filter(pl.col("gender") == g)["len"].sum()) for g in ("female", "male")}
        assert got["female"] == got["male"] == min(n.values()), occ
    assert sub.height > 0
    rep = next(s for s in result.provenance["steps"] if s["name"] == "fairness.balance")["report"]
    assert set(rep["tables"]) == {"gender per occupation before balancing",
                                  "gender per occupation after balancing"}  # fmt: skip
    assert all((out / f).is_file() for f in rep["figures"])


def test_audit_report_has_tables_and_charts(flagged):
    out, result = flagged
    rep = next(s for s in result.provenance["steps"] if s["name"] == "fairness.audit")
    assert rep["dropped"] == 0 and rep["kept"] == rep["in"]
    tables = rep["report"]["tables"]
    cells = tables["gender per occupation"]
    df = read_output(out).filter(pl.col("role").fill_null("original") == "original")
    n_female = df.filter(pl.col("gender") == "female").height
    (row,) = [r for r in cells if r["occupation"] == "*" and r["gender"] == "female"]
    assert row["rows"] == n_female > 0
    assert rep["report"]["figures"] and all((out / f).is_file() for f in rep["report"]["figures"])


def test_audit_of_the_balanced_subset_finds_no_skew(flagged):
    _, result = flagged
    audits = [s for s in result.provenance["steps"] if s["name"] == "fairness.audit"]
    tables = audits[1]["report"]["tables"]
    chi = tables["chi-square of gender vs uniform per occupation"]
    assert len(chi) > 2 and all(r["chi2"] == 0.0 and r["p_value"] == 1.0 for r in chi)
    (co,) = tables["gender × subject-word co-occurrence"]
    assert co["word"] == "uniform" and co["female_captions"] + co["male_captions"] > 0


def test_balance_drop_mode_and_upsample_in_builds(tmp_path):
    base = [{"validate.images": {}}, {"fairness.attributes": {}}]
    out = tmp_path / "drop"
    res = run({"name": "d", "source": SOURCE, "steps": [*base, {"fairness.balance": {}}]}, out)
    df = read_output(out)
    assert df.height > 0 and df["gender"].value_counts()["count"].n_unique() == 1
    reasons = set(read_exclusions(out).filter(pl.col("step") == "fairness.balance")["reason"])
    assert reasons == {"balance_downsampled", "balance_out_of_scope"}
    assert res.provenance["accounting"]["balanced"]

    out = tmp_path / "up"
    steps = [*base, {"fairness.balance": {"mode": "upsample", "by": None}}]
    res = run({"name": "u", "source": SOURCE, "steps": steps}, out)
    df = read_output(out)
    sub = df.filter(pl.col("gender").is_in(["female", "male"]))
    assert sub["gender"].value_counts()["count"].n_unique() == 1
    assert df["id"].n_unique() == len(df) and df["id"].str.contains("~up").any()
    assert res.provenance["accounting"]["balanced"]


def test_steps_reject_bad_options_and_missing_columns(tmp_path):
    from trustbench.builders.recipe import parse_recipe
    from trustbench.builders.step import get_step

    with pytest.raises(Exception, match="unknown_key|extra"):
        get_step("fairness.balance")({"unknown_key": 1})
    with pytest.raises(Exception, match="mode"):
        parse_recipe(
            {"name": "x", "source": SOURCE, "steps": [{"fairness.balance": {"mode": "up"}}]}
        )
    with pytest.raises(KeyError, match="fairness.attributes first"):
        run({"name": "x", "source": SOURCE, "steps": [{"fairness.balance": {}}]}, tmp_path / "o")
    with pytest.raises(FileNotFoundError, match="nope.tsv"):
        steps = [{"fairness.attributes": {"pairs": ["nope.tsv"]}}]
        run({"name": "x", "source": SOURCE, "steps": steps}, tmp_path / "p")


def test_text_side_imports_without_torch():
    code = (
        "import sys\n"
        "import trustbench.synth.attributes, trustbench.synth.counterfactual\n"
        "import trustbench.synth.balance, trustbench.synth.bias_audit\n"
        "from trustbench.synth.counterfactual import swap_gender\n"
        "swap_gender('her dog and his cat')\n"
        "bad = sorted(m for m in ('torch', 'transformers', 'diffusers') if m in sys.modules)\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")
