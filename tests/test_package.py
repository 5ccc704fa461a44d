"""Packaging: the wheel holds the namespace subpackages; trustbench.sanitize imports without torch,
trustbench.synth imports it only when a model loads."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import REPO


def test_sanitize_imports_without_torch():
    code = (
        "import sys, pkgutil, importlib, trustbench.sanitize as s\n"
        "for m in pkgutil.iter_modules(s.__path__):\n"
        "    importlib.import_module(f'trustbench.sanitize.{m.name}')\n"
        "bad = sorted(m for m in ('torch', 'transformers', 'diffusers', 'cv2') if m in sys.modules)\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")


def test_synth_imports_torch_only_when_a_model_loads(tiny_models):
    code = (
        "import sys, pkgutil, importlib, trustbench.synth as s\n"
        "for m in pkgutil.iter_modules(s.__path__):\n"
        "    importlib.import_module(f'trustbench.synth.{m.name}')\n"
        "from trustbench.builders.step import all_steps\n"
        "steps = all_steps()\n"
        "step = steps['score.clip']({'model': sys.argv[1]})\n"
        "bad = sorted(m for m in ('torch', 'transformers', 'diffusers') if m in sys.modules)\n"
        "assert not bad, bad\n"
        "step.ensure_setup()\n"
        "assert 'torch' in sys.modules and 'transformers' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tiny_models["clip"])], check=True, cwd="/")


def test_wheel_installs_namespace_packages(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
    )
    (wheel,) = tmp_path.glob("trustbench-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for must in (
        "trustbench/builders/cli.py",
        "trustbench/builders/steps/validate.py",
        "trustbench/sanitize/__init__.py",
        "trustbench/synth/__init__.py",
        "trustbench/cards/card.py",
        "trustbench/synth/lexicons/gender_pairs.tsv",
    ):
        assert must in names, must
    assert "trustbench/__init__.py" not in names  # PEP 420 namespace
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import trustbench.builders.cli as c, trustbench.sanitize, trustbench.cards\n"
        f"assert c.__file__.startswith({str(site)!r}), c.__file__\n"
        "from trustbench.builders.step import all_steps\n"
        "assert 'validate.images' in all_steps()\n"
        "from trustbench.synth.attributes import extract_attributes\n"
        "assert extract_attributes('a policewoman').gender == 'female'\n"
    )
    # run outside the repo with only the unpacked wheel (and the venv's dependencies) importable
    env_path = [str(site), *[p for p in sys.path if "site-packages" in p]]
    subprocess.run(
        [sys.executable, "-S", "-c", f"import sys; sys.path[:0] = {env_path!r}\n" + code],
        check=True,
        cwd=tmp_path,
    )
