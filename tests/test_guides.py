"""The user guides against the real window: screenshots regenerate, and every control,
menu path, shortcut and command a guide names exists (issue 17)."""
from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QImage

from binder import guides
from binder.cli.main import build_parser

pytestmark = pytest.mark.gui

SHORTCUT = re.compile(r"^(Ctrl|Alt|Shift|F\d+\b)")


@pytest.fixture(scope="module")
def vocabularies(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> dict[str, Any]:
    from binder.gui.guide_shots import take
    out = tmp_path_factory.mktemp("guide-shots")
    found = {}
    for lang in ("sv", "en"):
        found[lang] = (take(lang, out / lang, tmp_path_factory.mktemp(f"work-{lang}")), out / lang)
    from binder import i18n
    i18n.set_language(None)
    return found


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("name", guides.GUIDES)
def test_every_control_a_guide_names_is_in_the_window(vocabularies: dict[str, Any], lang: str,
                                                       name: str) -> None:
    vocabulary, _shots = vocabularies[lang]
    text = guides.read_guide(name, lang)
    phrases = guides.bold_phrases(text)
    assert phrases, "a guide names the controls it uses"
    missing = []
    for phrase in phrases:
        if "→" in phrase:
            known = phrase in vocabulary.menu_paths
        elif SHORTCUT.match(phrase):
            known = phrase in vocabulary.shortcuts
        else:
            known = phrase in vocabulary.controls
        if not known:
            missing.append(phrase)
    assert not missing, f"{name} ({lang}) names what the window does not have: {missing}"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_screenshots_regenerate_and_every_image_a_guide_shows_is_shipped(vocabularies: dict[str, Any],
                                                                          lang: str) -> None:
    from binder.gui.guide_shots import SHOTS, SIZE
    _vocabulary, shots = vocabularies[lang]
    for shot in SHOTS:
        image = QImage(str(shots / f"{shot}.png"))
        assert (image.width(), image.height()) == SIZE
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 50, f"{shot}.png is blank"
    for name in guides.GUIDES:
        guide = guides.guide_path(name, lang)
        for source in guides.images(guide.read_text(encoding="utf-8")):
            shipped = (guide.parent / source).resolve()
            assert shipped.is_file(), f"{guide.name} shows {source}, which is not shipped"
            assert shipped.stem in SHOTS, f"{source} is not made by tools/guide_screenshots.py"


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("name", guides.GUIDES)
def test_every_command_a_guide_names_exists(lang: str, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = guides.commands(guides.read_guide(name, lang))
    if name == guides.COORDINATOR:
        assert len(commands) > 20
    for words in commands:
        try:
            parser.parse_args(words[1:] or ["--help"])
        except SystemExit as exit_:
            assert exit_.code == 0, f"`{' '.join(words)}` in {name} ({lang}): {capsys.readouterr().err}"


def test_guides_parse_into_headings_steps_and_images() -> None:
    for lang in ("sv", "en"):
        blocks = guides.parse(guides.read_guide(guides.LAPTOP, lang))
        kinds = {b.kind for b in blocks}
        assert {"heading1", "heading2", "step", "bullet", "image", "paragraph"} <= kinds
        steps = [b for b in blocks if b.kind == "step"]
        assert steps[0].number == "1" and "Krispärm" in steps[0].text
    # the two languages tell the same story: same number of parts and steps
    sv, en = (guides.parse(guides.read_guide(guides.LAPTOP, lang)) for lang in ("sv", "en"))
    assert [b.kind for b in sv] == [b.kind for b in en]
    sv, en = (guides.parse(guides.read_guide(guides.COORDINATOR, lang)) for lang in ("sv", "en"))
    assert [b.kind for b in sv] == [b.kind for b in en]
