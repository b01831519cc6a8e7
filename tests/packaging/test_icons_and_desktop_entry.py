"""The application icon renders, the desktop entry, the AppStream metainfo, the spec and the window
agree on the application id, both files pass their validators, and the bundle pruning keeps every
library something still needs."""

from __future__ import annotations

import configparser
import importlib.util
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from types import ModuleType

import pytest
from PIL import Image, ImageChops
from required_tools import require_tool

from clinic_app import paths

from .conftest import APP_ID, APP_NAME, ROOT

ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_renders_exist_at_their_size(size: int) -> None:
    with Image.open(ICONS / f"{APP_ID}-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # rounded corners: the corner pixel is transparent, the centre opaque
        assert image.getpixel((0, 0))[3] == 0
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_ico_and_icns_hold_every_size_the_platforms_ask_for() -> None:
    with Image.open(ICONS / f"{APP_ID}.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in PNG_SIZES}
    with Image.open(ICONS / f"{APP_ID}.icns") as icns:
        assert icns.size == (1024, 1024)
        assert {(w, h) for w, h, _ in icns.info["sizes"]} >= {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)}


def test_committed_renders_match_the_svg() -> None:
    make_icons = _load("make_icons")
    for size in (16, 64, 256):
        fresh = make_icons.render(ICONS / f"{APP_ID}.svg", size)
        with Image.open(ICONS / f"{APP_ID}-{size}.png") as committed:
            difference = ImageChops.difference(fresh, committed.convert("RGBA"))
            # a renderer update may move edge pixels by a step or two, not redraw the picture
            assert max(band_max for _, band_max in difference.getextrema()) <= 8, f"{size} px: run make_icons.py"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "packaging" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_installed_command_with_the_app_icon() -> None:
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] in scripts, "the wheel's console script, also the frozen executable's name"
    assert entry["Exec"] == APP_NAME
    assert entry["Icon"] == APP_ID and (ICONS / f"{entry['Icon']}.svg").is_file()
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_desktop_entry_passes_the_freedesktop_validator() -> None:
    validate = require_tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([validate, str(ROOT / "packaging" / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"


def test_metainfo_passes_the_appstream_validator() -> None:
    appstreamcli = require_tool("appstreamcli", "appstream")
    done = subprocess.run([appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    # Errors and warnings fail; infos and pedantic notes (the id's capitals, which the id must have) do not.
    assert not [line for line in report.splitlines() if line.startswith(("E:", "W:"))], report


def test_one_application_id_everywhere() -> None:
    component = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert paths.APP_ID == APP_ID  # QGuiApplication.setDesktopFileName (gui/launch.py)
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert component.findtext("icon[@type='stock']") == APP_ID == _desktop_entry()["Icon"]
    assert component.findtext("name") == _desktop_entry()["Name"]
    assert component.findtext("provides/binary") == APP_NAME
    assert component.find("content_rating[@type='oars-1.1']") is not None
    assert component.findtext("project_license")
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == project["project"]["version"], "add a <release>"
    data_files = project["tool"]["setuptools"]["data-files"]
    assert data_files["share/applications"] == [f"packaging/{APP_ID}.desktop"]
    assert data_files["share/metainfo"] == [f"packaging/{APP_ID}.metainfo.xml"]
    assert data_files["share/icons/hicolor/scalable/apps"] == [f"resources/icons/{APP_ID}.svg"]
    spec = (ROOT / "packaging" / f"{APP_NAME}.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec and "bundle_identifier=APP_ID" in spec


def test_pruning_removes_a_plugin_and_the_libraries_only_it_needs() -> None:
    prune = _load("prune_bundle").prune
    # gtk plugin -> libgtk -> libcairo; Qt's xcb plugin -> libQtGui -> libfreetype; libgtk also
    # uses libfreetype, which must stay; libcrypto is linked by nothing (ctypes) and must stay.
    links = {
        "/src/gtk.so": ["/src/libgtk.so", None],
        "/src/libgtk.so": ["/src/libcairo.so", "/src/libfreetype.so", "/usr/lib/libc.so.6"],
        "/src/xcb.so": ["/src/libQtGui.so"],
        "/src/libQtGui.so": ["/src/libfreetype.so"],
        "/src/_ext.so": ["/src/libQtGui.so"],
    }
    binaries = [
        ("plugins/gtk.so", "/src/gtk.so", "BINARY"),
        ("libgtk.so", "/src/libgtk.so", "BINARY"),
        ("libcairo.so", "/src/libcairo.so", "BINARY"),
        ("libfreetype.so", "/src/libfreetype.so", "BINARY"),
        ("plugins/xcb.so", "/src/xcb.so", "BINARY"),
        ("libQtGui.so", "/src/libQtGui.so", "BINARY"),
        ("_ext.so", "/src/_ext.so", "EXTENSION"),
        ("libcrypto.so", "/src/libcrypto.so", "BINARY"),
    ]
    datas = [("libcairo.so.2", "libcairo.so", "SYMLINK"), ("libQtGui.so.6", "libQtGui.so", "SYMLINK"),
             ("resources/a.toml", "/src/a.toml", "DATA")]
    kept, kept_datas, removed = prune(binaries, datas, ["plugins/gtk*"], lambda src: links.get(src, []))
    assert removed == ["libcairo.so", "libgtk.so", "plugins/gtk.so"]
    assert [dest for dest, _, _ in kept] == ["libfreetype.so", "plugins/xcb.so", "libQtGui.so", "_ext.so",
                                             "libcrypto.so"]
    assert [dest for dest, _, _ in kept_datas] == ["libQtGui.so.6", "resources/a.toml"]


def test_pruning_without_a_match_asks_nothing_and_changes_nothing() -> None:
    prune = _load("prune_bundle").prune
    binaries = [("QtGui.dll", "C:/Qt/QtGui.dll", "BINARY")]

    def never(src: str) -> list[str]:
        raise AssertionError("no dependency scan when nothing is dropped")

    assert prune(binaries, [], ["plugins/gtk*"], never) == (binaries, [], [])
