"""clinic_app.paths.resources_dir() from the source tree and from an installed wheel.

The wheel test builds the wheel from a copy of the project (so no build/ or egg-info lands in the
working tree), installs it with pip into a throwaway venv and asks that interpreter where the
resources are: they must be the copy installed under sys.prefix, byte-identical to resources/.
Building needs setuptools for pip's isolated build, like `pip install -e .` does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from .conftest import APP_ID, APP_NAME, RESOURCES, ROOT, resource_digests

PROBE = """
import json, sys
from pathlib import Path
from clinic_app.paths import default_protocol_path, resources_dir
import clinic_app
print(json.dumps({"resources": str(resources_dir()), "protocol": str(default_protocol_path()),
                  "prefix": sys.prefix, "package": str(Path(clinic_app.__file__).parent),
                  "version": clinic_app.__version__}))
"""


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CLINIC_APP_RESOURCES", "PYTHONPATH")}
    env.update(extra)
    return env


def _probe(python: str | Path, cwd: Path, **env: str) -> dict[str, str]:
    done = subprocess.run([str(python), "-c", PROBE], cwd=cwd, env=_clean_env(**env),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_source_tree_finds_the_resources_folder_of_the_checkout(tmp_path: Path) -> None:
    found = _probe(sys.executable, cwd=tmp_path)
    assert Path(found["resources"]) == RESOURCES
    assert Path(found["protocol"]) == RESOURCES / "protocols" / "imp321-paclitaxel-mbc.toml"


def test_frozen_root_is_preferred_to_the_source_tree(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "protocols").mkdir(parents=True)
    probe = f"import sys; sys._MEIPASS = {str(bundle)!r}\n" + PROBE
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=_clean_env(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert Path(json.loads(done.stdout)["resources"]) == bundle / "resources"


def _copy_project(target: Path) -> Path:
    """The files a wheel is built from, without the working tree's build products."""
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("clinic_app", "resources"):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    (target / "packaging").mkdir()
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        shutil.copy2(ROOT / "packaging" / name, target / "packaging")
    return target


@pytest.mark.slow
def test_installed_wheel_finds_its_resources_under_sys_prefix(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "project")
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", str(project), "--no-deps", "-q", "-w", str(wheels)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("clinic_dosing_assistant-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                              "--no-index", str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    # clinic_app.paths needs platformdirs only: lend it this environment's copy.
    lent = tmp_path / "lent"
    shutil.copytree(Path(platformdirs.__file__).parent, lent / "platformdirs")

    found = _probe(python, cwd=tmp_path, PYTHONPATH=str(lent))
    installed = Path(found["prefix"]) / "share" / APP_NAME / "resources"
    assert Path(found["package"]).is_relative_to(venv), "the wheel's clinic_app, not the checkout's"
    assert Path(found["resources"]) == installed
    assert Path(found["protocol"]) == installed / "protocols" / "imp321-paclitaxel-mbc.toml"
    assert resource_digests(installed) == resource_digests(RESOURCES), "every resource file, byte for byte"
    assert found["version"] == _pyproject_version()
    share = Path(found["prefix"]) / "share"
    for folder, name in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        assert (share / folder / name).read_bytes() == (ROOT / "packaging" / name).read_bytes(), name
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def _pyproject_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])
