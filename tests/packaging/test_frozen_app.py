"""Smoke test of the PyInstaller one-folder app in dist/ (built by packaging/build.sh).

Skipped when there is no build or the build is older than the sources, unless
CLINIC_APP_REQUIRE_FROZEN=1 (CI sets it right after building): then a missing build fails. The app
runs from a scratch folder with a scratch home, offscreen, with no virtual environment, PYTHONPATH or
resources override: what it needs must be inside the folder.
Each test prints its timing (see them with `pytest -s`).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from .conftest import APP_ID, APP_NAME, RESOURCES, ROOT, resource_digests

BUNDLE = ROOT / "dist" / APP_NAME
# Windows: the main .exe is windowed (no stdout); the command line has a console twin.
GUI_EXE = BUNDLE / (f"{APP_NAME}.exe" if os.name == "nt" else APP_NAME)
CLI_EXE = BUNDLE / (f"{APP_NAME}-cli.exe" if os.name == "nt" else APP_NAME)
REQUIRE_ENV = "CLINIC_APP_REQUIRE_FROZEN"
DEMO_DAY = "2026-11-23"


def _newest_source() -> tuple[float, Path]:
    files = [p for folder in ("clinic_app", "resources") for p in (ROOT / folder).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    return max((p.stat().st_mtime, p) for p in files)


@pytest.fixture(scope="module")
def bundle() -> Path:
    required = os.environ.get(REQUIRE_ENV) == "1"
    if not GUI_EXE.is_file():
        if required:
            pytest.fail(f"{REQUIRE_ENV}=1 but there is no frozen app at {GUI_EXE}")
        pytest.skip(f"no frozen build at {GUI_EXE}: run packaging/dev.sh build (CI does, then runs this file)")
    newest, changed = _newest_source()
    if not required and newest > GUI_EXE.stat().st_mtime:
        pytest.skip(f"the frozen build in dist/ is older than {changed.relative_to(ROOT)}: "
                    "run packaging/dev.sh build to test it")
    return BUNDLE


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("frozen")


def _env(scratch: Path, **extra: str) -> dict[str, str]:
    drop = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "CLINIC_APP_RESOURCES", "LD_LIBRARY_PATH")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    home = scratch / "home"
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               APPDATA=str(home / "appdata"), LOCALAPPDATA=str(home / "localappdata"),
               QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _run(exe: Path, args: list[str], scratch: Path, timeout: float = 300,
         **env: str) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    done = subprocess.run([str(exe), *args], cwd=scratch, env=_env(scratch, **env), capture_output=True,
                          text=True, timeout=timeout)
    return done, time.perf_counter() - start


def test_bundle_carries_every_resource_file(bundle: Path) -> None:
    internal = bundle / "_internal" / "resources"
    assert resource_digests(internal) == resource_digests(RESOURCES)
    for folder, name in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        carried = bundle / "_internal" / "share" / folder / name
        assert carried.read_bytes() == (ROOT / "packaging" / name).read_bytes(), name
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    print(f"\nfrozen: folder {size_mb:.0f} MB")


def test_version_matches_pyproject_and_start_time(bundle: Path, scratch: Path) -> None:
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    done, seconds = _run(CLI_EXE, ["--version"], scratch)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [CLI_EXE.name, version], "named as the user starts it, not `python -m`"
    print(f"\nfrozen: --version in {seconds:.2f} s: {done.stdout.strip()}")


def test_usage_names_the_executable(bundle: Path, scratch: Path) -> None:
    done, _ = _run(CLI_EXE, ["dose", "--help"], scratch)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: {CLI_EXE.name} dose "), done.stdout[:200]
    assert "python -m" not in done.stdout


def test_dose_json_uses_the_bundled_protocol(bundle: Path, scratch: Path) -> None:
    done, seconds = _run(CLI_EXE, ["dose", "--height-cm", "170", "--weight-kg", "70", "--json"], scratch)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    protocol_file = RESOURCES / "protocols" / "imp321-paclitaxel-mbc.toml"
    assert result["protocol"]["sha256"] == hashlib.sha256(protocol_file.read_bytes()).hexdigest()
    # Mosteller: sqrt(170 x 70 / 3600) = 1.8181 -> 1.82 m2; 1.82 x 80 = 145.6 -> 146 mg;
    # 146 mg / 6 mg/mL = 24.33 -> 24.3 mL
    assert result["bsa"]["rounded_m2"] == "1.82"
    assert result["paclitaxel"]["dose_mg"] == "146"
    assert result["paclitaxel"]["volume_ml"] == "24.3"
    print(f"\nfrozen: dose --json in {seconds:.2f} s")


def test_invalid_input_exits_2_naming_the_field_without_a_traceback(bundle: Path, scratch: Path) -> None:
    done, _ = _run(CLI_EXE, ["dose", "--height-cm", "17", "--weight-kg", "70"], scratch)
    assert done.returncode == 2
    assert "height" in done.stderr.lower()
    assert "Traceback" not in done.stderr


@pytest.fixture(scope="module")
def demo_db(bundle: Path, scratch: Path) -> Path:
    """A demo clinic written by the frozen app itself (store, facade and audit chain, frozen)."""
    db = scratch / "demo.sqlite3"
    done, seconds = _run(CLI_EXE, ["demo", "--db", str(db), "--date", DEMO_DAY], scratch, timeout=600)
    assert done.returncode == 0, done.stderr
    print(f"\nfrozen: demo clinic written in {seconds:.1f} s")
    return db


@pytest.mark.parametrize(("view", "user"), [("today", "dr.martin"), ("dose", "pharm.chen")])
def test_window_renders_a_screenshot(bundle: Path, scratch: Path, demo_db: Path, view: str, user: str) -> None:
    from clinic_app.facade.demo import DEMO_PASSWORD

    shot = scratch / f"{view}.png"
    done, seconds = _run(GUI_EXE, ["--db", str(demo_db), "--date", DEMO_DAY, "--user", user, "--view", view,
                                   "--screenshot", str(shot)], scratch, CLINIC_APP_PASSWORD=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    with Image.open(shot) as image:
        assert image.width >= 600 and image.height >= 400
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 50, "a drawn window, not a blank rectangle"
    print(f"\nfrozen: {view} window (login, render, exit) in {seconds:.2f} s")



def test_print_worklist_writes_a_pdf_with_the_bundled_fonts(bundle: Path, scratch: Path, demo_db: Path) -> None:
    from pypdf import PdfReader

    from clinic_app.facade.demo import DEMO_PASSWORD

    pdf = scratch / "worklist.pdf"
    done, seconds = _run(CLI_EXE, ["print", "worklist", "--db", str(demo_db), "--user", "pharm.chen",
                                   "--date", DEMO_DAY, "-o", str(pdf)], scratch, CLINIC_APP_PASSWORD=DEMO_PASSWORD)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Preparation worklist" in text
    # the demo's IMP-A08 (169 cm, 71 kg): sqrt(169 x 71 / 3600) = 1.8257 -> 1.83 m2; x 80 = 146.4 -> 146 mg
    assert "IMP-A08" in text and "146 mg" in text
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].get_object().values()}
    assert fonts and all(name.endswith(("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono")) for name in fonts), fonts
    print(f"\nfrozen: print worklist in {seconds:.2f} s")
