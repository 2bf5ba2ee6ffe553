"""The guides as PDF, `binder guide`, and the recovery sheet's how-to, parsed back (issue 17)."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from binder import guides, i18n
from binder.cli.main import main
from binder.printing.guide_pdf import build_guide_pdf, inline
from binder.recovery_sheet import build_recovery_sheet
from tests.printing_fixtures import page_texts

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("name", guides.GUIDES)
def test_each_guide_builds_as_a_pdf_with_every_heading_and_step(tmp_path: Path, lang: str, name: str) -> None:
    out = build_guide_pdf(tmp_path / "guide.pdf", name, lang)
    text = " ".join(page_texts(out))
    blocks = guides.parse(guides.read_guide(name, lang))
    for block in blocks:
        if block.kind.startswith("heading"):
            assert block.text in text
    steps = [b for b in blocks if b.kind == "step"]
    assert len(steps) > 20
    images = sum(len(page.images) for page in PdfReader(str(out)).pages)
    assert images == len([b for b in blocks if b.kind == "image"])
    assert len(PdfReader(str(out)).pages) >= 3


def test_guide_text_is_escaped_before_it_becomes_markup() -> None:
    markup = inline('Press **Ctrl+K** and type `<img src="x">` or <b>this</b> [link](http://x)')
    assert "<b>Ctrl+K</b>" in markup
    assert "&lt;img src=" in markup and "&lt;b&gt;this&lt;/b&gt;" in markup
    assert "http://x" not in markup and "link" in markup


def test_binder_guide_prints_the_guide_and_writes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "sv", "guide"]) == 0
    assert capsys.readouterr().out.startswith("# Krispärm på krisdatorn")
    assert main(["guide", "--lang", "en", "--coordinator"]) == 0
    assert capsys.readouterr().out.startswith("# Krispärm for the coordinator")
    out = tmp_path / "samordnaren.pdf"
    assert main(["--lang", "sv", "guide", "--coordinator", "--pdf", str(out)]) == 0
    assert "Guiden är sparad i" in capsys.readouterr().out
    assert "Krispärm för samordnaren" in page_texts(out)[0]
    i18n.set_language(None)


@pytest.mark.parametrize("lang,expected", [
    ("sv", ["Så gör du med det här bladet", "Försegla det nu", "binder rekey --sheet FIL",
            "Pärm → Byt alla nycklar", "Förvara kuvertet inlåst"]),
    ("en", ["What to do with this sheet", "Seal it now", "binder rekey --sheet FILE",
            "Binder → Change all keys", "locked place away from the laptop"]),
])
def test_the_recovery_sheet_says_what_to_do_with_it(tmp_path: Path, lang: str, expected: list[str]) -> None:
    out = build_recovery_sheet(tmp_path / "sheet.pdf", "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
                               organisation="Norrbacka kommun", vault_id="v-1", lang=lang)
    pages = page_texts(out)
    assert len(pages) == 1
    for phrase in expected:
        assert phrase in pages[0], phrase
    assert "ABCD-EFGH-JKLM-NPQR" in pages[0]


def test_the_paper_how_to_texts_exist_in_both_languages() -> None:
    text = (ROOT / "docs" / "guides" / "howto-paper.md").read_text(encoding="utf-8")
    for heading in ("How to use this card", "Så använder du kortet", "How to use this report",
                    "Så använder du rapporten", "How to use the situation report", "Så använder du lägesbilden"):
        assert heading in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line
            and not line.startswith("| English")]
    assert len(rows) >= 13 and all(line.count(" | ") == 1 for line in rows)
