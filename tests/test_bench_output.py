"""Bench results pass as data: a real bench module's BENCH-JSON line is what bench/run.py reads."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import run  # noqa: E402

import bench_output  # noqa: E402


def test_run_reads_the_figures_a_real_module_prints_as_data() -> None:
    figures: dict[tuple[str, str], run.Figure] = {}
    tiny = run.Module("bundle", "bench_bundle.py", (), ("--records", "300", "--rounds", "2"))
    assert run.run_module(tiny, True, 1, figures) == ""
    ratio = figures[("bundle", "ratio import / floor")]
    assert ratio.target == "<= 3" and len(ratio.values) == 1 and ratio.values[0] > 0
    floor = figures[("bundle", "raw floor: sha256 + age + bulk insert (s)")]
    assert floor.values[0] > 0 and run.verdict(floor.median, floor.target) == ""


def test_the_data_line_wins_over_anything_that_looks_like_a_table() -> None:
    out = ("figure                value  target\nexport (s)    9.99   < 3\n"
           + bench_output.PREFIX + '{"module": "x", "figures": [{"figure": "export (s)", "value": 1.5, '
           '"unit": "s", "target": "< 3", "shown": "1.5"}]}\n')
    (item,) = bench_output.read(out)
    assert item["value"] == 1.5 and run.verdict(item["value"], item["target"]) == "pass"
    assert bench_output.read("figure value\nexport (s) 1.0\n") == []
    assert bench_output.figure("import-data 100,000 contacts (s)", 3.0, "<= 10")["unit"] == "s"


def test_run_reads_the_field_report_figures_with_the_sitrep() -> None:
    figures: dict[tuple[str, str], run.Figure] = {}
    tiny = run.Module("reports", "bench_reports.py", (), ("--laptops", "2", "--entries", "60"))
    assert run.run_module(tiny, True, 1, figures) == ""
    found = {name: fig for (module, name), fig in figures.items() if module == "reports"}
    assert sorted(f.target for f in found.values()) == ["< 1", "< 2", "< 3"]
    sitrep = found["sitrep PDF after that import, 2 x 60 entries (s)"]
    assert len(sitrep.values) == 1 and sitrep.values[0] > 0
    assert all(len(f.values) == 1 and f.values[0] > 0 for f in found.values())
